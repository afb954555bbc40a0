import type { TestServer } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __banshishiTestServer?: TestServer }).__banshishiTestServer?.stop();
}
