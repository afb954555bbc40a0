// `GET /api/track/:code?secret=`: an anonymous requester's view. A wrong code and a wrong secret both answer 404.
import type { TrackedRequest } from '@banshishi/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface TrackInput {
  code: string;
  secret: string;
}

export function trackRequest({ code, secret }: TrackInput): Promise<TrackedRequest> {
  return api<TrackedRequest>(`/track/${encodeURIComponent(code)}`, { query: { secret } });
}

/** A mutation, not a query: the secret is typed by hand and must not sit in a cache key. */
export function useTrackRequest() {
  return useMutation({ mutationFn: trackRequest });
}
