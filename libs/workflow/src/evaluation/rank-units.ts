// Orders units by 综合得分 for the league table. Units with too few answers are listed
// but not ranked (样本不足): a unit with three happy answers should not top the table.

import type { Figures } from './figures';

export type Standing = 'ranked' | 'insufficient_sample' | 'no_score';

export interface UnitFigures {
  readonly unitId: string;
  readonly figures: Pick<Figures, 'compositeScore' | 'sampleSufficient'>;
}

export interface RankedUnit {
  readonly unitId: string;
  /** 1-based, ties share a rank (1, 1, 3); null when not ranked */
  readonly rank: number | null;
  readonly score: number | null;
  readonly standing: Standing;
  /** 样本不足 / 无得分 for unranked units, for display */
  readonly note: string | null;
}

// Scores of equal inputs can differ in the last bits depending on the order of additions.
const TIE_TOLERANCE = 1e-9;

/** Ranked units first (best score first, ties by unitId for a stable order), then the unranked in input order. */
export function rankUnits(units: readonly UnitFigures[]): RankedUnit[] {
  const scored = units
    .filter((unit) => unit.figures.sampleSufficient && unit.figures.compositeScore.value !== null)
    .map((unit) => ({ unitId: unit.unitId, score: unit.figures.compositeScore.value as number }))
    .sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));

  const ranked: RankedUnit[] = [];
  scored.forEach((unit, index) => {
    const previous = ranked[index - 1];
    const tied = previous !== undefined && Math.abs((previous.score as number) - unit.score) <= TIE_TOLERANCE;
    ranked.push({
      unitId: unit.unitId,
      rank: tied ? previous.rank : index + 1,
      score: unit.score,
      standing: 'ranked',
      note: null,
    });
  });

  const unranked: RankedUnit[] = units
    .filter((unit) => !unit.figures.sampleSufficient || unit.figures.compositeScore.value === null)
    .map((unit) =>
      unit.figures.sampleSufficient
        ? { unitId: unit.unitId, rank: null, score: null, standing: 'no_score', note: '无得分' }
        : {
            unitId: unit.unitId,
            rank: null,
            score: unit.figures.compositeScore.value,
            standing: 'insufficient_sample',
            note: '样本不足',
          },
    );

  return [...ranked, ...unranked];
}
