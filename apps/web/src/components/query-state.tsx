// The one way a page shows what it fetched: a spinner while loading, the server's message and a retry when the fetch
// fails, a sentence saying what is missing (and what to do) when there is nothing, and the data otherwise.
import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { queryView, type QueryLike } from '../lib/query-view';
import { LoadError } from './load-error';
import { PageSpin } from './page-spin';

interface QueryStateProps<Data> {
  query: QueryLike<Data> & { error: unknown; refetch: () => Promise<unknown> };
  /** the sentence (and maybe a button) shown when there is nothing; without it an empty answer renders as data */
  empty?: ReactNode;
  emptyAction?: ReactNode;
  isEmpty?: (data: Data) => boolean;
  children: (data: Data) => ReactNode;
}

export function QueryState<Data>({ query, empty, emptyAction, isEmpty, children }: QueryStateProps<Data>) {
  const view = queryView(query, isEmpty);
  if (view === 'loading') return <PageSpin />;
  if (view === 'error') return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (view === 'empty' && empty) return <Empty description={empty}>{emptyAction}</Empty>;
  return <>{children(query.data as Data)}</>;
}
