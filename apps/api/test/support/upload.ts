// Uploads for integration tests: a small, structurally complete JPEG sent as a browser's multipart form.
import type { Api, ApiResponse } from './http';

function segment(marker: number, payload: string | Buffer): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload;
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([header, data]);
}

/** A 1×1 JPEG; with `exif`, an EXIF segment carrying that text (a GPS position, say) that the server must strip. */
export function tinyJpeg(exif?: string): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0'),
    ...(exif === undefined ? [] : [segment(0xe1, `Exif\0\0MM\0*\0\0\0\x08\0\0\0\0\0\0${exif}`)]),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0xd9]),
  ]);
}

/** A multipart upload as a browser sends it: the entryToken field (if any) first, then the file. Answers status and body. */
export async function upload(
  api: Api,
  bytes: Buffer,
  filename: string,
  options: { token?: string; entryToken?: string; type?: string; headers?: Record<string, string> } = {},
): Promise<Pick<ApiResponse, 'status' | 'body'>> {
  const form = new FormData();
  if (options.entryToken !== undefined) form.append('entryToken', options.entryToken);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: options.type ?? 'image/jpeg' }), filename);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${api.baseUrl}/api/attachments`, { method: 'POST', body: form, headers });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Uploads a photo as the token's user; returns the new attachment id. */
export async function uploadPhoto(api: Api, token: string, filename = '现场照片.jpg'): Promise<string> {
  const res = await upload(api, tinyJpeg(), filename, { token });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
