/** The public QR entry page of a unit: `/s/<entryToken>` on this site. */
export function entryPath(entryToken: string): string {
  return `/s/${encodeURIComponent(entryToken)}`;
}
