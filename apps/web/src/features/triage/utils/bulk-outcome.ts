// What one row of a bulk action came to, as a message key: done, changed by someone else, or refused.
import type { BulkActionResult } from '@banshishi/contracts';

export type BulkOutcome = 'ok' | 'stale' | 'notAllowed' | 'notFound' | 'failed';

export function bulkOutcome(result: BulkActionResult): BulkOutcome {
  if (result.ok) return 'ok';
  switch (result.code) {
    case 'STALE_VERSION':
      return 'stale';
    case 'INVALID_TRANSITION':
    case 'FORBIDDEN':
      return 'notAllowed';
    case 'NOT_FOUND':
      return 'notFound';
    default:
      return 'failed';
  }
}
