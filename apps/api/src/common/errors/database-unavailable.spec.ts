import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['admin shutdown 57P01', withCode('terminating connection due to administrator command', '57P01')],
    ['crash shutdown 57P02', withCode('terminating connection because of crash of another server process', '57P02')],
    ['cannot connect now 57P03', withCode('the database system is in recovery mode', '57P03')],
    ['connection exception 08006', withCode('connection failure', '08006')],
    ['connection exception 08P01', withCode('protocol violation', '08P01')],
    ['terminated mid-query', new Error('Connection terminated unexpectedly')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['broken client', new Error('Client has encountered a connection error and is not queryable')],
    ['inside TypeORM', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['a transaction whose connection was lost (query runner)', new QueryRunnerAlreadyReleasedError()],
    ['a transaction whose connection was lost (manager)', new QueryRunnerProviderAlreadyReleasedError()],
    ['as a cause', new Error('outer', { cause: withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED') })],
    ['in an AggregateError', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'all failed')],
  ])('%s is unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation 23505', withCode('duplicate key value violates unique constraint', '23505')],
    ['serialization failure 40001', withCode('could not serialize access', '40001')],
    ['lock timeout 55P03', withCode('canceling statement due to lock timeout', '55P03')],
    ['query canceled 57014', withCode('canceling statement due to statement timeout', '57014')],
    ['syntax error', new QueryFailedError('SELEC 1', [], withCode('syntax error at or near "SELEC"', '42601'))],
    ['plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
    ['null', null],
  ])('%s is not', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
