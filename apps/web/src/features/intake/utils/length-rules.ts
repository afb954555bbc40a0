import type { TFunction } from 'i18next';

/** A required text field's antd rules: not blank, and between the contract's min and max characters. */
export function lengthRules(t: TFunction, field: string, { min, max }: { min: number; max: number }) {
  return [
    { required: true, whitespace: true, message: t('validation.required', { field }) },
    { min, message: t('validation.min', { min }) },
    { max, message: t('validation.max', { max }) },
  ];
}
