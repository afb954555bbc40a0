// CLOCK=database (tests only, refused in production): system time plus an offset kept in app_setting, so several
// API processes on one database share one fake time and a test moves it for all of them with one UPDATE.
import type { DataSource } from 'typeorm';
import { Clock } from './clock';

export const CLOCK_OFFSET_SETTING = 'clock.offset_ms';

export class DatabaseClock extends Clock {
  private offsetMs = 0;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  override async sync(): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT value FROM app_setting WHERE key = $1`, [CLOCK_OFFSET_SETTING]);
    this.offsetMs = typeof row?.value === 'number' ? row.value : 0;
  }
}
