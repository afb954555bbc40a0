// The body of `POST …/:id/actions/:action` (requests and projects): any JSON object with the version the person is
// looking at. The action's own fields are checked by libs/workflow's transition table, not here.
import { Injectable, type PipeTransform } from '@nestjs/common';
import { VERSION_LIMITS } from '@banshishi/contracts';
import { versionMessage } from '../decorators/version-field.decorator';
import { DomainError } from '../errors/domain-error';

export interface ActionBody {
  /** the version of the record the person acted on (409 when it moved on) */
  version: number;
  /** everything else: the action's input */
  fields: Record<string, unknown>;
}

@Injectable()
export class ActionBodyPipe implements PipeTransform<unknown, ActionBody> {
  /** `what`: the record, as the message names it ("request", "project") */
  constructor(private readonly what: string) {}

  transform(body: unknown): ActionBody {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DomainError('VALIDATION_FAILED', 'The body must be a JSON object with at least {version}', { errors: [{ field: 'version', message: 'version is required' }] });
    }
    const { version, ...fields } = body as Record<string, unknown>;
    // an int4 column: a larger number can match no row, and PostgreSQL would refuse to compare it
    if (typeof version !== 'number' || !Number.isInteger(version) || version < VERSION_LIMITS.min || version > VERSION_LIMITS.max) {
      const message = versionMessage(this.what);
      throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'version', message }] });
    }
    return { version, fields };
  }
}
