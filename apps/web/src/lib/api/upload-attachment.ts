// `POST /api/attachments` (multipart): one photo or PDF. XMLHttpRequest rather than fetch, for the upload progress.
import type { ApiError, AttachmentSummary } from '@banshishi/contracts';
import { ApiRequestError } from '../api-client';

export interface UploadInput {
  file: File;
  /** without a login: the unit's QR key, sent before the file as the server asks */
  entryToken?: string;
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

function errorBody(xhr: XMLHttpRequest): ApiError {
  try {
    const body = JSON.parse(xhr.responseText) as ApiError;
    if (typeof body?.code === 'string') return body;
  } catch {
    // not JSON: a proxy's page
  }
  return { code: `HTTP_${xhr.status}`, message: xhr.statusText };
}

export function uploadAttachment({ file, entryToken, onProgress, signal }: UploadInput): Promise<AttachmentSummary> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    if (entryToken) form.append('entryToken', entryToken);
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/attachments');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as AttachmentSummary);
      else reject(new ApiRequestError(xhr.status, errorBody(xhr)));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

/** Where an attachment opens: the requester's own login, or the tracking code and secret. */
export function attachmentUrl(id: string, access?: { code: string; secret: string }): string {
  const query = access ? `?${new URLSearchParams(access).toString()}` : '';
  return `/api/attachments/${encodeURIComponent(id)}${query}`;
}

/** A photo's thumbnail (small WebP, for lists and timelines), with the same access as the photo. */
export function thumbnailUrl(id: string, access?: { code: string; secret: string }): string {
  const query = access ? `?${new URLSearchParams(access).toString()}` : '';
  return `/api/attachments/${encodeURIComponent(id)}/thumbnail${query}`;
}
