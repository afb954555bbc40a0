import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 评估问效 for 实事项目: how many people the completed project actually reached (its report says so). */
export class ProjectOutcome1764301300000 implements MigrationInterface {
  name = 'ProjectOutcome1764301300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project ADD COLUMN beneficiaries_reached integer CHECK (beneficiaries_reached >= 0)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project DROP COLUMN beneficiaries_reached`);
  }
}
