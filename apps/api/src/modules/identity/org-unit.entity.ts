import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { UnitKind } from '@banshishi/contracts';

/** 区总工会 → 镇/街道工会 → 基层工会. `path` holds the ids from the root down, so a subtree is a prefix match. */
@Entity('org_unit')
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') name!: string;
  @Column('text') kind!: UnitKind;
  @Column('text') path!: string;
  /** the union's own code for the unit, by which a roster sheet may name it (unique when set) */
  @Column('text', { nullable: true }) code!: string | null;
  @Column('text', { name: 'entry_token' }) entryToken!: string;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
