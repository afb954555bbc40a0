// 高频词 for a dashboard period: each request's terms are worked out once (per rule version) the first time a period
// needs them, then counted in SQL. Lazily, so requests from any path (online, taken in person, the demo seed, before
// this existed) are covered without each writer having to remember it.
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
    for (;;) {
      const rows = await this.repository.requestsWithoutHotspotTerms(filter, HOTSPOT_TERMS_VERSION, BATCH);
      await this.repository.saveHotspotTerms(
        rows.map((row) => ({ id: row.id, terms: hotspotTerms(`${row.title}\n${row.description}`, jieba) })),
        HOTSPOT_TERMS_VERSION,
      );
      if (rows.length < BATCH) return;
    }
  }
}
