// `GET /api/entry/:entryToken` (no login): the name of the unit a QR entry page belongs to.
import type { EntryUnit } from '@banshishi/contracts';
import { api } from '../../../lib/api-client';

export function getEntryUnit(entryToken: string): Promise<EntryUnit> {
  return api<EntryUnit>(`/entry/${encodeURIComponent(entryToken)}`);
}

/** Its key for useLoaded / loadOnce (lib/use-loaded). */
export const entryUnitKey = (entryToken: string) => `entry/${entryToken}`;
