import { startTestServer } from './test-database';

export default async function globalSetup(): Promise<void> {
  (globalThis as { __banshishiTestServer?: unknown }).__banshishiTestServer = await startTestServer();
}
