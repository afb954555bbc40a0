// A whole number bound for an integer column: within its field limit and never beyond PostgreSQL's int4, with one
// message built from the same numbers.
import { applyDecorators } from '@nestjs/common';
import { INT4 } from '@banshishi/contracts';
import { IsInt, Max, Min } from 'class-validator';

export function IntColumn(field: string, limit: { readonly min: number; readonly max: number } = INT4, message?: string): PropertyDecorator {
  const min = Math.max(limit.min, INT4.min);
  const max = Math.min(limit.max, INT4.max);
  const text = message ?? `${field} must be a whole number from ${min} to ${max}`;
  return applyDecorators(IsInt({ message: text }), Min(min, { message: text }), Max(max, { message: text }));
}
