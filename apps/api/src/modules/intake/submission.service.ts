// 意见收集: a worker's or an anonymous submission becomes a `submitted` request with its code, clock and first event.
import { Inject, Injectable } from '@nestjs/common';
import type { CreatedRequest } from '@banshishi/contracts';
import { REQUEST_STATUS_LABELS } from '@banshishi/workflow';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../common/errors/domain-error';
import { Clock } from '../../platform/clock/clock';
import { MetricsService } from '../../platform/metrics/metrics.service';
import { APP_SECRET } from '../../config/app-config';
import { CalendarService } from '../calendar/calendar.service';
import { rolesOver, type AuthUser } from '../identity/auth-user';
import { AttachmentsService, entryScope } from '../attachments/attachments.service';
import { ContactCipher } from './contact-cipher';
import type { CreateRequestDto } from './dto/create-request.dto';
import { DuplicatesService } from './duplicates/duplicates.service';
import { IdempotencyService, type StoredResponse } from './idempotency.service';
import { IntakeRepository, type UnitRef } from './intake.repository';
import { formatRequestCode } from './request-code';
import { hashTrackingSecret, newTrackingSecret } from './tracking-secret';

interface Submitter {
  unit: UnitRef;
  /** null for every anonymous request, even a logged-in worker's */
  requesterId: string | null;
  anonymous: boolean;
  /** whose Idempotency-Keys these are */
  idempotencyScope: string;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { errors: [{ field, message }] });
}

@Injectable()
export class SubmissionService {
  constructor(
    private readonly repository: IntakeRepository,
    private readonly idempotency: IdempotencyService,
    private readonly calendar: CalendarService,
    private readonly contactCipher: ContactCipher,
    private readonly attachments: AttachmentsService,
    private readonly duplicates: DuplicatesService,
    @Inject(APP_SECRET) private readonly appSecret: string,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  async submit(user: AuthUser | undefined, input: CreateRequestDto, idempotencyKey?: string): Promise<StoredResponse<CreatedRequest>> {
    const submitter = await this.submitter(user, input);
    const category = await this.repository.activeCategory(input.categoryId);
    if (!category) throw invalid('categoryId', 'categoryId must be an active category');
    const calendar = await this.calendar.workingDays();
    await this.clock.sync();

    let inserted = false; // counted once committed, and not for an Idempotency-Key replay
    const response = await this.idempotency.run(submitter.idempotencyScope, idempotencyKey, input, 201, async (manager) => {
      const submittedAt = this.clock.now();
      const clock = calendar.clockPoints(submittedAt, category.responseDays);
      const id = randomUUID();
      const code = formatRequestCode(submittedAt, await this.repository.nextCodeNumber(manager));
      const trackingSecret = submitter.anonymous ? newTrackingSecret() : undefined;
      await this.repository.insertSubmission(manager, {
        id,
        code,
        homeUnitId: submitter.unit.id,
        categoryId: category.id,
        requesterId: submitter.requesterId,
        anonymous: submitter.anonymous,
        title: input.title,
        description: input.description,
        submittedAt,
        responseDueAt: clock.dueAt,
        responseWarnAt: clock.warnAt,
        trackingSecretHash: trackingSecret ? hashTrackingSecret(trackingSecret, this.appSecret) : null,
        contactEncrypted: input.contact ? this.contactCipher.encrypt(input.contact, id) : null,
      });
      await this.duplicates.index(manager, id, input.title, input.description);
      await this.attachments.link(manager, input.attachmentIds, submitter.idempotencyScope, id);
      const created: CreatedRequest = {
        id,
        code,
        status: 'submitted',
        statusLabel: REQUEST_STATUS_LABELS.submitted.zh,
        anonymous: submitter.anonymous,
        submittedAt: submittedAt.toISOString(),
        responseDueAt: clock.dueAt.toISOString(),
      };
      if (trackingSecret) created.trackingSecret = trackingSecret;
      inserted = true;
      return created;
    });
    if (inserted) this.metrics.requestSubmitted(submitter.anonymous ? 'anonymous' : 'named');
    return response;
  }

  /** Where the request goes and who (if anyone) is on record as asking. */
  private async submitter(user: AuthUser | undefined, input: CreateRequestDto): Promise<Submitter> {
    const anonymous = input.anonymous === true;
    if (input.entryToken !== undefined) {
      if (input.unitId !== undefined) throw invalid('unitId', 'give either entryToken or unitId, not both');
      if (!user && !anonymous) throw invalid('anonymous', 'without a login a request can only be anonymous (anonymous: true)');
      const unit = await this.repository.unitByEntryToken(input.entryToken);
      if (!unit) throw new DomainError('NOT_FOUND', 'This entry code is not valid: the unit may have printed a new QR poster');
      const scope = user ? `user:${user.id}` : entryScope(input.entryToken);
      return { unit, requesterId: user && !anonymous ? user.id : null, anonymous, idempotencyScope: scope };
    }
    if (!user) throw new DomainError('UNAUTHENTICATED', "Please log in, or use your unit's QR entry page to submit anonymously");
    const unit = await this.workerUnit(user, input.unitId);
    return { unit, requesterId: anonymous ? null : user.id, anonymous, idempotencyScope: `user:${user.id}` };
  }

  private async workerUnit(user: AuthUser, unitId: string | undefined): Promise<UnitRef> {
    if (unitId !== undefined) {
      const unit = await this.repository.unitById(unitId);
      if (!unit || !rolesOver(user, unit.path).includes('worker')) throw new DomainError('NOT_FOUND', 'No such unit');
      return unit;
    }
    const grant = user.grants.find((g) => g.role === 'worker');
    if (!grant) throw new DomainError('FORBIDDEN', "Only workers submit requests here; anyone can use a unit's QR entry page");
    return { id: grant.unitId, path: grant.unitPath };
  }
}
