// The inbox filters live in the address, so a reload or the back button from a request keeps them.
import { REQUEST_STATUSES, type RequestStatus } from '@banshishi/workflow';
import type { InboxFilters } from '../api/get-inbox';

function flag(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

export function filtersFromSearch(params: URLSearchParams): InboxFilters {
  const status = params.get('status');
  const filters: InboxFilters = {
    status: (REQUEST_STATUSES as readonly string[]).includes(status ?? '') ? (status as RequestStatus) : undefined,
    categoryId: params.get('categoryId') || undefined,
    unitId: params.get('unitId') || undefined,
    anonymous: flag(params.get('anonymous')),
    overdue: params.get('overdue') === 'true' ? true : undefined,
    q: params.get('q')?.trim() || undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as InboxFilters;
}

export function searchFromFilters(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && value !== null) params.set(key, String(value));
  }
  return params;
}
