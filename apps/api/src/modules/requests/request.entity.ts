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
}
