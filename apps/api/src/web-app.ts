// Serves the built web app at `/`; client-side routes fall back to index.html, unknown /api paths stay JSON 404s.
// Vite writes `<file>.br` and `<file>.gz` beside each file (apps/web/vite.config.mts): the one the browser accepts is
// sent as it is, with `Content-Encoding` and `Vary: Accept-Encoding`, so no file is compressed per request.
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Vite fingerprints everything under assets/ (a new build, a new name), so those can be kept for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export async function serveWebApp(app: NestFastifyApplication, webDir: string): Promise<boolean> {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    preCompressed: true,
    setHeaders: (reply, path) => {
      // index.html (and the few unhashed files beside it) must be asked for again each time: it names the current assets.
      void reply.header('Cache-Control', path.includes(`${sep}assets${sep}`) ? IMMUTABLE : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      return reply.code(404).send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}` });
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return true;
}
