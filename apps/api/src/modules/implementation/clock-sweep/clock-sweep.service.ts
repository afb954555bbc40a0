// The clock sweep (a pg-boss job, every minute and on demand): for each kind of clock event, the requests that
// reached it fire it once. Each firing is one transaction: lock the request, INSERT the clock_event … ON CONFLICT DO
// NOTHING, and only when the insert happened do the effects (timeline event, notifications), so several instances,
// overlapping sweeps and retries never fire an event twice.
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK_EVENT_KINDS, reachedClockPoints, type ClockEventKind, type ClockPoint, type EscalationLevel, type WorkingDayCalendar } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { CalendarService } from '../../calendar/calendar.service';
import { notificationText } from '../../notifications/notification-text';
import type { NotificationDraft } from '../../notifications/notifications.repository';
import { NotificationsService } from '../../notifications/notifications.service';
import { RequestTransitionsService } from '../../requests/request-transitions.service';
import { Clock } from '../../../platform/clock/clock';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { MetricsService } from '../../../platform/metrics/metrics.service';
import { ClockSweepRepository, type SweptRequest } from './clock-sweep.repository';
import { runTransaction } from '../../../common/database/run-transaction';

export const CLOCK_SWEEP_JOB = 'clock-sweep';
const BATCH = 200;

export interface SweepResult {
  /** events this sweep fired (another instance may have fired the rest) */
  fired: number;
  failed: number;
}

const NOTES: Record<EscalationLevel, string> = {
  overdue: '已超过办理时限',
  grace: '超时已过宽限期，提请上级工会督办',
};

@Injectable()
export class ClockSweepService implements OnModuleInit {
  private readonly logger = new Logger('ClockSweep');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ClockSweepRepository,
    private readonly calendar: CalendarService,
    private readonly transitions: RequestTransitionsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: CLOCK_SWEEP_JOB,
      cron: '* * * * *',
      everySeconds: this.config.clockSweepSeconds,
      retryLimit: 3,
      retryDelaySeconds: 10,
      handle: async () => {
        const result = await this.sweep();
        // Thrown so pg-boss retries; what did fire is recorded and will not fire again.
        if (result.failed > 0) throw new Error(`${result.failed} clock event(s) failed`);
      },
    });
  }

  /** One sweep, timed and counted in the metrics. */
  sweep(): Promise<SweepResult> {
    return this.metrics.timeSweep(() => this.sweepOnce());
  }

  private async sweepOnce(): Promise<SweepResult> {
    await this.clock.sync();
    const now = this.clock.now();
    const calendar = await this.calendar.workingDays();
    const result: SweepResult = { fired: 0, failed: 0 };
    for (const kind of CLOCK_EVENT_KINDS) {
      let after: string | null = null;
      for (;;) {
        const ids = await this.repository.candidates(kind, now, after, BATCH);
        for (const id of ids) {
          try {
            if (await this.fire(id, kind, calendar, now)) result.fired++;
          } catch (error) {
            result.failed++;
            this.logger.error(`${kind} on request ${id}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (ids.length < BATCH) break;
        after = ids[ids.length - 1];
      }
    }
    return result;
  }

  /** One event, in one transaction; false when it is not due after all, or someone else fired it. */
  private fire(id: string, kind: ClockEventKind, calendar: WorkingDayCalendar, now: Date): Promise<boolean> {
    return runTransaction(this.dataSource, async (manager) => {
      const request = await this.repository.lock(manager, id);
      if (!request) return false;
      const point = reachedClockPoints(request, calendar, now).find((reached) => reached.kind === kind);
      if (!point) return false;
      const keyDueAt = kind === 'answer_window_closed' ? point.dueAt : null;
      if (!(await this.repository.insertEvent(manager, id, kind, keyDueAt, now))) return false;
      await this.effects(manager, request, point, now);
      return true;
    });
  }

  private async effects(manager: EntityManager, request: SweptRequest, point: ClockPoint, now: Date): Promise<void> {
    const due = `（时限 ${formatChinaTime(point.dueAt)}）`;
    const drafts: NotificationDraft[] = [];
    const to = (kind: 'warning' | 'overdue' | 'escalation', recipients: string[]) => {
      for (const recipientId of recipients) drafts.push({ kind, recipientId, requestId: request.id, createdAt: now, ...notificationText(kind, request, due) });
    };
    switch (point.kind) {
      case 'response_warning':
      case 'resolution_warning':
        to('warning', await this.notifications.handlerOrCadres(manager, request));
        break;
      case 'response_overdue':
      case 'resolution_overdue':
        await this.transition(manager, request, 'escalate', { level: 'overdue', note: NOTES.overdue });
        to('overdue', await this.leaders(manager, request.handlingUnitId, false));
        break;
      case 'response_escalation':
      case 'resolution_escalation':
        await this.transition(manager, request, 'escalate', { level: 'grace', note: NOTES.grace });
        to('escalation', await this.leaders(manager, request.handlingUnitId, true));
        break;
      case 'answer_window_closed':
        await this.transition(manager, request, 'close_unrated', {});
        break;
    }
    await this.notifications.notify(manager, drafts);
  }

  private leaders(manager: EntityManager, unitId: string, parent: boolean): Promise<string[]> {
    return this.notifications.leadersOver(manager, unitId, parent);
  }

  /** A system action, carried out by the one executor in this firing's transaction. */
  private async transition(manager: EntityManager, request: SweptRequest, action: 'escalate' | 'close_unrated', input: Record<string, unknown>): Promise<void> {
    await this.transitions.carryOut({ requestId: request.id, action, input, by: { kind: 'system' } }, manager);
  }
}

function formatChinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
