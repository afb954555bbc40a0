// 意见收集: a worker's, an anonymous or an in-person (代为登记) submission becomes a `submitted` request with its code, clock and first event.
import { Inject, Injectable } from '@nestjs/common';
import type { CreatedRequest } from '@banshishi/contracts';
import { REQUEST_STATUS_LABELS, type InPersonChannel } from '@banshishi/workflow';
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
import type { InPersonRequestDto } from './dto/in-person-request.dto';
import type { RequestFieldsDto } from './dto/request-fields.dto';
import { DuplicatesService } from './duplicates/duplicates.service';
import { IdempotencyService, type StoredResponse } from './idempotency.service';
import { IntakeRepository, type UnitRef } from './intake.repository';
import { formatRequestCode } from './request-code';
import { heardOnClockStart } from './in-person/heard-on';
import { hashRequesterPhone, normaliseMainlandMobile } from './in-person/requester-phone';
import { hashTrackingSecret, newTrackingSecret } from './tracking-secret';

interface Submitter {
  unit: UnitRef;
  /** null for every anonymous request, even a logged-in worker's */
  requesterId: string | null;
  anonymous: boolean;
  /** whose Idempotency-Keys these are */
  idempotencyScope: string;
  /** 代为登记: how and when a cadre heard it, and the requester's name and phone (hashed) when named */
  inPerson?: InPersonFacts;
}

interface InPersonFacts {
  channel: InPersonChannel;
  heardOn: string;
  takenById: string;
  requesterName: string | null;
  requesterPhone: string | null;
}

/** The sealed contact: a named in-person requester's mobile number first, then whatever else was given for a return visit. */
function sealedContactText(phone: string | null, contact: string | undefined): string | null {
  const parts = [phone ? `手机 ${phone}` : null, contact ?? null].filter((part): part is string => part !== null && part !== '');
  return parts.length ? parts.join('；') : null;
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

  /** A worker's (signed in) or an anonymous (QR entry page) submission. */
  async submit(user: AuthUser | undefined, input: CreateRequestDto, idempotencyKey?: string): Promise<StoredResponse<CreatedRequest>> {
    return this.record(await this.submitter(user, input), input, idempotencyKey);
  }

  /**
   * 代为登记: a request a cadre heard in person, recorded on the requester's behalf through the same path as any
   * submission. It always gets a tracking secret (the requester's slip); its clocks start when it was heard.
   */
  async submitInPerson(user: AuthUser, input: InPersonRequestDto, idempotencyKey?: string): Promise<StoredResponse<CreatedRequest>> {
    const unit = await this.repository.unitById(input.unitId);
    if (!unit || !rolesOver(user, unit.path).includes('cadre')) throw new DomainError('NOT_FOUND', 'No such unit');
    await this.clock.sync();
    const heard = heardOnClockStart(input.heardOn, this.clock.now());
    if (!heard.ok) throw invalid('heardOn', heard.message);
    let requesterName: string | null = null;
    let requesterPhone: string | null = null;
    if (input.anonymous) {
      if (input.requesterName !== undefined) throw invalid('requesterName', 'an anonymous request keeps no name: leave requesterName out');
      if (input.requesterPhone !== undefined)
        throw invalid('requesterPhone', 'an anonymous request keeps no phone: leave requesterPhone out (a return-visit contact goes in contact)');
    } else {
      if (input.requesterName === undefined) throw invalid('requesterName', 'requesterName is required for a named request (or set anonymous: true)');
      requesterName = input.requesterName;
      if (input.requesterPhone !== undefined) {
        requesterPhone = normaliseMainlandMobile(input.requesterPhone);
        if (requesterPhone === null) throw invalid('requesterPhone', 'requesterPhone must be a mainland mobile number (11 digits, 1[3-9]…); put a landline in contact');
      }
    }
    return this.record(
      {
        unit,
        requesterId: null,
        anonymous: input.anonymous,
        idempotencyScope: `user:${user.id}`,
        inPerson: { channel: input.channel, heardOn: input.heardOn, takenById: user.id, requesterName, requesterPhone },
      },
      input,
      idempotencyKey,
    );
  }

  /** The one way a request comes into being: its code, clock, row, first event, search terms and photos, in one transaction. */
  private async record(submitter: Submitter, input: RequestFieldsDto, idempotencyKey?: string): Promise<StoredResponse<CreatedRequest>> {
    const inPerson = submitter.inPerson;
    const category = await this.repository.activeCategory(input.categoryId);
    if (!category) throw invalid('categoryId', 'categoryId must be an active category');
    const calendar = await this.calendar.workingDays();
    await this.clock.sync();
    // CPU work before the transaction, so the locks its insert takes are held only for its statements
    const searchTerms = this.duplicates.searchTerms(input.title, input.description);
    const contact = sealedContactText(inPerson?.requesterPhone ?? null, input.contact);

    let inserted = false; // counted once committed, and not for an Idempotency-Key replay
    const response = await this.idempotency.run(submitter.idempotencyScope, idempotencyKey, input, 201, async (manager) => {
      const recordedAt = this.clock.now();
      const submittedAt = inPerson ? this.heardClockStart(inPerson.heardOn, recordedAt) : recordedAt;
      const clock = calendar.clockPoints(submittedAt, category.responseDays);
      const id = randomUUID();
      const code = formatRequestCode(submittedAt, await this.repository.nextCodeNumber(manager));
      const trackingSecret = submitter.anonymous || inPerson ? newTrackingSecret() : undefined;
      await this.repository.insertSubmission(manager, {
        id,
        code,
        homeUnitId: submitter.unit.id,
        categoryId: category.id,
        requesterId: submitter.requesterId,
        anonymous: submitter.anonymous,
        title: input.title,
        description: input.description,
        searchTerms,
        submittedAt,
        responseDueAt: clock.dueAt,
        responseWarnAt: clock.warnAt,
        trackingSecretHash: trackingSecret ? hashTrackingSecret(trackingSecret, this.appSecret) : null,
        contactEncrypted: contact ? this.contactCipher.encrypt(contact, id) : null,
        recordedAt,
        inPerson: inPerson
          ? {
              channel: inPerson.channel,
              heardOn: inPerson.heardOn,
              takenById: inPerson.takenById,
              requesterName: inPerson.requesterName,
              requesterPhoneHash: inPerson.requesterPhone ? hashRequesterPhone(inPerson.requesterPhone, this.appSecret) : null,
            }
          : null,
      });
      // Already someone's account: theirs now, as at their next sign-in.
      if (inPerson?.requesterPhone && !submitter.anonymous) await this.repository.linkToAccountWithPhone(manager, id, inPerson.requesterPhone);
      await this.attachments.link(manager, input.attachmentIds, submitter.idempotencyScope, id);
      const created: CreatedRequest = {
        id,
        code,
        status: 'submitted',
        statusLabel: REQUEST_STATUS_LABELS.submitted.zh,
        anonymous: submitter.anonymous,
        channel: inPerson?.channel ?? 'online',
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

  private heardClockStart(heardOn: string, now: Date): Date {
    const heard = heardOnClockStart(heardOn, now);
    if (!heard.ok) throw invalid('heardOn', heard.message); // checked before; only a recording across midnight gets here
    return heard.clockStart;
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
