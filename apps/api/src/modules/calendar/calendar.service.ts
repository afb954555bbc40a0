import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '@banshishi/contracts';
import { WorkingDayCalendar, parseIsoDay } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { CalendarRepository } from './calendar.repository';
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
    private readonly repository: CalendarRepository,
    private readonly audit: AuditService,
  ) {}

  list(year: number): Promise<CalendarDay[]> {
    return this.repository.year(year);
  }

  /** The working-day calendar the clocks run on, built from every exception in the table. */
  async workingDays(): Promise<WorkingDayCalendar> {
    const rows = await this.repository.all();
    return new WorkingDayCalendar({
      holidays: rows.filter((row) => row.kind === 'holiday').map((row) => row.day),
      workdays: rows.filter((row) => row.kind === 'workday').map((row) => row.day),
    });
  }

  async put(user: AuthUser, day: string, input: PutCalendarDayDto): Promise<CalendarDay> {
    checkDay(day);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (input.kind === 'workday' && weekday !== 0 && weekday !== 6) {
      throw new DomainError('VALIDATION_FAILED', 'a make-up working day (调休) must fall on a Saturday or Sunday', {
        errors: [{ field: 'kind', message: 'a make-up working day must fall on a weekend' }],
      });
    }
    return this.repository.transaction(async (manager) => {
      const before = await this.repository.day(day, manager);
      const after: CalendarDay = { day, kind: input.kind, name: input.name.trim() };
      await this.repository.put(after, manager);
      await this.audit.record({ actorId: user.id, action: 'calendar.put', entityType: 'calendar_day', entityId: day, before, after }, manager);
      return after;
    });
  }

  async remove(user: AuthUser, day: string): Promise<void> {
    checkDay(day);
    await this.repository.transaction(async (manager) => {
      const before = await this.repository.day(day, manager);
      if (!before) throw new DomainError('NOT_FOUND', `No calendar exception on ${day}`);
      await this.repository.remove(day, manager);
      await this.audit.record({ actorId: user.id, action: 'calendar.delete', entityType: 'calendar_day', entityId: day, before }, manager);
    });
  }
}
