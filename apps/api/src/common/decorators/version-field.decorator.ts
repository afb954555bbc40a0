// The version of a record the person is looking at (optimistic locking): a whole number from 1 within int4.
import { VERSION_LIMITS } from '@banshishi/contracts';
import { IntColumn } from './int-column.decorator';

/** "version must be the version of the `what` you are looking at (a whole number)": the DTOs' and the action bodies' message. */
export function versionMessage(what: string): string {
  return `version must be the version of the ${what} you are looking at (a whole number)`;
}

export function VersionField(what: string): PropertyDecorator {
  return IntColumn('version', VERSION_LIMITS, versionMessage(what));
}
