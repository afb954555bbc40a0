// request_event is partitioned by month (migration 1764302500000). A read of one request's events by its id alone
// plans, locks and probes every month kept (63 at five years); none of its events is older than its submission (the
// submit event is entered then or later; in person `submitted_at` is when it was heard, earlier still), so reads bound
// `at` by this value — a value, not an expression (`timestamptz - interval` is only stable), so the planner prunes the
// months before it. A day of margin covers clocks of API processes a little apart.
import { DAY_MS } from '@banshishi/workflow';

export function eventsSince(submittedAt: Date): Date {
  return new Date(submittedAt.getTime() - DAY_MS);
}
