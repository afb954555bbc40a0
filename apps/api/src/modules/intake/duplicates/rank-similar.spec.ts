import { rankSimilar, type SimilarCandidate } from './rank-similar';

function candidate(id: string, titleTerms: string[], bodyTerms: string[] = [], extra: Partial<SimilarCandidate> = {}): SimilarCandidate {
  return { id, categoryId: 'other', titleTerms, terms: [...titleTerms, ...bodyTerms], titleSimilarity: 0, ...extra };
}

describe('rankSimilar', () => {
  const canteen = candidate('canteen', ['食堂', '午饭', '排队', '打饭', '窗口'], ['半小时']);
  const dormitory = candidate('dormitory', ['宿舍', '热水'], ['食堂', '晚上']);
  const bus = candidate('bus', ['夜班', '班车'], ['下班', '食堂']);

  it('puts the candidate sharing the most weighty terms first', () => {
    const ranked = rankSimilar({ titleTerms: ['食堂', '打饭', '窗口'], terms: ['食堂', '打饭', '窗口', '排长队', '增加'] }, [dormitory, canteen, bus], { limit: 5 });
    expect(ranked[0].candidate.id).toBe('canteen');
    expect(ranked[0].sharedTerms).toEqual(expect.arrayContaining(['窗口', '打饭', '食堂']));
    expect(ranked[0].score).toBeGreaterThan(ranked[1]?.score ?? 0);
  });

  it('weighs rare terms above terms every candidate has', () => {
    // 食堂 is in all three candidates, 热水 only in one: the request about hot water must not rank the canteen first.
    const ranked = rankSimilar({ titleTerms: ['食堂', '热水'], terms: ['食堂', '热水'] }, [canteen, dormitory, bus], { limit: 5 });
    expect(ranked[0].candidate.id).toBe('dormitory');
    expect(ranked[0].sharedTerms[0]).toBe('热水');
  });

  it('counts a term in the title double', () => {
    const inTitle = candidate('in-title', ['加班费'], ['工资条']);
    const inBody = candidate('in-body', ['工资条'], ['加班费']);
    const ranked = rankSimilar({ titleTerms: ['加班费'], terms: ['加班费'] }, [inBody, inTitle], { limit: 5 });
    expect(ranked.map((r) => r.candidate.id)).toEqual(['in-title', 'in-body']);
  });

  it('adds title trigram similarity and a same-category bonus', () => {
    const a = candidate('a', ['高温', '补贴'], [], { categoryId: 'wages' });
    const b = candidate('b', ['高温', '补贴'], [], { categoryId: 'safety', titleSimilarity: 0.5 });
    const c = candidate('c', ['高温', '补贴'], [], { categoryId: 'wages', titleSimilarity: 0.5 });
    const ranked = rankSimilar({ titleTerms: ['高温', '补贴'], terms: ['高温', '补贴'], categoryId: 'wages' }, [a, b, c], { limit: 5 });
    expect(ranked.map((r) => r.candidate.id)).toEqual(['c', 'b', 'a']);
    expect(ranked[0].score).toBeCloseTo(0.6 + 0.15 + 0.1, 3);
  });

  it('leaves out candidates that share nothing, and keeps to the limit', () => {
    const ranked = rankSimilar({ titleTerms: ['安全帽'], terms: ['安全帽'] }, [canteen, dormitory, bus], { limit: 5 });
    expect(ranked).toEqual([]);
    const many = Array.from({ length: 20 }, (_, i) => candidate(`r${i}`, ['安全帽', `词${i}`]));
    expect(rankSimilar({ titleTerms: ['安全帽'], terms: ['安全帽'] }, many, { limit: 3 })).toHaveLength(3);
  });

  it('is stable: equal scores come back in id order', () => {
    const twins = [candidate('b', ['班车']), candidate('a', ['班车'])];
    expect(rankSimilar({ titleTerms: ['班车'], terms: ['班车'] }, twins, { limit: 5 }).map((r) => r.candidate.id)).toEqual(['a', 'b']);
  });

  it('scores an empty query as nothing', () => {
    expect(rankSimilar({ titleTerms: [], terms: [] }, [canteen], { limit: 5 })).toEqual([]);
  });
});
