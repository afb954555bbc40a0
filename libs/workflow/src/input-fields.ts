// Field checkers for action inputs. Bodies arrive from HTTP as unknown; each checker
// both validates and normalises (trims text, canonicalises dates) so events store clean data.

import { parseIsoDay } from './calendar/china-day';

export type FieldKind = 'text' | 'choice' | 'flag' | 'number' | 'date';

export type FieldCheck<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface InputField<T, TRequired extends boolean = boolean> {
  readonly required: TRequired;
  readonly kind: FieldKind;
  /** the allowed values of a choice, for forms and messages */
  readonly options?: readonly string[];
  /** called only for a present value; absent means undefined, null or blank text */
  readonly check: (value: unknown) => FieldCheck<T>;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function text(): InputField<string, true> {
  return {
    required: true,
    kind: 'text',
    check: (value) => (typeof value === 'string' ? { ok: true, value: value.trim() } : { ok: false, message: 'must be text' }),
  };
}

function oneOf<const T extends string>(options: readonly T[]): InputField<T, true> {
  return {
    required: true,
    kind: 'choice',
    options,
    check: (value) => ((options as readonly unknown[]).includes(value) ? { ok: true, value: value as T } : { ok: false, message: `must be one of: ${options.join(', ')}` }),
  };
}

function flag(): InputField<boolean, true> {
  return {
    required: true,
    kind: 'flag',
    check: (value) => (typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: 'must be true or false' }),
  };
}

function numberBetween(min: number, max: number): InputField<number, true> {
  return {
    required: true,
    kind: 'number',
    check: (value) =>
      typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? { ok: true, value } : { ok: false, message: `must be a number from ${min} to ${max}` },
  };
}

function wholeNumberBetween(min: number, max: number): InputField<number, true> {
  return {
    required: true,
    kind: 'number',
    check: (value) =>
      typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
        ? { ok: true, value }
        : { ok: false, message: `must be a whole number from ${min} to ${max}` },
  };
}

/**
 * A day (YYYY-MM-DD, kept as written: a China calendar day) or an instant with an explicit
 * offset (stored as UTC ISO). Offset-less times are refused because the server's zone would
 * silently decide what they mean.
 */
function date(): InputField<string, true> {
  const refusal = { ok: false, message: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time with offset' } as const;
  return {
    required: true,
    kind: 'date',
    check: (value) => {
      if (value instanceof Date) {
        return Number.isNaN(value.getTime()) ? refusal : { ok: true, value: value.toISOString() };
      }
      if (typeof value !== 'string') return refusal;
      const trimmed = value.trim();
      if (parseIsoDay(trimmed) !== null) return { ok: true, value: trimmed };
      const match = ISO_DATE_TIME.exec(trimmed);
      if (!match || parseIsoDay(match[1] as string) === null) return refusal;
      const instant = new Date(trimmed);
      return Number.isNaN(instant.getTime()) ? refusal : { ok: true, value: instant.toISOString() };
    },
  };
}

function optional<T>(field: InputField<T, true>): InputField<T, false> {
  return { ...field, required: false };
}

export const fields = { text, oneOf, flag, numberBetween, wholeNumberBetween, date, optional };
