import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of a project's timeline, written in the same transaction as the change it records. */
@Entity('project_event')
export class ProjectEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'project_id' }) projectId!: string;
  @Column('text') action!: string;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus!: string | null;
  @Column('text', { name: 'to_status' }) toStatus!: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column('boolean') public!: boolean;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
}
