import { Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@banshishi/workflow';

/** A role held at one unit, covering that unit's whole subtree. */
@Entity('role_grant')
export class RoleGrantEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId!: string;
  @PrimaryColumn('uuid', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('text') role!: Role;
}
