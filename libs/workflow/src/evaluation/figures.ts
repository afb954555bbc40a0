// The 评估问效 figures (DOMAIN.md "The figures") computed from counts the api gathers.
// Every ratio keeps its numerator and denominator so the dashboard can show and click through them.

import { medianOf, type DurationSample, type MedianFigure } from './duration-sample';
import { DEFAULT_FIGURE_SETTINGS, validateFigureSettings, type FigureSettings } from './figure-settings';

export type { MedianFigure };

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
  /** the sample of 响应时长 (submission to response) */
  readonly responseHours: DurationSample;
  /** the sample of 办结时长 (acceptance to resolution) */
  readonly resolveHours: DurationSample;
}

export interface RatioFigure {
  /** numerator ÷ denominator as 0..1, unrounded; null when there is nothing to divide by */
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
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
  responseHours: Object.freeze({ exact: Object.freeze([]) }),
  resolveHours: Object.freeze({ exact: Object.freeze([]) }),
});

export function computeFigures(counts: FigureCounts, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS): Figures {
  const validation = validateFigureSettings(settings);
  if (!validation.ok) {
    throw new RangeError(`invalid figure settings: ${validation.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
  }
  const responseRate = ratio(counts.respondedOnTime, counts.responseDue);
  const resolutionRate = ratio(counts.answeredResolved, counts.answered);
  const satisfactionRate = ratio(counts.answeredSatisfied + settings.basicallySatisfiedWeight * counts.answeredBasicallySatisfied, counts.answered);
  const { weights } = settings;
  const [response, resolution, satisfaction] = [responseRate.value, resolutionRate.value, satisfactionRate.value];
  const composite =
    response === null || resolution === null || satisfaction === null ? null : weights.response * response + weights.resolution * resolution + weights.satisfaction * satisfaction;

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
    medianResponseHours: medianOf(counts.responseHours),
    medianResolveHours: medianOf(counts.resolveHours),
    backlog: counts.backlog,
    compositeScore: { value: composite },
    sampleSufficient: counts.answered >= settings.minSample,
  };
}

function ratio(numerator: number, denominator: number): RatioFigure {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}
