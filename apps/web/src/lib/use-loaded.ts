// A tiny stand-in for a query library on the light worker pages: an answer started once per key (a page may start it
// before React renders, see app/light/light-page.ts), read by a hook, asked again on retry or by the next page.
import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { status: 'pending' } | { status: 'done'; data: T } | { status: 'error'; error: unknown };

const started = new Map<string, Promise<unknown>>();

/** The one promise for `key`, started now if it was not yet. */
export function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = started.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    started.set(key, promise);
    // a failed load is tried afresh by the next reader
    promise.catch(() => started.delete(key));
  }
  return promise;
}

export function useLoaded<T>(key: string, load: () => Promise<T>): Loaded<T> & { retry: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'pending' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'pending' });
    loadOnce(key, load).then(
      (data) => {
        // read: the next page that mounts asks afresh (a category added meanwhile shows up)
        started.delete(key);
        if (live) setState({ status: 'done', data });
      },
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // `load` is the same request for the same key: the key alone says when to load again
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
