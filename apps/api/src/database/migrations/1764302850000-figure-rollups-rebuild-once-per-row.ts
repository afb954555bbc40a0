import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The end of the per-request subquery in 1764302200000's figure_rollups_rebuild(). */
const INNER_END = `WHERE r.status <> 'withdrawn' AND r.excluded_at IS NULL) c`;
const FENCED_END = `WHERE r.status <> 'withdrawn' AND r.excluded_at IS NULL OFFSET 0) c`;

/**
 * `figure_rollups_rebuild()` works out each request's response and resolution bands once. Its per-request subquery
 * was pulled up into the aggregate, so each of the 120 band counts (`count(*) FILTER (WHERE c.response_band = 7)`)
 * evaluated the band's width_bucket again: OFFSET 0 keeps the subquery whole, and the rebuild of the benchmark's
 * requests takes about half the time (the result is the same; `BENCH_VERIFY=1 npm run bench` holds it to the
 * triggers' arithmetic). The function's text is otherwise kept as 1764302200000 wrote it.
 */
export class FigureRollupsRebuildOncePerRow1764302850000 implements MigrationInterface {
  name = 'FigureRollupsRebuildOncePerRow1764302850000';

  async up(runner: QueryRunner): Promise<void> {
    await replaceInRebuild(runner, INNER_END, FENCED_END);
  }

  async down(runner: QueryRunner): Promise<void> {
    await replaceInRebuild(runner, FENCED_END, INNER_END);
  }
}

async function replaceInRebuild(runner: QueryRunner, from: string, to: string): Promise<void> {
  const [{ source }]: { source: string }[] = await runner.query(`SELECT prosrc AS source FROM pg_proc WHERE oid = 'figure_rollups_rebuild()'::regprocedure`);
  if (source.split(from).length !== 2) throw new Error(`figure_rollups_rebuild() is not as expected: "${from}" should occur once`);
  await runner.query(`CREATE OR REPLACE FUNCTION figure_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $rebuild$${source.replace(from, to)}$rebuild$`);
}
