// A project's dates (deadline, a milestone's due date): a real YYYY-MM-DD, today (China time) or later.
import { chinaDayNumber, parseIsoDay } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';

/** The day number of `value`; 400 when it is no real date, 422 when it is in the past. */
export function checkProjectDay(value: string, field = 'deadline', now = Date.now()): number {
  const day = parseIsoDay(value);
  if (day === null) throw new DomainError('VALIDATION_FAILED', `${field} must be a real date`, { errors: [{ field, message: `${field} must be a real date (YYYY-MM-DD)` }] });
  if (day < chinaDayNumber(now)) {
    const message = `The ${field} must not be in the past`;
    throw new DomainError('UNPROCESSABLE', message, { errors: [{ field, message }] });
  }
  return day;
}
