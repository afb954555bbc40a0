// libs/workflow's refusals (values, never thrown) as the API's typed errors: 422, 403, 400 naming the field.
import type { TransitionError } from '@banshishi/workflow';
import { DomainError } from './domain-error';

export function transitionError(error: TransitionError): DomainError {
  switch (error.code) {
    case 'INVALID_TRANSITION':
      return new DomainError('INVALID_TRANSITION', error.message);
    case 'FORBIDDEN':
      return new DomainError('FORBIDDEN', error.message);
    case 'MISSING_INPUT':
      return new DomainError('MISSING_INPUT', error.message, { errors: [{ field: error.field ?? 'body', message: error.message }] });
  }
}
