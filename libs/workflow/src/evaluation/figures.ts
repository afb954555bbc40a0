// The 评估问效 figures (DOMAIN.md "The figures") computed from counts the api gathers.
// Every ratio keeps its numerator and denominator so the dashboard can show and click through them.

import { DEFAULT_FIGURE_SETTINGS, validateFigureSettings, type FigureSettings } from './figure-settings';

export interface FigureCounts {
  readonly respondedOnTime: number;
  /** requests whose response clock is due */
  readonly responseDue: number;
  readonly resolvedOnTime: number;
  /** accepted requests that are resolved or past their (extended) due date */
  readonly resolutionDue: number;
  readonly answered: number;
  readonly answeredResolved: number;
  readonly answeredPartly: number;
  readonly answeredSatisfied: number;
  readonly answeredBasicallySatisfied: number;
  readonly resolvedOrClosed: number;
  readonly overdue: number;
  readonly overdueBase: number;
  readonly reopened: number;
  readonly reopenBase: number;
  readonly backlog: number;
  /** the sample of 响应时长 (submission to response), as hours and how many requests took them */
  readonly responseHours: HoursHistogram;
  /** the sample of 办结时长 (acceptance to resolution) */
  readonly resolveHours: HoursHistogram;
}

/** A sample of durations in hours: each distinct value once, with how many times it occurs. */
export type HoursHistogram = readonly { readonly hours: number; readonly count: number }[];

export interface RatioFigure {
  /** numerator ÷ denominator as 0..1, unrounded; null when there is nothing to divide by */
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
}

export interface MedianFigure {
  readonly value: number | null;
  readonly sampleSize: number;
}

export interface CompositeFigure {
  /** null when any of its three parts is null: a partial score would flatter units with gaps */
  readonly value: number | null;
}

export interface Figures {
  /** 响应率 */
  readonly responseRate: RatioFigure;
  /** 按时办结率 */
  readonly onTimeResolutionRate: RatioFigure;
  /** 解决率 */
  readonly resolutionRate: RatioFigure;
  /** 部分解决, shown beside 解决率 */
  readonly partlyRate: RatioFigure;
  /** 满意率 */
  readonly satisfactionRate: RatioFigure;
  /** 满意 alone, shown beside 满意率 */
  readonly satisfiedOnlyRate: RatioFigure;
  /** 参评率 */
  readonly participationRate: RatioFigure;
  /** 超期率 */
  readonly overdueRate: RatioFigure;
  /** 重办率 */
  readonly reopenRate: RatioFigure;
  readonly medianResponseHours: MedianFigure;
  readonly medianResolveHours: MedianFigure;
  readonly backlog: number;
  /** 综合得分 */
  readonly compositeScore: CompositeFigure;
  /** enough answers (minSample) for the unit to be ranked; otherwise 样本不足 */
  readonly sampleSufficient: boolean;
}

/** Throws RangeError on invalid settings: they are validated when saved, so this is a bug. */
/** Nothing counted yet: a starting point to fill in, and the figures of an empty period. */
export const EMPTY_FIGURE_COUNTS: FigureCounts = Object.freeze({
  respondedOnTime: 0,
  responseDue: 0,
  resolvedOnTime: 0,
  resolutionDue: 0,
  answered: 0,
  answeredResolved: 0,
  answeredPartly: 0,
  answeredSatisfied: 0,
  answeredBasicallySatisfied: 0,
  resolvedOrClosed: 0,
  overdue: 0,
  overdueBase: 0,
  reopened: 0,
  reopenBase: 0,
  backlog: 0,
  responseHours: Object.freeze([]),
  resolveHours: Object.freeze([]),
});

export function computeFigures(counts: FigureCounts, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS): Figures {
  const validation = validateFigureSettings(settings);
  if (!validation.ok) {
    throw new RangeError(`invalid figure settings: ${validation.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
  }
  const responseRate = ratio(counts.respondedOnTime, counts.responseDue);
  const resolutionRate = ratio(counts.answeredResolved, counts.answered);
  const satisfactionRate = ratio(
    counts.answeredSatisfied + settings.basicallySatisfiedWeight * counts.answeredBasicallySatisfied,
    counts.answered,
  );
  const { weights } = settings;
  const [response, resolution, satisfaction] = [responseRate.value, resolutionRate.value, satisfactionRate.value];
  const composite =
    response === null || resolution === null || satisfaction === null
      ? null
      : weights.response * response + weights.resolution * resolution + weights.satisfaction * satisfaction;

  return {
    responseRate,
    onTimeResolutionRate: ratio(counts.resolvedOnTime, counts.resolutionDue),
    resolutionRate,
    partlyRate: ratio(counts.answeredPartly, counts.answered),
    satisfactionRate,
    satisfiedOnlyRate: ratio(counts.answeredSatisfied, counts.answered),
    participationRate: ratio(counts.answered, counts.resolvedOrClosed),
    overdueRate: ratio(counts.overdue, counts.overdueBase),
    reopenRate: ratio(counts.reopened, counts.reopenBase),
    medianResponseHours: median(counts.responseHours),
    medianResolveHours: median(counts.resolveHours),
    backlog: counts.backlog,
    compositeScore: { value: composite },
    sampleSufficient: counts.answered >= settings.minSample,
  };
}

function ratio(numerator: number, denominator: number): RatioFigure {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/**
 * Median of a histogram's finite values with a positive count; an even sample averages the middle two. The dashboard
 * keeps its samples as histograms (tenths of an hour) so a million requests stay a few thousand bins.
 */
function median(histogram: HoursHistogram): MedianFigure {
  const bins = histogram.filter((bin) => Number.isFinite(bin.hours) && bin.count > 0).sort((a, b) => a.hours - b.hours);
  const n = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (n === 0) return { value: null, sampleSize: 0 };
  /** the value at 0-based position k of the sorted sample */
  const at = (k: number): number => {
    let seen = 0;
    for (const bin of bins) {
      seen += bin.count;
      if (k < seen) return bin.hours;
    }
    /* istanbul ignore next: k < n always */
    throw new RangeError(`position ${k} is outside a sample of ${n}`);
  };
  const mid = Math.floor(n / 2);
  return { value: n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2, sampleSize: n };
}
