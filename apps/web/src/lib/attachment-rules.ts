// What the server accepts as an attachment, checked in the browser first so a worker hears at once (the server checks again, by content).
import { ATTACHMENT_LIMITS } from '@banshishi/contracts';

export const ATTACHMENT_MAX_BYTES = ATTACHMENT_LIMITS.bytes.max;
/** One upload widget serves a submission and an action (a note, a milestone's evidence): the smaller of the two. */
/** The size limit in MB, as the words say it. */
export const ATTACHMENT_MAX_MB = ATTACHMENT_MAX_BYTES / 1024 / 1024;
export const ATTACHMENT_MAX_COUNT = Math.min(ATTACHMENT_LIMITS.perRequest.max, ATTACHMENT_LIMITS.perAction.max);
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf';

export type AttachmentProblem = 'tooBig' | 'wrongType' | null;

export function attachmentProblem(file: { size: number; type: string; name: string }): AttachmentProblem {
  if (file.size > ATTACHMENT_MAX_BYTES) return 'tooBig';
  // Some phones send no type for a camera photo: then the extension decides here, and the server looks at the content.
  const typeOk = file.type ? (ATTACHMENT_TYPES as readonly string[]).includes(file.type) : /\.(jpe?g|png|webp|pdf)$/i.test(file.name);
  return typeOk ? null : 'wrongType';
}
