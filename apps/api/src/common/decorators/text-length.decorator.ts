// A text field's length check from a libs/contracts field limit, with the message built from the same numbers.
import { Length, MaxLength } from 'class-validator';

/** `Length(min, max)` with the message "`field` must be min–max characters". */
export function TextLength(field: string, limit: { readonly min: number; readonly max: number }): PropertyDecorator {
  return Length(limit.min, limit.max, { message: `${field} must be ${limit.min}–${limit.max} characters` });
}

/** `MaxLength(max)` with the message "`field` must be at most max characters". */
export function TextMaxLength(field: string, limit: { readonly max: number }): PropertyDecorator {
  return MaxLength(limit.max, { message: `${field} must be at most ${limit.max} characters` });
}
