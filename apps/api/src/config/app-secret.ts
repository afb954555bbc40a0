// The one server secret (token hashing, field encryption). Production must set APP_SECRET; development makes one.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './app-config';

export function resolveAppSecret(config: AppConfig, warn: (line: string) => void): string {
  if (config.appSecret) return config.appSecret;
  if (config.databaseUrl) {
    // With an external database nothing is written under DATA_DIR, so the development secret is derived
    // from the connection string: stable across restarts, and never used in production (APP_SECRET is required there).
    warn('APP_SECRET is not set: using a development secret derived from DATABASE_URL');
    return createHash('sha256').update(`banshishi-development-secret:${config.databaseUrl}`).digest('hex');
  }
  const file = join(config.dataDir, 'app-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
