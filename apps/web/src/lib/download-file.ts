// Fetches a generated file (an Excel export) and hands it to the browser as a download, so the page can show that the
// server is still building it and say why when it fails.
import { ApiRequestError } from './api-client';

/** The name from `Content-Disposition` (RFC 5987 `filename*=` first), else the last part of the path. */
export function downloadName(disposition: string | null, url: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  const plain = disposition?.match(/filename="?([^";]+)"?/i)?.[1];
  return plain ?? url.split('?')[0].split('/').pop() ?? 'download';
}

export async function downloadFile(url: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = await response.json().catch(() => ({ code: `HTTP_${response.status}`, message: response.statusText }));
    throw new ApiRequestError(response.status, body);
  }
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = downloadName(response.headers.get('Content-Disposition'), url);
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}
