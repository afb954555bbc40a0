// What the current HTTP request allows its reads (set by ReadRoutingInterceptor, read by ReadReplicas): only a GET or
// HEAD may read from a replica, and only from one that has replayed the reader's last write.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ReadContext {
  /** false for a request that writes: its reads must see what it wrote */
  replicaAllowed: boolean;
  /** the primary's WAL position after this reader's last write (signed cookie), or null */
  readAfter: string | null;
  /** the oldest "data as of" among the replicas this request read from; null when it read only the primary */
  dataAsOf: Date | null;
}

export const readContext = new AsyncLocalStorage<ReadContext>();
