// Uploads for integration tests: a small, structurally complete JPEG sent as a browser's multipart form.
import type { TestApp } from './test-app';

function segment(marker: number, payload: string | Buffer): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload;
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([header, data]);
}

export function tinyJpeg(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0'),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    Buffer.from([0x12, 0x34, 0xff, 0xd9]),
  ]);
}

/** Uploads a photo as the token's user; returns the new attachment id. */
export async function uploadPhoto(t: TestApp, token: string, filename = '现场照片.jpg'): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(tinyJpeg())], { type: 'image/jpeg' }), filename);
  const response = await fetch(`${t.baseUrl}/api/attachments`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
  return body.id;
}
