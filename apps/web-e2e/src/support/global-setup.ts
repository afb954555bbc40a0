import { startAppServer } from './app-server';

export default async function globalSetup(): Promise<void> {
  const server = await startAppServer();
  (globalThis as { __banshishiE2e?: unknown }).__banshishiE2e = server;
  process.env.E2E_BASE_URL = server.baseUrl;
}
