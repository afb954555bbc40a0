import { ConfigError, loadConfig } from './app-config';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/app');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives development defaults', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: null,
      databaseReplicaUrls: [],
      dataDir: '/srv/app/.data',
      webDir: '/srv/app/dist/web',
      appSecret: null,
      seedDemo: true,
      demoPassword: 'demo-pass-2026',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://h/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://h:5432' }, 'DATABASE_URL'],
    [{ DATABASE_REPLICA_URLS: 'postgres://u:p@r1:5432/banshishi' }, 'DATABASE_REPLICA_URLS'],
    [{ DATABASE_URL: 'postgres://u:p@db:5432/banshishi', DATABASE_REPLICA_URLS: 'postgres://u:p@r1:5432/banshishi,' }, 'DATABASE_REPLICA_URLS'],
    [{ DATABASE_URL: 'postgres://u:p@db:5432/banshishi', DATABASE_REPLICA_URLS: 'mysql://r1/banshishi' }, 'DATABASE_REPLICA_URLS'],
    [{ DATABASE_URL: 'postgres://u:p@db:5432/banshishi', DATABASE_REPLICA_URLS: 'postgres://u:p@db:5432/banshishi' }, 'DATABASE_REPLICA_URLS'],
    [{ APP_SECRET: 'short' }, 'APP_SECRET'],
    [{ NODE_ENV: 'production' }, 'APP_SECRET'],
    [{ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32) }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32), SEED_DEMO: 'true' }, 'SEED_DEMO'],
    [{ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32), CLOCK: 'database' }, 'CLOCK'],
    [{ CLOCK: 'fake' }, 'CLOCK'],
    [{ JOBS: 'yes' }, 'JOBS'],
    [{ CLOCK_SWEEP_SECONDS: '0' }, 'CLOCK_SWEEP_SECONDS'],
    [{ CLOCK_SWEEP_SECONDS: 'fast' }, 'CLOCK_SWEEP_SECONDS'],
    [{ SMTP_URL: 'smtp://mail:25' }, 'MAIL_FROM'],
    [{ MAIL_FROM: 'noreply@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'http://mail:25', MAIL_FROM: 'noreply@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'not a url', MAIL_FROM: 'noreply@example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail:25', MAIL_FROM: 'nobody' }, 'MAIL_FROM'],
    [{ METRICS: 'yes' }, 'METRICS'],
    [{ METRICS_TOKEN: 't'.repeat(32) }, 'METRICS_TOKEN'],
    [{ METRICS: 'on', METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ METRICS: 'on', METRICS_TOKEN: 'has a space in it, so no' }, 'METRICS_TOKEN'],
    [{ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u:p@db:5432/banshishi' }, 'PUBLIC_URL'],
    [{ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://u:p@db:5432/banshishi', PUBLIC_URL: 'http://banshishi.example.org' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'banshishi.example.org' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'ftp://banshishi.example.org' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'https://banshishi.example.org/?x=1' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'https://user:pw@banshishi.example.org' }, 'PUBLIC_URL'],
  ])('rejects %j naming %s', (env, variable) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
  });

  it('accepts an external database and a production secret', () => {
    const config = loadConfig(
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/banshishi', APP_SECRET: 's'.repeat(40), DATA_DIR: '/var/lib/b', PUBLIC_URL: 'https://bss.example.org' },
      '/srv/app',
    );
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/banshishi');
    expect(config.dataDir).toBe('/var/lib/b');
    expect(config.seedDemo).toBe(false);
    expect(config.logLevel).toBe('info');
    expect(config).toMatchObject({ clock: 'system', jobs: true, clockSweepSeconds: null, smtp: null, metrics: null });
  });

  it('reads the clock, jobs and mail settings', () => {
    const config = loadConfig(
      { CLOCK: 'database', JOBS: 'off', CLOCK_SWEEP_SECONDS: '2', SMTP_URL: 'smtp://u:p@127.0.0.1:2525', MAIL_FROM: '办实事 <noreply@example.org>' },
      '/srv/app',
    );
    expect(config).toMatchObject({ clock: 'database', jobs: false, clockSweepSeconds: 2, smtp: { url: 'smtp://u:p@127.0.0.1:2525', from: '办实事 <noreply@example.org>' } });
  });

  it('reads the public address, without a trailing slash; none in development', () => {
    expect(loadConfig({}, '/srv/app').publicUrl).toBeNull();
    expect(loadConfig({ PUBLIC_URL: 'https://bss.example.org/' }, '/srv/app').publicUrl).toBe('https://bss.example.org');
    expect(loadConfig({ PUBLIC_URL: ' https://union.example.org/banshishi/ ' }, '/srv/app').publicUrl).toBe('https://union.example.org/banshishi');
    expect(loadConfig({ PUBLIC_URL: 'http://localhost:4200' }, '/srv/app').publicUrl).toBe('http://localhost:4200');
  });

  it('reads the metrics settings', () => {
    expect(loadConfig({ METRICS: 'on' }, '/srv/app').metrics).toEqual({ token: null });
    expect(loadConfig({ METRICS: 'on', METRICS_TOKEN: 'm'.repeat(24) }, '/srv/app').metrics).toEqual({ token: 'm'.repeat(24) });
    expect(loadConfig({ METRICS: 'off' }, '/srv/app').metrics).toBeNull();
  });

  it('reads the replicas, comma-separated', () => {
    const env = { DATABASE_URL: 'postgres://u:p@db:5432/banshishi', DATABASE_REPLICA_URLS: ' postgres://u:p@r1:5432/banshishi , postgresql://u:p@r2/banshishi' };
    expect(loadConfig(env, '/srv/app').databaseReplicaUrls).toEqual(['postgres://u:p@r1:5432/banshishi', 'postgresql://u:p@r2/banshishi']);
    expect(loadConfig({ DATABASE_URL: env.DATABASE_URL }, '/srv/app').databaseReplicaUrls).toEqual([]);
  });

  it('keeps uploads on disk with the embedded server and in PostgreSQL with DATABASE_URL, unless UPLOAD_STORAGE says', () => {
    const url = 'postgres://u:p@db:5432/banshishi';
    expect(loadConfig({}, '/srv/app').uploadStorage).toBe('disk');
    expect(loadConfig({ DATABASE_URL: url }, '/srv/app').uploadStorage).toBe('database');
    expect(loadConfig({ DATABASE_URL: url, UPLOAD_STORAGE: 'disk' }, '/srv/app').uploadStorage).toBe('disk');
    expect(loadConfig({ UPLOAD_STORAGE: 'database' }, '/srv/app').uploadStorage).toBe('database');
    expect(() => loadConfig({ UPLOAD_STORAGE: 's3' }, '/srv/app')).toThrow('UPLOAD_STORAGE must be one of disk, database (got "s3")');
  });

  it("reads the deployment's federation role and when a region's data is stale", () => {
    expect(loadConfig({}, '/srv/app').federation).toEqual({ role: 'standalone', staleSeconds: 900 });
    expect(loadConfig({ FEDERATION_ROLE: 'federation', FEDERATION_STALE_SECONDS: '60' }, '/srv/app').federation).toEqual({ role: 'federation', staleSeconds: 60 });
    expect(() => loadConfig({ FEDERATION_ROLE: 'province' }, '/srv/app')).toThrow('FEDERATION_ROLE must be one of standalone, region, federation (got "province")');
    expect(() => loadConfig({ FEDERATION_STALE_SECONDS: '0' }, '/srv/app')).toThrow('FEDERATION_STALE_SECONDS');
  });
});
