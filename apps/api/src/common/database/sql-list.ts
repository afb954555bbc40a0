// A named status group (libs/workflow) written into SQL text, for predicates that are strings (the figure sets):
// `r.status IN ${sqlList(REQUEST_BACKLOG_STATUSES)}`. Queries with parameters pass the group as `= ANY($n)` instead.

/** `('a', 'b')`: each value a quoted SQL literal. Only for the code's own constants, never for user input. */
export function sqlList(values: readonly string[]): string {
  if (values.length === 0) throw new Error('sqlList needs at least one value');
  return `(${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;
}
