// Which addresses the light shell serves (main.tsx): a worker's two pages. Everything else is the full app. Their
// answers are asked for at once, while the shell's code and the strings are still on their way.
import { CURRENT_USER_KEY, getCurrentUser } from '../../features/identity/api/fetch-current-user';
import { entryUnitKey, getEntryUnit } from '../../features/intake/api/get-entry-unit';
import { ACTIVE_CATEGORIES_KEY, getActiveCategories } from '../../lib/api/fetch-active-categories';
import { loadOnce } from '../../lib/use-loaded';
import { ENTRY_PATH, NEW_REQUEST_PATH } from './light-paths';

export type LightPage = { kind: 'entry'; entryToken: string } | { kind: 'new-request' };

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function lightPage(pathname: string): LightPage | null {
  const entry = ENTRY_PATH.exec(pathname);
  if (entry) return { kind: 'entry', entryToken: decoded(entry[1]) };
  if (NEW_REQUEST_PATH.test(pathname)) return { kind: 'new-request' };
  return null;
}

/** Starts the page's requests (each read later through useLoaded with the same key). */
export function prefetchLightPage(page: LightPage): void {
  if (page.kind === 'entry') void loadOnce(entryUnitKey(page.entryToken), () => getEntryUnit(page.entryToken)).catch(() => undefined);
  else void loadOnce(CURRENT_USER_KEY, getCurrentUser).catch(() => undefined);
  void loadOnce(ACTIVE_CATEGORIES_KEY, getActiveCategories).catch(() => undefined);
}
