// 高频词 for a dashboard period: each request's terms are worked out once (per rule version) the first time a period
// needs them, and from then on counted as they are kept (hotspot_term_day/month, migration 1764302310000). Lazily, so
// requests from any path (online, taken in person, the demo seed, a bulk load) are covered without each writer having
// to run jieba: every new request waits on hotspot_terms_pending until a dashboard reads its period.
import { Injectable } from '@nestjs/common';
import type { HotspotTerm } from '@banshishi/contracts';
import { sharedJieba } from '../../platform/text/jieba';
import { DashboardRepository, type FigureFilter } from './dashboard.repository';
import { HOTSPOT_TERMS_VERSION, hotspotTerms } from './hotspot-terms';

/** Requests tagged per round trip (jieba tags about ten thousand requests a second). */
const BATCH = 1000;

@Injectable()
export class HotspotTermsService {
  constructor(private readonly repository: DashboardRepository) {}

  async top(filter: FigureFilter, limit: number): Promise<HotspotTerm[]> {
    await this.fill(filter);
    return this.repository.terms(filter, limit);
  }

  private async fill(filter: FigureFilter): Promise<void> {
    const jieba = sharedJieba();
    let tagged = 0;
    for (;;) {
      const rows = await this.repository.pendingHotspotTerms(filter, BATCH);
      await this.repository.saveHotspotTerms(
        rows.map((row) => ({ id: row.id, terms: hotspotTerms(`${row.title}\n${row.description}`, jieba) })),
        HOTSPOT_TERMS_VERSION,
      );
      tagged += rows.length;
      if (rows.length < BATCH) break;
    }
    if (tagged > 0) await this.repository.vacuumPendingHotspotTerms();
  }
}
