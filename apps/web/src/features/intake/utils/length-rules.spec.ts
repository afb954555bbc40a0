import type { TFunction } from 'i18next';
import { lengthProblem } from './length-rules';

// The key and its values, so the test reads which message was chosen.
const t = ((key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values ?? {})}`) as unknown as TFunction;
const LIMITS = { min: 4, max: 10 };

describe('lengthProblem: the plain form’s length rules, in the words antd’s lengthRules use', () => {
  it.each([
    ['', 'validation.required {"field":"标题"}'],
    ['   ', 'validation.required {"field":"标题"}'],
    ['abc', 'validation.min {"min":4}'],
    ['abcdefghijk', 'validation.max {"max":10}'],
  ])('%j breaks a rule', (value, message) => {
    expect(lengthProblem(t, '标题', value, LIMITS)).toBe(message);
  });

  it.each(['abcd', 'abcdefghij'])('%j is fine', (value) => {
    expect(lengthProblem(t, '标题', value, LIMITS)).toBeNull();
  });
});
