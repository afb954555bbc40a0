// 评估问效: the dashboard's figures, breakdowns, click-through lists and the admin settings behind them.

/** A ratio with what it is made of; value is 0..1 (unrounded), null when the denominator is 0. */
export interface RatioFigureValue {
  value: number | null;
  numerator: number;
  denominator: number;
}

export interface MedianFigureValue {
  /** clock hours */
  value: number | null;
  sampleSize: number;
  /** read off the rollup's duration bands (a large sample) rather than from the durations themselves */
  estimated: boolean;
}

export interface DashboardFigures {
  responseRate: RatioFigureValue;
  onTimeResolutionRate: RatioFigureValue;
  resolutionRate: RatioFigureValue;
  partlyRate: RatioFigureValue;
  satisfactionRate: RatioFigureValue;
  satisfiedOnlyRate: RatioFigureValue;
  participationRate: RatioFigureValue;
  overdueRate: RatioFigureValue;
  reopenRate: RatioFigureValue;
  medianResponseHours: MedianFigureValue;
  medianResolveHours: MedianFigureValue;
  backlog: number;
  compositeScore: { value: number | null };
  sampleSufficient: boolean;
}

/** The figures that click through to requests (every key of DashboardFigures but the two flags). */
export type DashboardFigure = Exclude<keyof DashboardFigures, 'compositeScore' | 'sampleSufficient'>;
export type FigurePart = 'numerator' | 'denominator';

export interface EvaluationSettings {
  basicallySatisfiedWeight: number;
  weights: { response: number; resolution: number; satisfaction: number };
  minSample: number;
}

export interface DashboardSummary {
  from: string;
  to: string;
  unitId: string | null;
  settings: EvaluationSettings;
  figures: DashboardFigures;
}

export type BreakdownBy = 'unit' | 'category' | 'month';

export interface BreakdownRow {
  /** unit id, category id, or YYYY-MM */
  key: string;
  label: string;
  figures: DashboardFigures;
  /** by=unit only: rank by 综合得分, null when not ranked */
  rank?: number | null;
  standing?: 'ranked' | 'insufficient_sample' | 'no_score';
  /** 样本不足 / 无得分 */
  note?: string | null;
}

export interface DashboardBreakdown {
  by: BreakdownBy;
  from: string;
  to: string;
  unitId: string | null;
  rows: BreakdownRow[];
}

export interface FigureRequestItem {
  id: string;
  code: string;
  title: string;
  status: string;
  categoryName: string;
  unitName: string;
  submittedAt: string;
}

export interface FigureRequests {
  figure: DashboardFigure;
  part: FigurePart;
  /** how many requests are behind this part: equals the figure's numerator or denominator */
  total: number;
  page: number;
  limit: number;
  items: FigureRequestItem[];
}

/** 未诉先办: where requests cluster (category × unit × month) and the words they share. */
export interface HotspotCluster {
  categoryId: string;
  categoryName: string;
  unitId: string;
  unitName: string;
  /** YYYY-MM, China time */
  month: string;
  count: number;
  /** the requests in the cluster, to propose a project from them */
  requestIds: string[];
}

export interface HotspotTerm {
  term: string;
  /** requests using the term */
  count: number;
}

export interface DashboardHotspots {
  from: string;
  to: string;
  unitId: string | null;
  clusters: HotspotCluster[];
  terms: HotspotTerm[];
}
