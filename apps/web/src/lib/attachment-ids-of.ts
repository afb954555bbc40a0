// The photo ids an event's payload carries (a progress note's `attachmentIds`), whatever else is in it.
export function attachmentIdsOf(payload: Record<string, unknown> | undefined): string[] {
  const ids = payload?.attachmentIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
