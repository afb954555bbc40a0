// The running clock in words: "3 天后到期", "已超期 2 天" (dayjs relativeTime in the interface language).
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);

export type DueState = 'overdue' | 'dueSoon' | 'running';

export function dueState(item: { overdue: boolean; dueSoon: boolean }): DueState {
  return item.overdue ? 'overdue' : item.dueSoon ? 'dueSoon' : 'running';
}

/** "in 3 days" / "2 days ago", relative to now. */
export function relativeDue(dueAt: string, now = dayjs()): string {
  return dayjs(dueAt).from(now);
}
