import { rankUnits, type UnitFigures } from './rank-units';

const unit = (unitId: string, score: number | null, sampleSufficient = true): UnitFigures => ({
  unitId,
  figures: { compositeScore: { value: score }, sampleSufficient },
});

describe('rankUnits', () => {
  it('ranks by score, shares ranks on ties and leaves thin samples unranked as 样本不足', () => {
    const result = rankUnits([unit('A', 0.82), unit('C', 0.95, false), unit('B', 0.9), unit('D', null), unit('E', 0.82), unit('F', 0.7)]);
    expect(result).toEqual([
      { unitId: 'B', rank: 1, score: 0.9, standing: 'ranked', note: null },
      { unitId: 'A', rank: 2, score: 0.82, standing: 'ranked', note: null },
      { unitId: 'E', rank: 2, score: 0.82, standing: 'ranked', note: null },
      { unitId: 'F', rank: 4, score: 0.7, standing: 'ranked', note: null },
      { unitId: 'C', rank: null, score: 0.95, standing: 'insufficient_sample', note: '样本不足' },
      { unitId: 'D', rank: null, score: null, standing: 'no_score', note: '无得分' },
    ]);
  });

  it('treats scores equal up to float error as a tie', () => {
    const a = 0.1 + 0.2;
    const b = 0.3;
    expect(a).not.toBe(b);
    const ranks = rankUnits([unit('X', a), unit('Y', b)]).map((r) => r.rank);
    expect(ranks).toEqual([1, 1]);
  });

  it('keeps a unit with too few answers unranked even when it has no score', () => {
    expect(rankUnits([unit('G', null, false)])).toEqual([{ unitId: 'G', rank: null, score: null, standing: 'insufficient_sample', note: '样本不足' }]);
  });

  it('ranks nobody in an empty list', () => {
    expect(rankUnits([])).toEqual([]);
  });
});
