import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A kind of request, with its own clocks (working days). */
@Entity('category')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text', { name: 'name_zh' }) nameZh!: string;
  @Column('text', { name: 'name_en' }) nameEn!: string;
  @Column('int', { name: 'response_days' }) responseDays!: number;
  @Column('int', { name: 'resolution_days' }) resolutionDays!: number;
  @Column('int', { name: 'grace_days' }) graceDays!: number;
  @Column('boolean') urgent!: boolean;
  @Column('boolean') active!: boolean;
  @Column('int', { name: 'sort_order' }) sortOrder!: number;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
