// Environment configuration, validated once at start-up: a bad value stops the process with one clear line.
import { isAbsolute, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started under dataDir. */
  databaseUrl: string | null;
  /** Hot-standby replicas of DATABASE_URL for dashboards, lists, exports and public pages (empty: every read on the primary) */
  databaseReplicaUrls: string[];
  dataDir: string;
  /** Secret for token hashing and field encryption; null means "generate one for development". */
  appSecret: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Built web app to serve at `/`. */
  webDir: string;
  demoPassword: string;
  /** Seed demo data into an empty database (never in production). */
  seedDemo: boolean;
  /** With the demo data, about 300 demo requests (tests turn them off to start from known rows). */
  seedDemoRequests: boolean;
  /** How many proxies in front of the API to trust for the client address (0: none). */
  trustProxy: number;
  /** 'database' reads a shared offset from app_setting (tests move time for every process at once); never in production */
  clock: 'system' | 'database';
  /** Background jobs (pg-boss: the clock sweep, e-mail); tests that do not need them turn them off */
  jobs: boolean;
  /** Also run the clock sweep every this many seconds (tests; the cron runs once a minute); null: cron only */
  clockSweepSeconds: number | null;
  /** Outgoing e-mail; null when not configured (nothing is sent) */
  smtp: { url: string; from: string } | null;
  /**
   * Where uploads' bytes live: 'disk' (DATA_DIR/uploads, the embedded default) or 'database' (PostgreSQL, which every
   * replica reaches; the default with DATABASE_URL)
   */
  uploadStorage: 'disk' | 'database';
  /** Prometheus metrics at GET /metrics (off: 404); with a token, only for `Authorization: Bearer <token>` */
  metrics: { token: string | null } | null;
  /**
   * The address people reach the deployment at (`https://host[/path]`, no trailing slash): QR posters, tracking slips
   * and e-mail links. Required in production; null in development (each request's own origin stands in).
   */
  publicUrl: string | null;
  /**
   * 全总汇总 (docs/scaling.md “Federation”): 'region' publishes its figures by logical replication (the embedded server
   * runs with wal_level=logical), 'federation' also reads the regions it subscribes to (/api/federation); 'standalone'
   * neither. `staleSeconds`: a region whose data is older than this is marked stale.
   */
  federation: { role: 'standalone' | 'region' | 'federation'; staleSeconds: number };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly AppConfig['logLevel'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = nonEmpty(env, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function parsePort(env: Env): number {
  const raw = nonEmpty(env, 'PORT');
  if (raw === undefined) return 3000;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535 (got "${raw}")`);
  }
  return Number(raw);
}

function checkPostgresUrl(variable: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, 'is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(variable, `must start with postgres:// (got "${url.protocol}//")`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError(variable, 'must name a database (postgres://…/banshishi)');
  }
  return raw;
}

function parseDatabaseUrl(env: Env): string | null {
  const raw = nonEmpty(env, 'DATABASE_URL');
  return raw === undefined ? null : checkPostgresUrl('DATABASE_URL', raw);
}

/** Comma-separated replica URLs; they need the primary named by DATABASE_URL (the embedded server has no replicas). */
function parseReplicaUrls(env: Env, databaseUrl: string | null): string[] {
  const raw = nonEmpty(env, 'DATABASE_REPLICA_URLS');
  if (raw === undefined) return [];
  if (databaseUrl === null) throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL (the primary the replicas follow)');
  const urls = raw.split(',').map((part) => part.trim());
  if (urls.some((url) => url === '')) throw new ConfigError('DATABASE_REPLICA_URLS', 'has an empty entry (expected postgres://…,postgres://…)');
  for (const url of urls) checkPostgresUrl('DATABASE_REPLICA_URLS', url);
  if (new Set(urls).size !== urls.length) throw new ConfigError('DATABASE_REPLICA_URLS', 'names the same replica twice');
  if (urls.includes(databaseUrl)) throw new ConfigError('DATABASE_REPLICA_URLS', 'names the primary (DATABASE_URL) itself');
  return urls;
}

function parseSecret(env: Env, nodeEnv: NodeEnv): string | null {
  const raw = nonEmpty(env, 'APP_SECRET');
  if (raw === undefined) {
    if (nodeEnv === 'production') {
      throw new ConfigError('APP_SECRET', 'is required in production (at least 32 random characters, e.g. `openssl rand -hex 32`)');
    }
    return null;
  }
  if (raw.length < 32) {
    throw new ConfigError('APP_SECRET', `must be at least 32 characters (got ${raw.length})`);
  }
  return raw;
}

function parseSmtp(env: Env): AppConfig['smtp'] {
  const url = nonEmpty(env, 'SMTP_URL');
  const from = nonEmpty(env, 'MAIL_FROM');
  if (url === undefined && from === undefined) return null;
  if (url === undefined) throw new ConfigError('SMTP_URL', 'is required when MAIL_FROM is set (smtp://user:password@host:587)');
  if (from === undefined) throw new ConfigError('MAIL_FROM', 'is required when SMTP_URL is set (e.g. "办实事 <noreply@example.org>")');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError('SMTP_URL', 'is not a valid URL (expected smtp://user:password@host:587 or smtps://…)');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new ConfigError('SMTP_URL', `must start with smtp:// or smtps:// (got "${parsed.protocol}//")`);
  }
  if (!parsed.hostname) throw new ConfigError('SMTP_URL', 'must name a host (smtp://host:587)');
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(from) && !/<[^\s@<>]+@[^\s@<>]+>$/.test(from)) {
    throw new ConfigError('MAIL_FROM', `must be an address, optionally with a name: "办实事 <noreply@example.org>" (got "${from}")`);
  }
  return { url, from };
}

