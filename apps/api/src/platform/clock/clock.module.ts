import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock, SystemClock } from './clock';
import { DatabaseClock } from './database-clock';

/** Provides the Clock: system time, or the shared database clock when CLOCK=database. */
@Global()
@Module({
  providers: [
    {
      provide: Clock,
      inject: [APP_CONFIG, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource): Promise<Clock> => {
        if (config.clock === 'system') return new SystemClock();
        const clock = new DatabaseClock(dataSource);
        await clock.sync().catch(() => undefined); // before migrations the table may not exist yet
        return clock;
      },
    },
  ],
  exports: [Clock],
})
export class ClockModule {}
