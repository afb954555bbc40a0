// Declares an action's input as named fields and parses unknown bodies against it.
// Only declared fields reach the event payload, so stray body keys (version, ids) never do.

import type { FieldKind, InputField } from './input-fields';

type Shape = Readonly<Record<string, InputField<unknown>>>;

type ValueOf<F> = F extends InputField<infer T> ? T : never;

type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends InputField<unknown, true> ? K : never }[keyof S];

type Simplify<T> = { [K in keyof T]: T[K] } & unknown;

export type InferInput<S extends Shape> = Simplify<
  { readonly [K in RequiredKeys<S>]: ValueOf<S[K]> } & {
    readonly [K in Exclude<keyof S, RequiredKeys<S>>]?: ValueOf<S[K]>;
  }
>;

export type InputResult<P> = { readonly ok: true; readonly value: P } | { readonly ok: false; readonly field: string; readonly message: string };

export interface FieldDescription {
  readonly name: string;
  readonly required: boolean;
  readonly kind: FieldKind;
  readonly options?: readonly string[];
}

export interface InputSchema<P> {
  /** what a form needs to render the action */
  readonly fields: readonly FieldDescription[];
  readonly parse: (input: unknown) => InputResult<P>;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function asRecord(input: unknown): Readonly<Record<string, unknown>> {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
}

export function inputSchema<const S extends Shape>(shape: S): InputSchema<InferInput<S>> {
  const entries = Object.entries(shape);
  const described: FieldDescription[] = entries.map(([name, field]) => ({
    name,
    required: field.required,
    kind: field.kind,
    ...(field.options ? { options: field.options } : {}),
  }));
  return {
    fields: described,
    parse: (input) => {
      const body = asRecord(input);
      const value: Record<string, unknown> = {};
      for (const [name, field] of entries) {
        const raw = Object.hasOwn(body, name) ? body[name] : undefined;
        if (isAbsent(raw)) {
          if (field.required) return { ok: false, field: name, message: `${name} is required` };
          continue;
        }
        const checked = field.check(raw);
        if (!checked.ok) return { ok: false, field: name, message: `${name} ${checked.message}` };
        value[name] = checked.value;
      }
      // The loop above enforced every field of S, which TS cannot follow through Object.entries.
      return { ok: true, value: value as InferInput<S> };
    },
  };
}
