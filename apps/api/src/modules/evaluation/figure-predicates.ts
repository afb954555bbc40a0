// Each figure's requests, defined ONCE as SQL predicates over one row of `request r` (and `la`, its latest answer).
// The counts behind the figures and the click-through lists both use these, so they cannot drift apart.
// Named parameters: @now (the Clock's time), @w (满意率's weight for 基本满意).
import type { DashboardFigure, FigurePart } from '@banshishi/contracts';
import { REQUEST_BACKLOG_STATUSES, REQUEST_DONE_STATUSES, sampleSizeOf, type FigureCounts } from '@banshishi/workflow';
import { sqlList } from '../../common/database/sql-list';

const all = (...parts: string[]): string => parts.map((part) => `(${part})`).join(' AND ');

const accepted = `r.accepted_at IS NOT NULL AND r.status <> 'merged'`;
const responseDue = `r.responded_at IS NOT NULL OR r.response_due_at <= @now::timestamptz`;
const resolutionDue = all(accepted, `r.resolved_at IS NOT NULL OR r.resolution_due_at <= @now::timestamptz`);
const answered = `la.resolved IS NOT NULL`;
/** resolved at least once: waiting for or past its answer, or answered and reopened (重办) since */
const resolvedOrClosed = `r.status IN ${sqlList(REQUEST_DONE_STATUSES)} OR la.resolved IS NOT NULL`;

/** The sets of requests the figures count; the count-valued keys are exactly FigureCounts' counts. */
export const FIGURE_SETS = {
  respondedOnTime: all(responseDue, `r.responded_at <= r.response_due_at`),
  responseDue,
  resolvedOnTime: all(resolutionDue, `r.resolved_at <= r.resolution_due_at`),
  resolutionDue,
  answered,
  answeredResolved: `la.resolved = 'resolved'`,
  answeredPartly: `la.resolved = 'partly'`,
  answeredSatisfied: `la.satisfaction = 'satisfied'`,
  answeredBasicallySatisfied: `la.satisfaction = 'basically_satisfied'`,
  resolvedOrClosed,
  overdue: all(accepted, `COALESCE(r.resolved_at, @now::timestamptz) > r.resolution_due_at`),
  overdueBase: accepted,
  reopened: `r.reopen_count > 0`,
  reopenBase: resolvedOrClosed,
  backlog: `r.status IN ${sqlList(REQUEST_BACKLOG_STATUSES)}`,
  /** the requests that add to 满意率's numerator: 满意, and 基本满意 while its weight is above 0 */
  satisfactionContributors: `la.satisfaction = 'satisfied' OR (la.satisfaction = 'basically_satisfied' AND @w::float8 > 0)`,
  /** the samples of the two medians */
  responded: `r.responded_at IS NOT NULL`,
  resolvedAfterAcceptance: `r.resolved_at IS NOT NULL AND r.accepted_at IS NOT NULL`,
} as const;

export type FigureSet = keyof typeof FIGURE_SETS;
export type CountSet = Exclude<keyof FigureCounts, 'responseHours' | 'resolveHours'>;
export const COUNT_SETS: readonly CountSet[] = [
  'respondedOnTime',
  'responseDue',
  'resolvedOnTime',
  'resolutionDue',
  'answered',
  'answeredResolved',
  'answeredPartly',
  'answeredSatisfied',
  'answeredBasicallySatisfied',
  'resolvedOrClosed',
  'overdue',
  'overdueBase',
  'reopened',
  'reopenBase',
  'backlog',
];

/**
 * How the dashboard counts each set without scanning requests: a column of `request_figure_day` (the part time alone
 * cannot change, kept current by triggers in every change's transaction, migration 1764301400000) plus, for the three
 * sets that grow as clocks run out, a live count over the rows whose clock is still running (OPEN_ROWS, a small partial
 * index). Column + live is the FIGURE_SETS predicate: `request-figures.int-spec.ts` holds them to it.
 */
