// AES-256-GCM for the anonymous requester's contact (and stored idempotent responses): unreadable in a plain pg_dump.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Layout: [version 1 byte][iv 12][tag 16][ciphertext]. The key is derived (HKDF-SHA256) from APP_SECRET with a
 * purpose label, so each use gets its own key; `context` (e.g. the request id) is bound as associated data,
 * so a ciphertext copied onto another row does not decrypt.
 */
export class ContactCipher {
  private readonly key: Buffer;

  constructor(secret: string, purpose = 'contact') {
    if (secret.length < 16) throw new RangeError('ContactCipher needs a real secret');
    this.key = Buffer.from(hkdfSync('sha256', secret, 'banshishi', `banshishi:${purpose}:v${VERSION}`, 32));
  }

  encrypt(plaintext: string, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the data was changed, belongs to another context or was made under another secret. */
  decrypt(data: Buffer, context: string): string {
    if (data.length < 1 + IV_BYTES + TAG_BYTES || data[0] !== VERSION) throw new Error('Not a banshishi ciphertext');
    const iv = data.subarray(1, 1 + IV_BYTES);
    const tag = data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}
