import { onUncaughtException, onUnhandledRejection } from './process-guards';

describe('process guards', () => {
  it('logs an unhandled rejection and does not exit', () => {
    const lines: string[] = [];
    onUnhandledRejection((line) => lines.push(line))(new Error('Connection terminated unexpectedly'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/unhandled promise rejection \(the process carries on\): Error: Connection terminated unexpectedly/);
  });

  it('logs non-Error reasons readably', () => {
    const lines: string[] = [];
    onUnhandledRejection((line) => lines.push(line))({ code: '57P01' });
    expect(lines[0]).toContain('{"code":"57P01"}');
  });

  it('logs an uncaught exception, then exits with code 1', () => {
    const lines: string[] = [];
    const exits: number[] = [];
    onUncaughtException(
      (line) => lines.push(line),
      (code) => exits.push(code),
    )(new TypeError('boom'));
    expect(lines[0]).toMatch(/^uncaught exception, exiting: TypeError: boom/);
    expect(exits).toEqual([1]);
  });
});