function parseSweepSeconds(env: Env): number | null {
  const raw = nonEmpty(env, 'CLOCK_SWEEP_SECONDS');
  if (raw === undefined) return null;
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1) {
    throw new ConfigError('CLOCK_SWEEP_SECONDS', `must be a whole number of seconds from 1 to 9999 (got "${raw}")`);
  }
  return Number(raw);
}

function parseMetrics(env: Env): AppConfig['metrics'] {
  const on = oneOf(env, 'METRICS', ['on', 'off'] as const, 'off') === 'on';
  const token = nonEmpty(env, 'METRICS_TOKEN') ?? null;
  if (token !== null) {
    if (!on) throw new ConfigError('METRICS_TOKEN', 'is set but METRICS is off: set METRICS=on to serve /metrics, or remove the token');
    if (!/^[\x21-\x7e]{16,200}$/.test(token)) {
      throw new ConfigError('METRICS_TOKEN', `must be 16 to 200 visible ASCII characters, e.g. \`openssl rand -hex 24\` (got ${token.length} characters)`);
    }
  }
  return on ? { token } : null;
}

function parsePublicUrl(env: Env, nodeEnv: NodeEnv): string | null {
  const raw = nonEmpty(env, 'PUBLIC_URL');
  const example = 'https://banshishi.example.org';
  if (raw === undefined) {
    if (nodeEnv === 'production') {
      throw new ConfigError('PUBLIC_URL', `is required in production: the address people reach the site at, printed on QR posters and tracking slips (e.g. ${example})`);
    }
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL', `is not a valid URL (expected ${example})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('PUBLIC_URL', `must start with https:// (got "${url.protocol}//")`);
  if (url.protocol === 'http:' && nodeEnv === 'production') {
    throw new ConfigError('PUBLIC_URL', `must start with https:// in production: tracking secrets travel in its links (got "${raw}")`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError('PUBLIC_URL', `must be only the site's address, without user, query or fragment (e.g. ${example})`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Reads and validates the environment; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'development');
  const port = parsePort(env);
  const databaseUrl = parseDatabaseUrl(env);
  const dataDirRaw = nonEmpty(env, 'DATA_DIR') ?? '.data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);
  const webDirRaw = nonEmpty(env, 'WEB_DIR') ?? 'dist/web';
  const demoPassword = nonEmpty(env, 'DEMO_PASSWORD') ?? 'demo-pass-2026';
  if (demoPassword.length < 8) {
    throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters');
  }
  const seedRaw = oneOf(env, 'SEED_DEMO', ['true', 'false'] as const, nodeEnv === 'production' ? 'false' : 'true');
  if (seedRaw === 'true' && nodeEnv === 'production') {
    throw new ConfigError('SEED_DEMO', 'cannot be true in production (demo accounts share a known password)');
  }
  const demoRequestsRaw = oneOf(env, 'SEED_DEMO_REQUESTS', ['true', 'false'] as const, 'true');
  const trustRaw = nonEmpty(env, 'TRUST_PROXY') ?? '0';
  if (!/^\d{1,2}$/.test(trustRaw)) {
    throw new ConfigError('TRUST_PROXY', `must be the number of proxies in front of the API, 0 to 99 (got "${trustRaw}")`);
  }
  const clock = oneOf(env, 'CLOCK', ['system', 'database'] as const, 'system');
  if (clock === 'database' && nodeEnv === 'production') {
    throw new ConfigError('CLOCK', 'cannot be "database" in production (it lets the database move the clocks)');
  }
  const jobs = oneOf(env, 'JOBS', ['on', 'off'] as const, 'on');
  const appSecret = parseSecret(env, nodeEnv);
  if (databaseUrl === null && nodeEnv === 'production') {
    // the embedded server is for development and tests; its package is not even in the production image
    throw new ConfigError('DATABASE_URL', 'is required in production (postgres://user:password@host:5432/banshishi)');
  }
  return {
    nodeEnv,
    port,
    host: nonEmpty(env, 'HOST') ?? '0.0.0.0',
    databaseUrl,
    databaseReplicaUrls: parseReplicaUrls(env, databaseUrl),
    dataDir,
    appSecret,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'info'),
    webDir: isAbsolute(webDirRaw) ? webDirRaw : resolve(cwd, webDirRaw),
    demoPassword,
    seedDemo: seedRaw === 'true',
    seedDemoRequests: seedRaw === 'true' && demoRequestsRaw === 'true',
    trustProxy: Number(trustRaw),
    clock,
    jobs: jobs === 'on',
    clockSweepSeconds: parseSweepSeconds(env),
    smtp: parseSmtp(env),
    uploadStorage: oneOf(env, 'UPLOAD_STORAGE', ['disk', 'database'] as const, databaseUrl === null ? 'disk' : 'database'),
    metrics: parseMetrics(env),
    publicUrl: parsePublicUrl(env, nodeEnv),
    federation: { role: oneOf(env, 'FEDERATION_ROLE', ['standalone', 'region', 'federation'] as const, 'standalone'), staleSeconds: parseStaleSeconds(env) },
  };
}

function parseStaleSeconds(env: Env): number {
  const raw = nonEmpty(env, 'FEDERATION_STALE_SECONDS') ?? '900';
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1) throw new ConfigError('FEDERATION_STALE_SECONDS', `must be a number of seconds, 1 to 999999 (got "${raw}")`);
  return Number(raw);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
/** The resolved server secret (see app-secret.ts). */
export const APP_SECRET = Symbol('APP_SECRET');
