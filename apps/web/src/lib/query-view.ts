// Which of the four states a fetched page is in. Data already on screen stays while a refetch runs or fails.
export type QueryView = 'loading' | 'error' | 'empty' | 'ready';

export interface QueryLike<Data> {
  data: Data | undefined;
  isPending: boolean;
  isError: boolean;
}

export function queryView<Data>(query: QueryLike<Data>, isEmpty: (data: Data) => boolean = defaultIsEmpty): QueryView {
  if (query.data === undefined) return query.isError ? 'error' : 'loading';
  return isEmpty(query.data) ? 'empty' : 'ready';
}

/** An empty list, or a page of a list ({ items: [] }), or an infinite query whose pages hold no item. */
function defaultIsEmpty(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data !== 'object' || data === null) return false;
  if ('pages' in data && Array.isArray(data.pages)) return data.pages.every((page) => defaultIsEmpty(page));
  if ('items' in data && Array.isArray(data.items)) return data.items.length === 0;
  return false;
}
