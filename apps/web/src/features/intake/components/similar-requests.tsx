// "类似的诉求": open requests nearby that look like what is being typed, so a worker sees it has already been raised.
// The list itself (antd's List) is a chunk of its own, loaded the first time there is something to show.
import type { FindSimilarRequest } from '@banshishi/contracts';
import { lazy, Suspense } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { SIMILAR_MIN_CHARS, useSimilarRequests } from '../api/find-similar';

const SimilarRequestsList = lazy(async () => ({ default: (await import('./similar-requests-list')).SimilarRequestsList }));

const DEBOUNCE_MS = 500;

export function SimilarRequests({ title, description, categoryId, entryToken }: Partial<FindSimilarRequest>) {
  const query = useDebouncedValue<FindSimilarRequest>(
    {
      title: (title ?? '').trim(),
      ...(description?.trim() ? { description: description.trim() } : {}),
      ...(categoryId ? { categoryId } : {}),
      ...(entryToken ? { entryToken } : {}),
    },
    DEBOUNCE_MS,
  );
  const similar = useSimilarRequests(query);
  const items = query.title.length >= SIMILAR_MIN_CHARS ? (similar.data ?? []) : [];
  // Quiet on errors: this is a hint, never a reason not to submit.
  if (!items.length) return null;
  return (
    <Suspense fallback={null}>
      <SimilarRequestsList items={items} />
    </Suspense>
  );
}
