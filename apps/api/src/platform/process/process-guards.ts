// Process-level last resorts. A rejected promise nobody awaited (a lost database, a library's fire-and-forget) is
// logged and the process carries on: the request or job it belonged to has already failed on its own. An uncaught
// exception is logged and ends the process (exit code 1): it unwound a synchronous call half-way, so in-memory
// state may be broken, and Node documents resuming as unsafe; the supervisor (Docker's restart policy, systemd)
// starts a clean process, and PostgreSQL keeps every committed write.

export type GuardLog = (line: string) => void;

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`;
  return typeof reason === 'string' ? reason : (JSON.stringify(reason) ?? String(reason));
}

export function onUnhandledRejection(log: GuardLog): (reason: unknown) => void {
  return (reason) => log(`unhandled promise rejection (the process carries on): ${describe(reason)}`);
}

export function onUncaughtException(log: GuardLog, exit: (code: number) => void): (error: unknown) => void {
  return (error) => {
    log(`uncaught exception, exiting: ${describe(error)}`);
    exit(1);
  };
}

/** Installed once by main.ts (not by the tests' in-process apps, where jest owns the process). */
export function installProcessGuards(log: GuardLog): void {
  process.on('unhandledRejection', onUnhandledRejection(log));
  process.on(
    'uncaughtException',
    onUncaughtException(log, (code) => process.exit(code)),
  );
}
