// Reads the one file (and the optional entryToken field before it) of a multipart upload, with errors that name the field.
import type { MultipartFile } from '@fastify/multipart';
import { ATTACHMENT_LIMITS } from '@banshishi/contracts';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../common/errors/domain-error';

/** Limits for @fastify/multipart (app.factory.ts): one file, a few small fields. */
export const MULTIPART_LIMITS = { fileSize: ATTACHMENT_LIMITS.bytes.max, files: 1, fields: 5, fieldSize: 1024, parts: 6, fieldNameSize: 100, headerPairs: 100 };

export interface UploadedPart {
  entryToken: string | undefined;
  /** as the client sent it, paths included (busboy's preservePath), so path-like names can be refused */
  filename: string;
  /** The whole file; 413 beyond the limit, with nothing kept. */
  read(): Promise<Buffer>;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}

function isFileTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
}

export async function readUploadedPart(request: FastifyRequest): Promise<UploadedPart> {
  if (!request.isMultipart()) throw invalid('file', 'Send the file as multipart/form-data in the field "file"');
  const part: MultipartFile | undefined = await request.file();
  if (!part) throw invalid('file', 'file is required');
  if (part.fieldname !== 'file') throw invalid(part.fieldname, `${part.fieldname} is not a file field here: send the file as "file"`);
  let entryToken: string | undefined;
  for (const [name, value] of Object.entries(part.fields)) {
    if (name === 'file') continue;
    if (name !== 'entryToken') throw invalid(name, `property ${name} should not exist`);
    const field = Array.isArray(value) ? undefined : value;
    if (field?.type !== 'field' || typeof field.value !== 'string' || field.value.length < 1 || field.value.length > 100) {
      throw invalid('entryToken', 'entryToken must be 1–100 characters');
    }
    entryToken = field.value;
  }
  return {
    entryToken,
    filename: part.filename,
    async read() {
      const tooLarge = () => new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than ${ATTACHMENT_LIMITS.bytes.max / 1024 / 1024} MB`);
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        throw isFileTooLarge(error) ? tooLarge() : error;
      }
      // toBuffer() throws at the limit; a truncated stream is refused all the same, should that ever change.
      if (part.file.truncated) throw tooLarge();
      return bytes;
    },
  };
}
