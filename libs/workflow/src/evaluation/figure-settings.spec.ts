import { DEFAULT_FIGURE_SETTINGS, validateFigureSettings, type FigureSettings } from './figure-settings';

const withWeights = (response: number, resolution: number, satisfaction: number): FigureSettings => ({
  ...DEFAULT_FIGURE_SETTINGS,
  weights: { response, resolution, satisfaction },
});

describe('validateFigureSettings', () => {
  it('accepts the defaults of DOMAIN.md', () => {
    expect(DEFAULT_FIGURE_SETTINGS).toEqual({ basicallySatisfiedWeight: 1, weights: { response: 0.3, resolution: 0.35, satisfaction: 0.35 }, minSample: 10 });
    expect(validateFigureSettings(DEFAULT_FIGURE_SETTINGS)).toEqual({ ok: true });
  });

  it('needs the tolerance: even the default weights do not add up to exactly 1 in floating point', () => {
    expect(0.3 + 0.35 + 0.35).not.toBe(1);
  });

  it.each([
    ['other weights summing to 1', withWeights(0.1, 0.7, 0.2)],
    ['a zero weight', withWeights(0, 0.5, 0.5)],
    ['w = 0', { ...DEFAULT_FIGURE_SETTINGS, basicallySatisfiedWeight: 0 }],
    ['w = 0.6', { ...DEFAULT_FIGURE_SETTINGS, basicallySatisfiedWeight: 0.6 }],
    ['minSample = 1', { ...DEFAULT_FIGURE_SETTINGS, minSample: 1 }],
  ])('accepts %s', (_why, settings) => {
    expect(validateFigureSettings(settings)).toEqual({ ok: true });
  });

  it.each([
    ['weights summing to 0.99', withWeights(0.3, 0.35, 0.34), [{ field: 'weights', message: 'must sum to 1 (they sum to 0.99)' }]],
    ['a negative weight', withWeights(-0.2, 0.6, 0.6), [{ field: 'weights.response', message: 'must be a non-negative number' }]],
    [
      'a NaN weight',
      withWeights(Number.NaN, 0.5, 0.5),
      [
        { field: 'weights.response', message: 'must be a non-negative number' },
        { field: 'weights', message: 'must sum to 1 (they sum to NaN)' },
      ],
    ],
    ['w above 1', { ...DEFAULT_FIGURE_SETTINGS, basicallySatisfiedWeight: 1.2 }, [{ field: 'basicallySatisfiedWeight', message: 'must be a number from 0 to 1' }]],
    ['w negative', { ...DEFAULT_FIGURE_SETTINGS, basicallySatisfiedWeight: -0.1 }, [{ field: 'basicallySatisfiedWeight', message: 'must be a number from 0 to 1' }]],
    ['minSample 0', { ...DEFAULT_FIGURE_SETTINGS, minSample: 0 }, [{ field: 'minSample', message: 'must be a whole number of at least 1' }]],
    ['minSample 2.5', { ...DEFAULT_FIGURE_SETTINGS, minSample: 2.5 }, [{ field: 'minSample', message: 'must be a whole number of at least 1' }]],
  ])('refuses %s', (_why, settings, problems) => {
    expect(validateFigureSettings(settings)).toEqual({ ok: false, problems });
  });

  it('lists every problem at once', () => {
    const result = validateFigureSettings({ basicallySatisfiedWeight: 2, weights: { response: 1, resolution: 1, satisfaction: 1 }, minSample: 0 });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['basicallySatisfiedWeight', 'weights', 'minSample']);
  });
});
