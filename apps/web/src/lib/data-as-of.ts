// How old the data behind the latest answers is when a read replica served them (the API's `X-Data-As-Of`), by API
// path, for the 「数据截至 …」 note. An answer from the primary (no header) clears its path: its data is current.

const latest = new Map<string, string>();
const listeners = new Set<() => void>();

export function noteDataAsOf(path: string, value: string | null): void {
  const key = path.split('?')[0];
  if ((latest.get(key) ?? null) === value) return;
  if (value) latest.set(key, value);
  else latest.delete(key);
  for (const listener of listeners) listener();
}

export function subscribeDataAsOf(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The oldest "as of" among the answers for `paths` (`/requests`; `/dashboard/*` for every path under it), or null when
 * all were current.
 */
export function dataAsOf(paths: readonly string[]): string | null {
  const matches = (path: string) => paths.some((wanted) => (wanted.endsWith('/*') ? path.startsWith(wanted.slice(0, -1)) : path === wanted));
  let oldest: string | null = null;
  for (const [path, value] of latest) {
    if (matches(path) && (oldest === null || value < oldest)) oldest = value;
  }
  return oldest;
}
