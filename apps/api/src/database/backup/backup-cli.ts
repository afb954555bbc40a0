// `npm run db:backup [-- --to <folder>]` and `npm run db:restore <backup> [--until <time>|latest]` for the embedded
// PostgreSQL under DATA_DIR (with DATABASE_URL, see docs/operations.md: pg_dump / pg_restore).
import '../../register-paths';
import { relative, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../config/app-config';
import { EmbeddedPostgresError } from '../embedded-postgres';
import { BackupError, formatBytes } from './backup-files';
import { takeBackup } from './base-backup';
import { restoreBackup } from './restore-backup';

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`banshishi: ${line}\n`);
  process.exit(1);
};
const SECRET_NOTE = 'Keep APP_SECRET with this backup: sealed contacts are encrypted and tokens hashed with it; without the same secret they cannot be read or used.';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value`);
  args.splice(at, 2);
  return value;
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(`configuration error: ${error.message}`);
    throw error;
  }
  if (config.databaseUrl) return fail('DATABASE_URL is set: back up that server with pg_dump (docs/operations.md, "Backup and restore")');
  const log = (line: string) => say(`banshishi: ${line}`);
  const show = (path: string) => {
    const near = relative(process.cwd(), path);
    return near && !near.startsWith('..') ? near : path;
  };
  // `npm run` moves to the project root; a path typed by the user is relative to where they typed it.
  const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

  if (command === 'backup') {
    const to = option(args, '--to');
    const target = to === undefined ? undefined : userPath(to);
    if (args.length > 0) return fail(`unexpected ${args.join(' ')} (usage: npm run db:backup [-- --to <folder>])`);
    const { dir, manifest } = await takeBackup({ dataDir: config.dataDir, target, appSecretFromEnvironment: config.appSecret !== null, log });
    say(`banshishi: backup written to ${show(dir)}`);
    say(
      `  ${formatBytes(manifest.bytes)} in ${(manifest.durationMs / 1000).toFixed(1)} s; PostgreSQL ${manifest.postgresVersion}, migration ${manifest.lastMigration ?? '(none)'}`,
    );
    say(`  WAL ${manifest.startLsn} … ${manifest.stopLsn} (${manifest.walSegments.length} segment(s)); restores to ${manifest.createdAt}`);
    say(
      manifest.appSecretIncluded
        ? `  The development secret (DATA_DIR/app-secret) is in the backup. ${SECRET_NOTE}`
        : `  APP_SECRET comes from the environment and is NOT in the backup. ${SECRET_NOTE}`,
    );
    return;
  }
  if (command === 'restore') {
    const until = option(args, '--until');
    if (args.length !== 1) return fail('usage: npm run db:restore <backup folder> [-- --until <ISO time>|latest]');
    const backupDir = userPath(args[0]);
    const result = await restoreBackup({ dataDir: config.dataDir, backupDir, until, log });
    say(`banshishi: restored ${show(backupDir)} (taken ${result.manifest.createdAt}) into ${show(config.dataDir)} in ${(result.durationMs / 1000).toFixed(1)} s`);
    say(`  recovered to ${result.recoveredTo}; migration ${result.manifest.lastMigration ?? '(none)'}`);
    for (const path of result.setAside) say(`  the previous ${show(path).replace(/\.before-restore-.*$/, '')} is kept in ${show(path)}`);
    say(
      result.manifest.appSecretIncluded
        ? '  The development secret came back with the backup.'
        : `  Start the app with the APP_SECRET that was in use when the backup was taken. ${SECRET_NOTE}`,
    );
    return;
  }
  fail('usage: db-backup.mjs backup [--to <folder>] | restore <backup folder> [--until <time>|latest]');
}

main().catch((error: unknown) => {
  if (error instanceof BackupError || error instanceof EmbeddedPostgresError) fail(error.message);
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
