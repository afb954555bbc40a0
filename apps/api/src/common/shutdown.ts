// Whether the process is stopping. On Ctrl-C the embedded PostgreSQL gets the signal too and drops connections at
// once, so errors from background work after this point are expected, not worth an error line.
let stopping = false;

export function markShuttingDown(): void {
  stopping = true;
}

export function isShuttingDown(): boolean {
  return stopping;
}
