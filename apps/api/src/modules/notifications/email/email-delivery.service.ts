// E-mail for notifications: one pg-boss job per notification whose recipient has an address, queued in the
// notification's own transaction and run after it commits, so a slow SMTP server never holds a transaction.
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { publicUrl } from '../../../config/public-url';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { NotificationsRepository } from '../notifications.repository';
import { SmtpMailer } from './mailer';
import { notificationEmailLink } from './notification-email-link';

export const SEND_EMAIL_JOB = 'send-email';

@Injectable()
export class EmailDeliveryService implements OnModuleInit, OnModuleDestroy {
  private readonly mailer: SmtpMailer | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly repository: NotificationsRepository,
  ) {
    this.mailer = config.smtp ? new SmtpMailer(config.smtp.url, config.smtp.from) : null;
  }

  onModuleInit(): void {
    if (!this.mailer) return;
    this.jobs.define<{ notificationId: string }>({
      name: SEND_EMAIL_JOB,
      retryLimit: 5,
      retryDelaySeconds: 30,
      handle: ({ notificationId }) => this.deliver(notificationId),
    });
  }

  onModuleDestroy(): void {
    this.mailer?.close();
  }

  /** Queues the e-mails in the caller's transaction; without SMTP (or jobs) nothing is queued. */
  async queue(manager: EntityManager, notificationIds: string[]): Promise<void> {
    if (!this.mailer) return;
    for (const notificationId of notificationIds) await this.jobs.sendInTransaction(manager, SEND_EMAIL_JOB, { notificationId });
  }

  /** Sends once: a retry after a successful send (but failed bookkeeping) finds email_sent_at and stops. */
  async deliver(notificationId: string): Promise<void> {
    const mail = await this.repository.forEmail(notificationId);
    if (!this.mailer || !mail?.email || mail.emailSentAt) return;
    const link = notificationEmailLink(publicUrl(this.config), mail);
    await this.mailer.send({ to: mail.email, subject: `【办实事】${mail.titleZh}`, text: link ? `${mail.bodyZh}\n\n查看详情：${link}` : mail.bodyZh });
    await this.repository.markEmailSent(notificationId);
  }
}
