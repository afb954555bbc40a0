/** The page where a person changes their password; with a pending change, every other page leads here. */
export const PASSWORD_CHANGE_PATH = '/account/password';

/** The change page, coming back to `next` afterwards. */
export function passwordChangeUrl(next: string): string {
  return next && next !== '/' && !next.startsWith(PASSWORD_CHANGE_PATH) ? `${PASSWORD_CHANGE_PATH}?next=${encodeURIComponent(next)}` : PASSWORD_CHANGE_PATH;
}
