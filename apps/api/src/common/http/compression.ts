// Answers above 1 KiB travel compressed (brotli, else gzip) when the client accepts it: a list of 50 requests is ~40 KB
// of JSON and ~6 KB on the wire, which a phone on a weak network feels. Smaller answers go as they are (compressing
// them saves less than the header costs). Photos, PDFs and workbooks are compressed already and are left alone (only
// compressible media types are); the web app's files are compressed at build time (web-app.ts) and sent as such.
// Request bodies are never decompressed here: what a client sends is read exactly as it arrives.
import fastifyCompress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { constants } from 'node:zlib';

export const COMPRESSION_THRESHOLD_BYTES = 1024;

export async function registerCompression(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    threshold: COMPRESSION_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    // Quality 4: most of brotli's gain at a fraction of its cost per answer (11 is for build-time files).
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
