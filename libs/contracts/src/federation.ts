// 全总汇总: a federation's figures over the regions it subscribes to (docs/scaling.md “Federation”).
import type { DashboardFigures, EvaluationSettings, HotspotCluster } from './dashboard';

export type FederationStanding = 'ranked' | 'insufficient_sample' | 'no_score';

export interface FederationRegionRow {
  code: string;
  name: string;
  /** the region's own instance (its PUBLIC_URL): the requests behind a number are there (login there) */
  publicUrl: string;
  /** 数据截至: when the region's changes were last known applied here (ISO instant); null before the first */
  dataAsOf: string | null;
  /** its data is older than the federation's FEDERATION_STALE_SECONDS, or the region is not connected */
  stale: boolean;
  /** removed from the federation: its history still counts */
  removed: boolean;
  figures: DashboardFigures;
  /** rank by 综合得分 among the regions (the same minimum sample as units), null when not ranked */
  rank: number | null;
  standing: FederationStanding;
  note: string | null;
}

export interface FederationSummary {
  /** YYYY-MM-DD, China days, both included; by default the last full calendar month */
  from: string;
  to: string;
  settings: EvaluationSettings;
  /** over all regions: numerators and denominators summed */
  figures: DashboardFigures;
  regions: FederationRegionRow[];
}

export interface FederationUnitRow {
  unitId: string;
  name: string;
  code: string | null;
  figures: DashboardFigures;
  rank: number | null;
  standing: FederationStanding;
  note: string | null;
}

export interface FederationUnits {
  from: string;
  to: string;
  region: Omit<FederationRegionRow, 'figures' | 'rank' | 'standing' | 'note'>;
  units: FederationUnitRow[];
}

/** One month or one category over all regions: the regions' counts summed, the figures computed from the sums. */
export interface FederationGroupRow {
  /** YYYY-MM (China time) for a month; the category's code for a category (categories are matched across regions by code) */
  key: string;
  /** the category's name (from the first region that has it); the month itself for a month */
  label: string;
  labelEn?: string;
  figures: DashboardFigures;
}

/** A hotspot cluster (unit × category × month, counted from the region's rollups: no request text crosses). */
export interface FederationHotspot extends HotspotCluster {
  regionCode: string;
  regionName: string;
  /** the region's own instance: the requests (and its hotspot terms) are there */
  publicUrl: string;
}

/** `GET /api/federation/detail`: trends by month, categories, and the biggest hotspot clusters, over all regions. */
export interface FederationDetail {
  from: string;
  to: string;
  months: FederationGroupRow[];
  categories: FederationGroupRow[];
  hotspots: FederationHotspot[];
}
