// `POST /api/requests/:id/contact` {reason}: opens the sealed contact once; the server writes it to the audit log.
import type { RevealedContact } from '@banshishi/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function revealContact({ id, reason }: { id: string; reason: string }): Promise<RevealedContact> {
  return api<RevealedContact>(`/requests/${encodeURIComponent(id)}/contact`, { method: 'POST', json: { reason } });
}

export function useRevealContact() {
  return useMutation({ mutationFn: revealContact });
}
