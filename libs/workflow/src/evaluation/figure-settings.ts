// Admin-tunable knobs of the 评估问效 figures, with the defaults DOMAIN.md states.

export interface CompositeWeights {
  readonly response: number;
  readonly resolution: number;
  readonly satisfaction: number;
}

export interface FigureSettings {
  /** w in 满意率 = (满意 + w·基本满意) ÷ answered */
  readonly basicallySatisfiedWeight: number;
  readonly weights: CompositeWeights;
  /** answered requests a unit needs before it is ranked */
  readonly minSample: number;
}

export const DEFAULT_FIGURE_SETTINGS: FigureSettings = {
  basicallySatisfiedWeight: 1,
  weights: { response: 0.3, resolution: 0.35, satisfaction: 0.35 },
  minSample: 10,
};

export interface SettingsProblem {
  readonly field: string;
  readonly message: string;
}

export type SettingsValidation = { readonly ok: true } | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

const WEIGHT_SUM_TOLERANCE = 1e-9;

/** Checks settings before they are saved, listing every problem at once for the form. */
export function validateFigureSettings(settings: FigureSettings): SettingsValidation {
  const problems: SettingsProblem[] = [];
  const w = settings.basicallySatisfiedWeight;
  if (!(Number.isFinite(w) && w >= 0 && w <= 1)) {
    problems.push({ field: 'basicallySatisfiedWeight', message: 'must be a number from 0 to 1' });
  }
  const weights = Object.entries(settings.weights) as [keyof CompositeWeights, number][];
  for (const [name, weight] of weights) {
    if (!(Number.isFinite(weight) && weight >= 0)) {
      problems.push({ field: `weights.${name}`, message: 'must be a non-negative number' });
    }
  }
  const sum = weights.reduce((total, [, weight]) => total + weight, 0);
  if (!(Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE)) {
    problems.push({ field: 'weights', message: `must sum to 1 (they sum to ${sum})` });
  }
  if (!(Number.isInteger(settings.minSample) && settings.minSample >= 1)) {
    problems.push({ field: 'minSample', message: 'must be a whole number of at least 1' });
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
