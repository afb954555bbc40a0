import { QueryFailedError } from 'typeorm';
import { databaseError, isRetryableConflict, sqlState } from './database-error';

/** What pg raises: an Error with a SQLSTATE, a severity and, for constraint violations, the constraint or column. */
function pgError(code: string, fields: { constraint?: string; column?: string } = {}): Error {
  return Object.assign(new Error(`pg ${code}`), { code, severity: 'ERROR', ...fields });
}

/** The same error as TypeORM hands it on. */
function fromTypeorm(error: Error): QueryFailedError {
  return new QueryFailedError('UPDATE org_unit SET name = $1', ['x'], error);
}

describe('databaseError', () => {
  it("maps a unit's unique name to 409 CONFLICT naming name, through TypeORM's wrapper", () => {
    const mapped = databaseError(fromTypeorm(pgError('23505', { constraint: 'org_unit_parent_id_name_key' })));
    expect(mapped?.code).toBe('CONFLICT');
    expect(mapped?.status).toBe(409);
    expect(mapped?.details.errors).toEqual([{ field: 'name', message: 'A unit of this name already exists under the same parent unit' }]);
  });

  it.each([
    ['app_user_username', 'username'],
    ['category_code_key', 'code'],
    ['project_request_current', 'requestIds'],
  ])('names the field of %s', (constraint, field) => {
    expect(databaseError(pgError('23505', { constraint }))?.details.errors?.[0].field).toBe(field);
  });

  it('answers 409 without a field for a unique constraint it does not know', () => {
    const mapped = databaseError(pgError('23505', { constraint: 'something_new_key' }));
    expect(mapped?.status).toBe(409);
    expect(mapped?.details.errors).toBeUndefined();
  });

  it.each([
    ['22003 numeric out of range', '22003', 400, 'VALIDATION_FAILED'],
    ['22021 invalid byte sequence (NUL)', '22021', 400, 'VALIDATION_FAILED'],
    ['22P02 invalid text representation', '22P02', 400, 'VALIDATION_FAILED'],
    ['22001 string too long', '22001', 400, 'VALIDATION_FAILED'],
    ['22008 datetime out of range', '22008', 400, 'VALIDATION_FAILED'],
    ['23514 check violation', '23514', 422, 'UNPROCESSABLE'],
    ['23503 foreign key violation', '23503', 422, 'UNPROCESSABLE'],
    ['40001 serialization failure', '40001', 409, 'CONFLICT'],
    ['40P01 deadlock', '40P01', 409, 'CONFLICT'],
  ])('maps %s', (_name, code, status, errorCode) => {
    const mapped = databaseError(fromTypeorm(pgError(code)));
    expect({ status: mapped?.status, code: mapped?.code }).toEqual({ status, code: errorCode });
  });

  it('names the missing column of a not-null violation as a field', () => {
    expect(databaseError(pgError('23502', { column: 'display_name' }))?.details.errors).toEqual([{ field: 'displayName', message: 'displayName is required' }]);
  });

  it.each([
    ['a syntax error (a bug)', pgError('42601')],
    ['an undefined column (a bug)', pgError('42703')],
    ['a lost connection (503 elsewhere)', pgError('57P01')],
    ['a Node socket error of five letters', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error', '23505'],
    ['null', null],
  ])('leaves %s alone', (_name, error) => {
    expect(databaseError(error)).toBeNull();
  });
});

describe('isRetryableConflict and sqlState', () => {
  it('retries serialization failures and deadlocks only', () => {
    expect(isRetryableConflict(fromTypeorm(pgError('40001')))).toBe(true);
    expect(isRetryableConflict(pgError('40P01'))).toBe(true);
    expect(isRetryableConflict(pgError('23505'))).toBe(false);
    expect(isRetryableConflict(new Error('40001'))).toBe(false);
  });

  it('reads the SQLSTATE through the wrapper', () => {
    expect(sqlState(fromTypeorm(pgError('22003')))).toBe('22003');
    expect(sqlState(new Error('no code'))).toBeUndefined();
  });
});
