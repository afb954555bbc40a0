import type { AppServer } from './app-server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __banshishiE2e?: AppServer }).__banshishiE2e?.stop();
}
