// How a figure reads in the interface language: a ratio as a percentage (one decimal, lib/format's formatPercent), a
// count or a weighted numerator as it is, hours to one decimal, the score on 100 points.
import { formatNumber } from '../../../lib/format';
import type { DashboardFigure, DashboardFigures, MedianFigureValue, RatioFigureValue } from '@banshishi/contracts';

/** 满意率's numerator is not whole when 基本满意 weighs less than 1. */
export function formatCount(value: number, language: string): string {
  return formatNumber(value, language, 2);
}

export function formatHours(value: number | null, language: string): string {
  return formatNumber(value, language, 1);
}

/** 综合得分 on a 100-point scale. */
export function formatScore(value: number | null, language: string): string {
  return formatNumber(value === null ? null : value * 100, language, 1, 1);
}

export type RatioFigure = {
  [K in DashboardFigure]: DashboardFigures[K] extends RatioFigureValue ? K : never;
}[DashboardFigure];

export type MedianFigure = {
  [K in DashboardFigure]: DashboardFigures[K] extends MedianFigureValue ? K : never;
}[DashboardFigure];

/** The headline ratios, in the order the article's stages ask them; some carry a second ratio beside them. */
export const HEADLINE_RATIOS: readonly { figure: RatioFigure; beside?: RatioFigure }[] = [
  { figure: 'responseRate' },
  { figure: 'onTimeResolutionRate' },
  { figure: 'resolutionRate', beside: 'partlyRate' },
  { figure: 'satisfactionRate', beside: 'satisfiedOnlyRate' },
  { figure: 'participationRate' },
  { figure: 'overdueRate' },
  { figure: 'reopenRate' },
];

export const MEDIANS: readonly MedianFigure[] = ['medianResponseHours', 'medianResolveHours'];

/** Rates where less is better: a fall is good news. */
const LOWER_IS_BETTER: ReadonlySet<DashboardFigure> = new Set(['overdueRate', 'reopenRate']);

export interface RatioChange {
  /** percentage points, signed ("+3.2") */
  points: string;
  direction: 'up' | 'down' | 'same';
  /** whether the change is good news */
  better: boolean | null;
}

/** A ratio against the same ratio of the period before, in percentage points; null when either has no value. */
export function ratioChange(figure: DashboardFigure, value: number | null, previous: number | null, language: string): RatioChange | null {
  if (value === null || previous === null) return null;
  const points = Math.round((value - previous) * 1000) / 10;
  const direction = points > 0 ? 'up' : points < 0 ? 'down' : 'same';
  const better = direction === 'same' ? null : (direction === 'down') === LOWER_IS_BETTER.has(figure);
  return { points: new Intl.NumberFormat(language, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(points), direction, better };
}
