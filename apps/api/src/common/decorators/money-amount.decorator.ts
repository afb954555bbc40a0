// An amount in yuan for a numeric(p, 2) column: a plain decimal with at most two places, within its field limit.
// Checked on the number's own digits, so 5e-324 (a subnormal) or 1e-7 is refused rather than rounded to 0.00, and
// class-validator's maxDecimalPlaces (which fails on the exponent form) is never reached.
import { ValidateBy } from 'class-validator';

const PLAIN_AMOUNT = /^-?\d+(\.\d{1,2})?$/;

export function isMoneyAmount(value: unknown, limit: { readonly min: number; readonly max: number }): boolean {
  return typeof value === 'number' && Number.isFinite(value) && PLAIN_AMOUNT.test(String(value)) && value >= limit.min && value <= limit.max;
}

export function MoneyAmount(field: string, limit: { readonly min: number; readonly max: number }): PropertyDecorator {
  return ValidateBy({
    name: 'moneyAmount',
    validator: {
      validate: (value: unknown) => isMoneyAmount(value, limit),
      defaultMessage: () => `${field} must be an amount in yuan from ${limit.min} to ${limit.max} with at most two decimals`,
    },
  });
}
