import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request's code (`BS-2026-000123`, ASCII, made by the application) compares byte by byte: `COLLATE "C"`. The
 * database's own collation (C.UTF-8, en_US.UTF-8, zh_CN.UTF-8 …) sorts through the C library's strcoll on every
 * comparison and without abbreviated keys, which made the code's unique index the slowest b-tree to build at ten
 * million requests (75 s of the load, longer than its GIN neighbours per byte), and each insert's uniqueness check pays
 * the same. Lookups are by equality, and ASCII codes sort the same bytewise (the year, then the number), so no page
 * changes. The column's index is rebuilt by the ALTER; the table is not rewritten (same type).
 */
export class RequestCodeBytewise1764302900000 implements MigrationInterface {
  name = 'RequestCodeBytewise1764302900000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE request ALTER COLUMN code TYPE text COLLATE "C"`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE request ALTER COLUMN code TYPE text COLLATE "default"`);
  }
}
