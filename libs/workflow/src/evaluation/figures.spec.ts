import { DEFAULT_FIGURE_SETTINGS, type FigureSettings } from './figure-settings';
import type { DurationSample } from './duration-sample';
import { EMPTY_FIGURE_COUNTS, computeFigures, type FigureCounts } from './figures';

const none: FigureCounts = EMPTY_FIGURE_COUNTS;

/** An exact sample, each value once. */
const sample = (hours: number[]): DurationSample => ({ exact: hours.map((value) => ({ hours: value, count: 1 })) });

// 镇工会 A in March: 20 requests due a response, 18 answered in time; 16 due resolution, 12 on
// time; 15 resolved or closed, 12 answered (9 已解决, 2 部分解决; 8 满意, 2 基本满意, 2 不满意).
const townA: FigureCounts = {
  respondedOnTime: 18,
  responseDue: 20,
  resolvedOnTime: 12,
  resolutionDue: 16,
  answered: 12,
  answeredResolved: 9,
  answeredPartly: 2,
  answeredSatisfied: 8,
  answeredBasicallySatisfied: 2,
  resolvedOrClosed: 15,
  overdue: 3,
  overdueBase: 20,
  reopened: 1,
  reopenBase: 15,
  backlog: 4,
  responseHours: sample([5, 1, 3]),
  resolveHours: sample([10, 40, 20, 30]),
};

describe('computeFigures, scenario by scenario', () => {
  it('works out 镇工会 A with the default settings', () => {
    const f = computeFigures(townA);
    expect(f.responseRate).toEqual({ value: 0.9, numerator: 18, denominator: 20 });
    expect(f.onTimeResolutionRate).toEqual({ value: 0.75, numerator: 12, denominator: 16 });
    expect(f.resolutionRate).toEqual({ value: 0.75, numerator: 9, denominator: 12 });
    expect(f.partlyRate).toEqual({ value: 2 / 12, numerator: 2, denominator: 12 });
    // (8 + 1·2) ÷ 12
    expect(f.satisfactionRate).toEqual({ value: 10 / 12, numerator: 10, denominator: 12 });
    expect(f.satisfiedOnlyRate).toEqual({ value: 8 / 12, numerator: 8, denominator: 12 });
    expect(f.participationRate).toEqual({ value: 0.8, numerator: 12, denominator: 15 });
    expect(f.overdueRate).toEqual({ value: 0.15, numerator: 3, denominator: 20 });
    expect(f.reopenRate).toEqual({ value: 1 / 15, numerator: 1, denominator: 15 });
    expect(f.medianResponseHours).toEqual({ value: 3, sampleSize: 3, estimated: false });
    expect(f.medianResolveHours).toEqual({ value: 25, sampleSize: 4, estimated: false });
    expect(f.backlog).toBe(4);
    // 0.30·0.9 + 0.35·0.75 + 0.35·(10/12) = 0.27 + 0.2625 + 0.291666… = 0.824166…
    expect(f.compositeScore.value).toBeCloseTo(0.8241666667, 9);
    expect(f.sampleSufficient).toBe(true);
  });

  it('counts 基本满意 at the configured weight', () => {
    const settings: FigureSettings = { ...DEFAULT_FIGURE_SETTINGS, basicallySatisfiedWeight: 0.5 };
    const f = computeFigures(townA, settings);
    // (8 + 0.5·2) ÷ 12 = 0.75; composite 0.27 + 0.2625 + 0.2625 = 0.795
    expect(f.satisfactionRate).toEqual({ value: 0.75, numerator: 9, denominator: 12 });
    expect(f.satisfiedOnlyRate.value).toBeCloseTo(8 / 12, 12);
    expect(f.compositeScore.value).toBeCloseTo(0.795, 12);
  });

  it('uses the configured composite weights', () => {
    const settings: FigureSettings = { ...DEFAULT_FIGURE_SETTINGS, weights: { response: 0.5, resolution: 0.5, satisfaction: 0 } };
    // 0.5·0.9 + 0.5·0.75 = 0.825
    expect(computeFigures(townA, settings).compositeScore.value).toBeCloseTo(0.825, 12);
  });

  it('gives null, not zero, where nothing was due', () => {
    const f = computeFigures(none);
    for (const figure of [f.responseRate, f.onTimeResolutionRate, f.resolutionRate, f.satisfactionRate, f.participationRate, f.overdueRate, f.reopenRate]) {
      expect(figure).toEqual({ value: null, numerator: 0, denominator: 0 });
    }
    expect(f.medianResponseHours).toEqual({ value: null, sampleSize: 0, estimated: false });
    expect(f.compositeScore.value).toBeNull();
    expect(f.sampleSufficient).toBe(false);
  });

  it('has no composite score when only the response part is missing', () => {
    const f = computeFigures({ ...townA, respondedOnTime: 0, responseDue: 0 });
    expect(f.resolutionRate.value).toBe(0.75);
    expect(f.compositeScore.value).toBeNull();
  });

  it('scores a perfect unit 1 and a failing one 0', () => {
    const perfect = { ...none, respondedOnTime: 10, responseDue: 10, answered: 10, answeredResolved: 10, answeredSatisfied: 10 };
    expect(computeFigures(perfect).compositeScore.value).toBeCloseTo(1, 12);
    const failing = { ...none, responseDue: 10, answered: 10 };
    expect(computeFigures(failing).compositeScore.value).toBe(0);
  });

  it.each([
    [9, false],
    [10, true],
  ])('with %i answers the sample is sufficient: %p', (answered, sufficient) => {
    expect(computeFigures({ ...townA, answered }).sampleSufficient).toBe(sufficient);
  });

  it('honours a custom minimum sample', () => {
    expect(computeFigures({ ...townA, answered: 3 }, { ...DEFAULT_FIGURE_SETTINGS, minSample: 3 }).sampleSufficient).toBe(true);
  });

  it('takes the two medians from their samples', () => {
    const f = computeFigures({ ...none, responseHours: sample([7, 2, 9]), resolveHours: sample([4]) });
    expect(f.medianResponseHours).toEqual({ value: 7, sampleSize: 3, estimated: false });
    expect(f.medianResolveHours).toEqual({ value: 4, sampleSize: 1, estimated: false });
  });

  it('refuses invalid settings', () => {
    expect(() => computeFigures(townA, { ...DEFAULT_FIGURE_SETTINGS, minSample: 0 })).toThrow(/minSample/);
  });
});
