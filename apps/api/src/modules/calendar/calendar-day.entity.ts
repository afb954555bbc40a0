import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day that breaks the Monday–Friday rule: 法定节假日 (holiday) or 调休 make-up working day (workday). */
@Entity('calendar_day')
export class CalendarDayEntity {
  @PrimaryColumn('date') day!: string;
  @Column('text') kind!: 'holiday' | 'workday';
  @Column('text') name!: string;
}
