// Which way a request's running clock is going: overdue, due soon, or running (the due time in words is lib/format's).
export type DueState = 'overdue' | 'dueSoon' | 'running';

export function dueState(item: { overdue: boolean; dueSoon: boolean }): DueState {
  return item.overdue ? 'overdue' : item.dueSoon ? 'dueSoon' : 'running';
}
