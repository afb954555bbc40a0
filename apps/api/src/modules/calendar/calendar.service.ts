import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CalendarDay } from '@banshishi/contracts';
import { WorkingDayCalendar, parseIsoDay } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import type { PutCalendarDayDto } from './dto/calendar-day.dto';

function checkDay(day: string): void {
  if (parseIsoDay(day) === null) {
    const message = 'day must be a real date as YYYY-MM-DD';
    throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'day', message }] });
  }
}

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(year: number): Promise<CalendarDay[]> {
    return this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM calendar_day WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1) ORDER BY day`,
      [year],
    );
  }

  /** The working-day calendar the clocks run on, built from every exception in the table. */
  async workingDays(): Promise<WorkingDayCalendar> {
    const rows: CalendarDay[] = await this.dataSource.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`);
    return new WorkingDayCalendar({
      holidays: rows.filter((row) => row.kind === 'holiday').map((row) => row.day),
      workdays: rows.filter((row) => row.kind === 'workday').map((row) => row.day),
    });
  }

  async put(user: AuthUser, day: string, input: PutCalendarDayDto): Promise<CalendarDay> {
    checkDay(day);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (input.kind === 'workday' && weekday !== 0 && weekday !== 6) {
      throw new DomainError('VALIDATION_FAILED', 'a make-up working day (调休) must fall on a Saturday or Sunday', { errors: [{ field: 'kind', message: 'a make-up working day must fall on a weekend' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM calendar_day WHERE day = $1`, [day]);
      await manager.query(
        `INSERT INTO calendar_day (day, kind, name) VALUES ($1, $2, $3) ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name`,
        [day, input.kind, input.name.trim()],
      );
      const after: CalendarDay = { day, kind: input.kind, name: input.name.trim() };
      await this.audit.record({ actorId: user.id, action: 'calendar.put', entityType: 'calendar_day', entityId: day, before: before ?? null, after }, manager);
      return after;
    });
  }

  async remove(user: AuthUser, day: string): Promise<void> {
    checkDay(day);
    await this.dataSource.transaction(async (manager) => {
      const [before] = await manager.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM calendar_day WHERE day = $1`, [day]);
      if (!before) throw new DomainError('NOT_FOUND', `No calendar exception on ${day}`);
      await manager.query(`DELETE FROM calendar_day WHERE day = $1`, [day]);
      await this.audit.record({ actorId: user.id, action: 'calendar.delete', entityType: 'calendar_day', entityId: day, before }, manager);
    });
  }
}
