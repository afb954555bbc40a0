// Duplicates: the terms a request is indexed by, and the open requests that may repeat one, ranked.
import { Injectable } from '@nestjs/common';
import type { SimilarRequest, StaffSimilarRequest } from '@banshishi/contracts';
import { REQUEST_STATUS_LABELS } from '@banshishi/workflow';
import { DomainError } from '../../../common/errors/domain-error';
import { scopePaths, type AuthUser } from '../../identity/auth-user';
import { ScopeService } from '../../identity/scope.service';
import { STAFF_ROLES } from '../../requests/request-views.service';
import { DuplicatesRepository, type CandidateRow } from './duplicates.repository';
import type { FindSimilarDto } from './dto/find-similar.dto';
import { chineseTerms } from './chinese-terms';
import { jiebaSegmenter, requestTerms } from './jieba-segmenter';
import { rankSimilar, type RankedSimilar, type SimilarCandidate, type SimilarQuery } from './rank-similar';

/** A worker typing sees a few; a cadre deciding on a merge sees more. */
export const WHILE_TYPING_LIMIT = 5;
export const FOR_STAFF_LIMIT = 10;

type ScoredCandidate = CandidateRow & SimilarCandidate;

@Injectable()
export class DuplicatesService {
  constructor(
    private readonly repository: DuplicatesRepository,
    private readonly scope: ScopeService,
  ) {}

  /**
   * A new request's search terms (request.search_terms), worked out before the submission's transaction and stored
   * with its row: segmenting is CPU time that would otherwise hold the rollup lock the row's insert takes.
   */
  searchTerms(title: string, description: string): string {
    return requestTerms(title, description).join(' ');
  }

  /**
   * While a worker types: open requests of the worker's town (the entry page's unit, or the worker's own unit).
   * Anonymous callers see this too, so it returns no requester, contact or description.
   */
  async whileTyping(user: AuthUser | undefined, input: FindSimilarDto): Promise<SimilarRequest[]> {
    const unitPath = await this.typingUnitPath(user, input.entryToken);
    const ranked = await this.rank(
      { title: input.title, description: input.description ?? '', categoryId: input.categoryId },
      { areaPath: await this.repository.areaPathOf(unitPath) },
      WHILE_TYPING_LIMIT,
    );
    return ranked.map(({ candidate, score }) => ({
      code: candidate.code,
      title: candidate.title,
      status: candidate.status,
      statusLabel: REQUEST_STATUS_LABELS[candidate.status].zh,
      submittedAt: candidate.submittedAt.toISOString(),
      score,
    }));
  }

  /** For a cadre or leader over the request: open requests of its town that they can see, without itself. */
  async similarTo(user: AuthUser, requestId: string): Promise<StaffSimilarRequest[]> {
    const request = await this.repository.requestToMatch(requestId);
    if (!request || !this.scope.covers(user, request.handlingUnitPath, STAFF_ROLES)) throw new DomainError('NOT_FOUND', 'No such request');
    const ranked = await this.rank(
      request,
      { areaPath: await this.repository.areaPathOf(request.handlingUnitPath), scopePaths: scopePaths(user, STAFF_ROLES), excludeId: request.id },
      FOR_STAFF_LIMIT,
    );
    return ranked.map(({ candidate, score, sharedTerms }) => ({
      id: candidate.id,
      code: candidate.code,
      title: candidate.title,
      status: candidate.status,
      score,
      sharedTerms,
    }));
  }

  private async rank(
    text: { title: string; description: string; categoryId?: string },
    where: { areaPath: string; scopePaths?: string[]; excludeId?: string },
    limit: number,
  ): Promise<RankedSimilar<ScoredCandidate>[]> {
    const segmenter = jiebaSegmenter();
    const query: SimilarQuery = {
      titleTerms: chineseTerms(text.title, segmenter),
      terms: requestTerms(text.title, text.description),
      categoryId: text.categoryId,
    };
    // Title terms go first, so they survive the cap on query terms.
    const rows = await this.repository.candidates({ ...where, terms: [...new Set([...query.titleTerms, ...query.terms])], title: text.title });
    const candidates: ScoredCandidate[] = rows.map((row) => {
      const titleTerms = chineseTerms(row.title, segmenter);
      return { ...row, titleTerms, terms: row.searchTerms ? row.searchTerms.split(' ') : titleTerms, titleSimilarity: Number(row.titleSimilarity) };
    });
    return rankSimilar(query, candidates, { limit });
  }

  private async typingUnitPath(user: AuthUser | undefined, entryToken: string | undefined): Promise<string> {
    if (entryToken !== undefined) {
      const path = await this.repository.unitPathByEntryToken(entryToken);
      if (!path) throw new DomainError('NOT_FOUND', 'This entry code is not valid: the unit may have printed a new QR poster');
      return path;
    }
    if (!user) throw new DomainError('UNAUTHENTICATED', "Please log in, or use your unit's QR entry page");
    const grant = user.grants.find((g) => g.role === 'worker');
    if (!grant) throw new DomainError('FORBIDDEN', 'Similar requests are shown to workers while they write one');
    return grant.unitPath;
  }
}
