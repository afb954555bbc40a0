import { PROJECT_LIMITS } from '@banshishi/contracts';
import { isMoneyAmount } from './money-amount.decorator';

describe('isMoneyAmount', () => {
  it.each([0, 1, 0.5, 0.29, 12.3, 1234.56, PROJECT_LIMITS.budget.max])('accepts %p', (value) => {
    expect(isMoneyAmount(value, PROJECT_LIMITS.budget)).toBe(true);
  });

  it.each([
    ['a subnormal', 5e-324],
    ['the smallest normal double', 2.2250738585072014e-308],
    ['1e-7 (printed with an exponent)', 1e-7],
    ['three decimals', 0.001],
    ['a float artefact', 0.1 + 0.2],
    ['negative', -1],
    ['over the column', PROJECT_LIMITS.budget.max + 0.01],
    ['1e21', 1e21],
    ['Infinity', Infinity],
    ['NaN', NaN],
    ['text', '12.50'],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(isMoneyAmount(value, PROJECT_LIMITS.budget)).toBe(false);
  });
});
