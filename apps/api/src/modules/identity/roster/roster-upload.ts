// The one file of a roster upload (multipart/form-data, field "file", like an attachment), with its own size limit.
import { ROSTER_LIMITS } from '@banshishi/contracts';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../../common/errors/domain-error';

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}

export async function readRosterUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw invalid('file', 'Send the workbook as multipart/form-data in the field "file"');
  const part = await request.file({ limits: { fileSize: ROSTER_LIMITS.bytes.max, files: 1, fields: 0, parts: 1 } });
  if (!part) throw invalid('file', 'file is required');
  if (part.fieldname !== 'file') throw invalid(part.fieldname, `${part.fieldname} is not a file field here: send the workbook as "file"`);
  const tooLarge = () => new DomainError('PAYLOAD_TOO_LARGE', `The workbook is larger than ${ROSTER_LIMITS.bytes.max / 1024 / 1024} MB`);
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  if (part.file.truncated) throw tooLarge();
  return bytes;
}
