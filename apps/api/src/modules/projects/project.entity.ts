import type { ProjectStatus } from '@banshishi/workflow';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A 实事项目. Its status only ever changes through libs/workflow's project transition table. */
@Entity('project')
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') title!: string;
  @Column('text') goal!: string;
  @Column('text') plan!: string;
  @Column('uuid', { name: 'owner_unit_id' }) ownerUnitId!: string;
  @Column('uuid', { name: 'owner_user_id' }) ownerUserId!: string;
  @Column('numeric', { precision: 12, scale: 2, nullable: true }) budget!: string | null;
  @Column('date') deadline!: string;
  @Column('int', { name: 'expected_beneficiaries' }) expectedBeneficiaries!: number;
  @Column('text') status!: ProjectStatus;
  @VersionColumn() version!: number;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt!: Date | null;
  @Column('timestamptz', { name: 'started_at', nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('text', { nullable: true }) report!: string | null;
  @Column('int', { name: 'beneficiaries_reached', nullable: true }) beneficiariesReached!: number | null;
  @Column('numeric', { precision: 5, scale: 2, nullable: true }) score!: string | null;
  @Column('text', { name: 'evaluation_comment', nullable: true }) evaluationComment!: string | null;
}
