// Going to another page from a component the light worker pages share with the full app (app/light): inside the full
// app its router moves (AppLayout provides it); on a light page, where there is no router, the browser loads the page.
import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type GoTo = (path: string, state?: unknown) => void;

/** The full app's router; null on a light page. */
export const PageNavigationContext = createContext<GoTo | null>(null);

/**
 * A page load with `state` handed over the way the router keeps it (history.state.usr), so the next page reads it as
 * router state: a tracking code and secret reach /track without ever being in the address.
 */
function loadPage(path: string, state?: unknown): void {
  if (state === undefined) {
    window.location.assign(path);
    return;
  }
  window.history.pushState({ usr: state, key: Math.random().toString(36).slice(2, 10), idx: (window.history.length ?? 1) - 1 }, '', path);
  window.location.reload();
}

export function useGoTo(): GoTo {
  return useContext(PageNavigationContext) ?? loadPage;
}

/** An <a href>: the router's move in the full app, a plain link on a light page (and for a new tab, a middle click…). */
export function PageLink({ to, onClick, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const navigate = useContext(PageNavigationContext);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!navigate || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}
