// File helpers shared by the backup and the restore: copying trees, checksums, ownership, the manifest's shape.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { chmod, chown, copyFile, lstat, mkdir, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_FORMAT = 'banshishi-backup/1';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  /** ISO time the backup ended (pg_backup_stop): a default restore brings the database back to this moment. */
  createdAt: string;
  label: string;
  postgresVersion: string;
  lastMigration: string | null;
  startLsn: string;
  stopLsn: string;
  /** WAL segments (from the archive) the base backup needs to become consistent, in `wal/`. */
  walSegments: string[];
  /** whether the development secret (DATA_DIR/app-secret) is in the backup */
  appSecretIncluded: boolean;
  bytes: number;
  durationMs: number;
  /** sha256 of every file, by path relative to the backup folder */
  files: Record<string, string>;
}

export function postgresOwner(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every regular file under `root`, relative paths with `/`. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  if (existsSync(root)) await walk(root);
  return out.sort();
}

/**
 * Copies the tree `from` into `to` (folders first, then regular files; sockets and the like are skipped).
 * `skip(relativePath, isDirectory)` returns 'all' to leave an entry out, 'contents' to keep only an empty folder.
 * Files that vanish while we copy (a table dropped during an online backup) are left out: WAL replay recreates them.
 */
export async function copyTree(from: string, to: string, skip: (path: string, isDirectory: boolean) => 'all' | 'contents' | null = () => null): Promise<void> {
  const walk = async (dir: string) => {
    const target = join(to, relative(from, dir));
    await mkdir(target, { recursive: true, mode: 0o700 });
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(from, path).split(sep).join('/');
      const rule = skip(rel, entry.isDirectory());
      if (rule === 'all') continue;
      if (entry.isDirectory()) {
        if (rule === 'contents') await mkdir(join(to, rel), { recursive: true, mode: 0o700 });
        else await walk(path);
      } else if (entry.isFile()) {
        try {
          await copyFile(path, join(to, rel));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
    }
  };
  await walk(from);
}

/** PostgreSQL wants its data folder 0700 and its files 0600, owned by the server's user. */
export async function ownAsServer(root: string): Promise<void> {
  const owner = postgresOwner();
  const walk = async (path: string) => {
    const st = await lstat(path);
    await chmod(path, st.isDirectory() ? 0o700 : 0o600);
    if (owner) await chown(path, owner.uid, owner.gid);
    if (st.isDirectory()) for (const name of await readdir(path)) await walk(join(path, name));
  };
  await walk(root);
}

export function readManifest(backupDir: string): BackupManifest {
  const file = join(backupDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new BackupError(`${backupDir} is not a complete backup (no ${MANIFEST_FILE})`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`${file}: unknown backup format ${String(manifest.format)}`);
  return manifest;
}

/** Raised for a backup or restore that cannot go on; the message says why and what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} kB`;
}
