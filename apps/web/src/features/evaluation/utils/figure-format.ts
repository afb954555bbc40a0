// How a figure reads: a ratio as a percentage (one decimal), a count or a weighted numerator as it is, hours as hours.
import type { DashboardFigure, DashboardFigures, MedianFigureValue, RatioFigureValue } from '@banshishi/contracts';

export const NO_VALUE = '—';

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/** 满意率's numerator is not whole when 基本满意 weighs less than 1. */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

export function formatHours(value: number | null): string {
  return value === null ? NO_VALUE : String(Math.round(value * 10) / 10);
}

/** 综合得分 on a 100-point scale. */
export function formatScore(value: number | null): string {
  return value === null ? NO_VALUE : (Math.round(value * 1000) / 10).toFixed(1);
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
