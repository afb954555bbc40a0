import type { TFunction } from 'i18next';

type Limits = { min: number; max: number };

/** A required text field's antd rules: not blank, and between the contract's min and max characters. */
export function lengthRules(t: TFunction, field: string, { min, max }: Limits) {
  return [
    { required: true, whitespace: true, message: t('validation.required', { field }) },
    { min, message: t('validation.min', { min }) },
    { max, message: t('validation.max', { max }) },
  ];
}

/** The same rules for a plain form (the light worker pages): the first one `value` breaks, in the same words, or null. */
export function lengthProblem(t: TFunction, field: string, value: string, { min, max }: Limits): string | null {
  const text = value.trim();
  if (!text) return t('validation.required', { field });
  if (value.length < min) return t('validation.min', { min });
  if (value.length > max) return t('validation.max', { max });
  return null;
}
