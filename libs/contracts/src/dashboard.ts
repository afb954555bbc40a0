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

/** The period just before the one asked for (the month before a month: 环比), with its figures, to compare with. */
export interface DashboardComparison {
  from: string;
  to: string;
  figures: DashboardFigures;
}

export interface DashboardSummary {
  /** YYYY-MM-DD, China days, both included; by default the last full calendar month */
  from: string;
  to: string;
  unitId: string | null;
  settings: EvaluationSettings;
  figures: DashboardFigures;
  previous: DashboardComparison;
}

export type BreakdownBy = 'unit' | 'category' | 'month' | 'channel';

export interface BreakdownRow {
  /** unit id, category id, YYYY-MM, or the channel (RequestChannel) */
  key: string;
  label: string;
  /** the label in English where the row has one (categories, channels); units keep their one name */
  labelEn?: string;
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
  /** the category's English name */
  categoryNameEn: string;
  unitName: string;
  /** online, or how it was taken in person (a RequestChannel) */
  channel: string;
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
  /** the category's English name */
  categoryNameEn: string;
  unitId: string;
  unitName: string;
  /** YYYY-MM, China time */
  month: string;
  count: number;
}

/** One cluster's requests (GET /api/dashboard/hotspots/requests), read when it is opened. */
export interface HotspotClusterRequests {
  /** the requests in the cluster, oldest first */
  requestIds: string[];
  /** those that may join a 实事项目 now (accepted or in progress): what 据此提议实事项目 proposes */
  linkableRequestIds: string[];
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
