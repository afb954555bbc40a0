// The body of `POST …/:id/actions/:action` (requests and projects): any JSON object with the version the person is
// looking at. The action's own fields are checked by libs/workflow's transition table, not here.
import { Injectable, type PipeTransform } from '@nestjs/common';
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
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      const message = `version must be the version of the ${this.what} you are looking at (a whole number)`;
      throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'version', message }] });
    }
    return { version, fields };
  }
}
