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
