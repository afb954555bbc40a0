import { REQUEST_BACKLOG_STATUSES } from '@banshishi/workflow';
import { sqlList } from './sql-list';

describe('sqlList', () => {
  it('writes a group as a parenthesised list of literals', () => {
    expect(sqlList(REQUEST_BACKLOG_STATUSES)).toBe(`('submitted', 'accepted', 'in_progress', 'in_project')`);
  });
  it('doubles quotes and refuses an empty list', () => {
    expect(sqlList(["it's"])).toBe(`('it''s')`);
    expect(() => sqlList([])).toThrow();
  });
});
