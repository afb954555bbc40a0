// The edge check of every request's parsed input (path, query and JSON body), before any guard, pipe or DTO sees it:
// every string, key or value, is text PostgreSQL and people can use (unusable-text.ts), and nothing nests deeper
// than INPUT_DEPTH_MAX. Iterative, so no input can exhaust the stack.
import type { FieldError } from '../errors/domain-error';
import { unusableText } from './unusable-text';

/**
 * How deep a body may nest: far more than any route reads (a role grant in a list in a body is three levels), far
 * less than what overflows the stack of the recursive validation that follows (class-transformer, class-validator).
 */
export const INPUT_DEPTH_MAX = 32;

/** One answer names at most this many problems: a body full of NULs still gets a readable answer. */
const ERRORS_MAX = 20;

interface Pending {
  value: unknown;
  /** the field path, `roles.0.unitId`; '' for the input itself */
  path: string;
  depth: number;
}

/** The problems of `input`, each naming its field by path; `whole` names the input itself when it is not an object. */
export function checkInput(input: unknown, whole = 'body'): FieldError[] {
  const errors: FieldError[] = [];
  const tooDeep = new Set<string>();
  const pending: Pending[] = [{ value: input, path: '', depth: 0 }];
  for (let next = pending.pop(); next && errors.length < ERRORS_MAX; next = pending.pop()) {
    const { value, path, depth } = next;
    const field = path || whole;
    if (typeof value === 'string') {
      const problem = unusableText(value);
      if (problem) errors.push({ field, message: `${field} ${problem}` });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= INPUT_DEPTH_MAX) {
      // named by its first segment: the field a person filled in (a path 32 levels long helps nobody)
      const top = path.split('.')[0] || whole;
      if (!tooDeep.has(top)) errors.push({ field: top, message: `${top} is nested too deeply (at most ${INPUT_DEPTH_MAX} levels)` });
      tooDeep.add(top);
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
    // pushed last to first, so the problems come out in the input's order
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const keyProblem = Array.isArray(value) ? null : unusableText(key);
      if (keyProblem) {
        errors.push({ field, message: `a field name in ${field} ${keyProblem}` });
        continue;
      }
      pending.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return errors.slice(0, ERRORS_MAX);
}
