import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ClockSweepRepository } from './clock-sweep/clock-sweep.repository';
import { ClockSweepService } from './clock-sweep/clock-sweep.service';

/** 精准实施: the working-day clocks' events (warning, overdue, 督办, the answer window), swept by a pg-boss job. */
@Module({
  imports: [CalendarModule],
  providers: [ClockSweepService, ClockSweepRepository],
  exports: [ClockSweepService],
})
export class ImplementationModule {}
