// Scores candidate duplicates of a request: weighted term overlap (title terms count double, rare terms more than
// common ones), the trigram similarity of the titles, and a bonus for the same category. Pure.

export interface SimilarQuery {
  titleTerms: readonly string[];
  /** every term of title and description */
  terms: readonly string[];
  categoryId?: string;
}

export interface SimilarCandidate {
  id: string;
  categoryId: string;
  titleTerms: readonly string[];
  terms: readonly string[];
  /** pg_trgm similarity of the candidate's title to the query's, 0–1 */
  titleSimilarity: number;
}

export interface RankedSimilar<T extends SimilarCandidate> {
  candidate: T;
  /** 0–1, three decimals */
  score: number;
  /** the shared terms that weigh most, heaviest first */
  sharedTerms: string[];
}

export interface RankOptions {
  limit: number;
  /** below this a candidate is noise, not a possible duplicate */
  minScore?: number;
}

export const SIMILARITY_WEIGHTS = { terms: 0.6, title: 0.3, category: 0.1 } as const;
export const DEFAULT_MIN_SCORE = 0.08;
const TITLE_FACTOR = 2;
const MAX_SHARED_TERMS = 8;

/** Inverse document frequency over the candidate set: a term in every candidate still counts a little. */
function idfOf(candidates: readonly SimilarCandidate[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const candidate of candidates) {
    for (const term of new Set(candidate.terms.concat(candidate.titleTerms))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = candidates.length;
  // A term no candidate has cannot tell candidates apart; weighed as the commonest, it does not drown the rest.
  return (term) => Math.log(1 + (n + 1) / ((df.get(term) ?? n) + 1));
}

function weights(titleTerms: readonly string[], terms: readonly string[], idf: (term: string) => number): Map<string, number> {
  const titles = new Set(titleTerms);
  const vector = new Map<string, number>();
  for (const term of new Set([...terms, ...titleTerms])) vector.set(term, idf(term) * (titles.has(term) ? TITLE_FACTOR : 1));
  return vector;
}

function norm(vector: Map<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

export function rankSimilar<T extends SimilarCandidate>(query: SimilarQuery, candidates: readonly T[], options: RankOptions): RankedSimilar<T>[] {
  const idf = idfOf(candidates);
  const q = weights(query.titleTerms, query.terms, idf);
  const qNorm = norm(q);
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;

  const ranked = candidates.map((candidate) => {
    const c = weights(candidate.titleTerms, candidate.terms, idf);
    const shared: [string, number][] = [];
    let dot = 0;
    for (const [term, weight] of q) {
      const other = c.get(term);
      if (other === undefined) continue;
      dot += weight * other;
      shared.push([term, weight * other]);
    }
    const cosine = qNorm > 0 && dot > 0 ? dot / (qNorm * norm(c)) : 0;
    const sameCategory = query.categoryId !== undefined && query.categoryId === candidate.categoryId;
    const raw =
      SIMILARITY_WEIGHTS.terms * cosine + SIMILARITY_WEIGHTS.title * Math.min(1, Math.max(0, candidate.titleSimilarity)) + (sameCategory ? SIMILARITY_WEIGHTS.category : 0);
    return {
      candidate,
      score: Math.round(raw * 1000) / 1000,
      sharedTerms: shared
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_SHARED_TERMS)
        .map(([term]) => term),
    };
  });

  return ranked
    .filter((entry) => entry.score >= minScore && (entry.sharedTerms.length > 0 || entry.candidate.titleSimilarity > 0))
    .sort((a, b) => b.score - a.score || b.candidate.titleSimilarity - a.candidate.titleSimilarity || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, options.limit);
}
