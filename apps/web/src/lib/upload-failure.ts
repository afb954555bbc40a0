// Why an attachment's upload failed, in words: too big, the wrong type, or the API's error text.
import type { TFunction } from 'i18next';
import { ApiRequestError } from './api-client';
import { apiErrorText } from './api-error-text';
import { ATTACHMENT_MAX_MB } from './attachment-rules';

export function uploadFailure(t: TFunction, error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 413) return t('intake.attachments.tooBig', { mb: ATTACHMENT_MAX_MB });
    if (error.status === 415) return t('intake.attachments.wrongType');
  }
  const { title, detail } = apiErrorText(t, error);
  return detail ? `${title} (${detail})` : title;
}
