import type { RequestStatus } from '@banshishi/workflow';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A worker's request (诉求). Its status only ever changes through libs/workflow's transition table. */
@Entity('request')
export class RequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('uuid', { name: 'home_unit_id' }) homeUnitId!: string;
  @Column('uuid', { name: 'handling_unit_id' }) handlingUnitId!: string;
  @Column('uuid', { name: 'category_id' }) categoryId!: string;
  @Column('uuid', { name: 'requester_id', nullable: true }) requesterId!: string | null;
  @Column('boolean') anonymous!: boolean;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('text') status!: RequestStatus;
  @Column('int', { name: 'reopen_count' }) reopenCount!: number;
  @Column('uuid', { name: 'handler_id', nullable: true }) handlerId!: string | null;
  @VersionColumn() version!: number;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt!: Date | null;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { name: 'resolution_due_at', nullable: true }) resolutionDueAt!: Date | null;
  @Column('timestamptz', { name: 'resolution_warn_at', nullable: true }) resolutionWarnAt!: Date | null;
  @Column('timestamptz', { name: 'contacted_at', nullable: true }) contactedAt!: Date | null;
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId!: string | null;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt!: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  /** a pending 延期 request: how many working days were asked for, and when */
  @Column('int', { name: 'extension_days', nullable: true }) extensionDays!: number | null;
  @Column('timestamptz', { name: 'extension_requested_at', nullable: true }) extensionRequestedAt!: Date | null;
  /** working days added by approved extensions */
  @Column('int', { name: 'extended_days' }) extendedDays!: number;
}
