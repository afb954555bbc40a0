// Uploads as files under DATA_DIR/uploads: the embedded default, for one API process (or replicas sharing one disk).
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { newUploadKey, UploadStorage, type StoredUpload } from './upload-storage';

export class DiskUploadStorage extends UploadStorage {
  readonly kind = 'disk';
  private readonly root: string;

  constructor(dataDir: string) {
    super();
    this.root = join(resolve(dataDir), 'uploads');
  }

  /** Writes under a temporary name, then renames: a reader never sees half a file. */
  async put(bytes: Buffer, extension: string): Promise<string> {
    const key = newUploadKey(new Date(), randomBytes(16).toString('hex'), extension);
    const target = this.path(key);
    const temp = `${target}.partial`;
    await mkdir(dirname(target), { recursive: true, mode: 0o750 });
    try {
      await writeFile(temp, bytes, { mode: 0o640, flag: 'wx' });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return key;
  }

  async open(key: string): Promise<StoredUpload | null> {
    const path = this.path(key);
    try {
      const { size } = await stat(path);
      return { content: createReadStream(path), size };
    } catch {
      return null;
    }
  }

  async remove(keys: readonly string[]): Promise<void> {
    for (const key of keys) await rm(this.path(key), { force: true });
  }

  /** Write and delete a small file where uploads go. */
  async probe(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o750 });
    const probe = join(this.root, `.ready-${process.pid}-${randomUUID()}`);
    await writeFile(probe, 'ok');
    await unlink(probe);
  }

  /** Keys are server-made; this still refuses anything that would leave DATA_DIR/uploads. */
  private path(key: string): string {
    const path = resolve(this.root, '..', key);
    if (!path.startsWith(this.root + sep)) throw new Error(`bad upload key ${JSON.stringify(key)}`);
    return path;
  }
}