export const ROLLUP_COUNTS: Readonly<Record<CountSet, { column: string; live?: string }>> = {
  respondedOnTime: { column: 'responded_on_time' },
  responseDue: { column: 'responded', live: `r.responded_at IS NULL AND r.response_due_at <= @now::timestamptz` },
  resolvedOnTime: { column: 'resolved_on_time' },
  resolutionDue: { column: 'accepted_resolved', live: all(accepted, `r.resolved_at IS NULL AND r.resolution_due_at <= @now::timestamptz`) },
  answered: { column: 'answered' },
  answeredResolved: { column: 'answered_resolved' },
  answeredPartly: { column: 'answered_partly' },
  answeredSatisfied: { column: 'answered_satisfied' },
  answeredBasicallySatisfied: { column: 'answered_basically_satisfied' },
  resolvedOrClosed: { column: 'resolved_or_closed' },
  overdue: { column: 'resolved_late', live: all(accepted, `r.resolved_at IS NULL AND @now::timestamptz > r.resolution_due_at`) },
  overdueBase: { column: 'accepted' },
  reopened: { column: 'reopened' },
  reopenBase: { column: 'resolved_or_closed' },
  backlog: { column: 'backlog' },
};

/** The rows a live count can find anything in: a response or resolution clock still running (index request_figures_open). */
export const OPEN_ROWS = `r.responded_at IS NULL OR (r.accepted_at IS NOT NULL AND r.status <> 'merged' AND r.resolved_at IS NULL)`;

/**
 * The two medians' samples: the requests in `set`, their duration in hours (clock hours), and the rollup's band columns
 * (`<bands>_0` …, over libs/workflow's HOUR_BAND_EDGES) that count the same durations.
 */
export const MEDIAN_HOURS = {
  responseHours: { set: 'responded', hours: `EXTRACT(EPOCH FROM r.responded_at - r.submitted_at) / 3600`, bands: 'response_band' },
  resolveHours: { set: 'resolvedAfterAcceptance', hours: `EXTRACT(EPOCH FROM r.resolved_at - r.accepted_at) / 3600`, bands: 'resolve_band' },
} as const satisfies Record<string, { set: FigureSet; hours: string; bands: string }>;

/** Up to this many durations (all groups together) the medians are exact; above, they are read off the bands. */
export const EXACT_MEDIAN_LIMIT = 20_000;

/**
 * How many requests a figure set holds, from the counts the figures come from: a click-through's total is then its
 * figure's number by construction, and its listed requests (FIGURE_SETS) are what the tests hold against it.
 */
export function setTotal(counts: FigureCounts, set: FigureSet, w: number): number {
  switch (set) {
    case 'satisfactionContributors':
      return counts.answeredSatisfied + (w > 0 ? counts.answeredBasicallySatisfied : 0);
    case 'responded':
      return sampleSizeOf(counts.responseHours);
    case 'resolvedAfterAcceptance':
      return sampleSizeOf(counts.resolveHours);
    default:
      return counts[set];
  }
}

/** Which set is behind each part of each figure (a median's or the backlog's both parts are its sample). */
export const FIGURE_PARTS: Readonly<Record<DashboardFigure, Readonly<Record<FigurePart, FigureSet>>>> = {
  responseRate: { numerator: 'respondedOnTime', denominator: 'responseDue' },
  onTimeResolutionRate: { numerator: 'resolvedOnTime', denominator: 'resolutionDue' },
  resolutionRate: { numerator: 'answeredResolved', denominator: 'answered' },
  partlyRate: { numerator: 'answeredPartly', denominator: 'answered' },
  satisfactionRate: { numerator: 'satisfactionContributors', denominator: 'answered' },
  satisfiedOnlyRate: { numerator: 'answeredSatisfied', denominator: 'answered' },
  participationRate: { numerator: 'answered', denominator: 'resolvedOrClosed' },
  overdueRate: { numerator: 'overdue', denominator: 'overdueBase' },
  reopenRate: { numerator: 'reopened', denominator: 'reopenBase' },
  medianResponseHours: { numerator: 'responded', denominator: 'responded' },
  medianResolveHours: { numerator: 'resolvedAfterAcceptance', denominator: 'resolvedAfterAcceptance' },
  backlog: { numerator: 'backlog', denominator: 'backlog' },
};

export const DASHBOARD_FIGURE_NAMES = Object.keys(FIGURE_PARTS) as DashboardFigure[];
