// Every SQL statement of the working-day calendar: its exceptions (法定节假日, 调休 make-up days) by year, all of them
// for the clocks, and an admin's change to one day.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarDay } from '@banshishi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { runTransaction } from '../../common/database/run-transaction';

const DAY_COLUMNS = `to_char(day, 'YYYY-MM-DD') AS day, kind, name`;

@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.dataSource, work);
  }

  year(year: number): Promise<CalendarDay[]> {
    return this.dataSource.query(`SELECT ${DAY_COLUMNS} FROM calendar_day WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1) ORDER BY day`, [year]);
  }

  /** Every exception, without names: what the clocks' calendar is built from. */
  all(): Promise<Pick<CalendarDay, 'day' | 'kind'>[]> {
    return this.dataSource.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`);
  }

  async day(day: string, manager: EntityManager = this.dataSource.manager): Promise<CalendarDay | null> {
    const [row] = await manager.query(`SELECT ${DAY_COLUMNS} FROM calendar_day WHERE day = $1`, [day]);
    return row ?? null;
  }

  async put(row: CalendarDay, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO calendar_day (day, kind, name) VALUES ($1, $2, $3) ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name`, [
      row.day,
      row.kind,
      row.name,
    ]);
  }

  async remove(day: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM calendar_day WHERE day = $1`, [day]);
  }
}
