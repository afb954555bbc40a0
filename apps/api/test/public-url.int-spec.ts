// Defect 10: QR posters, tracking slips and e-mail links carry PUBLIC_URL, not whatever address a browser used; without
// it (development) the address the request came to.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { act, submit, tryAct } from './support/factories';
import { mailText } from './support/mail';
import { testWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const PUBLIC = 'https://bss.example.org/banshishi';

describe('PUBLIC_URL (real HTTP, real PostgreSQL)', () => {
  it('is what GET /api/site answers, whatever address the request came to', async () => {
    const t = await createTestApp({ PUBLIC_URL: `${PUBLIC}/` });
    try {
      const res = await t.request('GET', '/api/site', { headers: { host: 'internal-replica:3000' } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ publicUrl: PUBLIC, federationRole: 'standalone' });
    } finally {
      await t.close();
    }
  });

  it("falls back to the request's own origin without it", async () => {
    const t = await createTestApp();
    try {
      const res = await t.request('GET', '/api/site');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ publicUrl: t.baseUrl, federationRole: 'standalone' });
    } finally {
      await t.close();
    }
  });

  it('links a notification e-mail to the page on PUBLIC_URL', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push(raw);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    let t: TestApp | undefined;
    try {
      t = await createTestApp({ PUBLIC_URL: PUBLIC, JOBS: 'on', CLOCK_SWEEP_SECONDS: '60', SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: '办实事 <noreply@banshishi.test>' });
      const w = await testWorld(t);
      expect((await t.request('PATCH', `/api/users/${w.ids.cadre}`, { token: w.tokens.admin, body: { email: 'li.min@example.org' } })).status).toBe(200);
      const submitted = await submit(w, 'worker', { title: '车间饮水机坏了', description: '二号车间的饮水机坏了一个星期，夏天大家只能自己带水。' });
      const accepted = await act(w, 'cadre', submitted.id, 'accept', { version: 1 });
      expect((await tryAct(w, 'cadre', submitted.id, 'assign', { version: accepted.version, handlerId: w.ids.cadre })).status).toBe(200);

      const deadline = Date.now() + 15_000;
      while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toHaveLength(1);
      expect(mailText(received[0]).text).toContain(`查看详情：${PUBLIC}/inbox/${submitted.id}`);
    } finally {
      await t?.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
