// The sealed contact of an anonymous requester, opened only for a cadre over the handling unit who says why.
// Every reveal is on the audit log, in the same transaction as the read.
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { ContactCipher } from './contact-cipher';
import { IntakeRepository } from './intake.repository';

@Injectable()
export class ContactRevealService {
  constructor(
    private readonly repository: IntakeRepository,
    private readonly scope: ScopeService,
    private readonly cipher: ContactCipher,
    private readonly audit: AuditService,
  ) {}

  async reveal(user: AuthUser, requestId: string, reason: string): Promise<{ contact: string }> {
    return this.repository.transaction(async (manager) => {
      const row = await this.repository.sealedContact(manager, requestId);
      if (!row || !this.scope.covers(user, row.handlingUnitPath)) throw new DomainError('NOT_FOUND', 'No such request');
      if (!this.scope.covers(user, row.handlingUnitPath, ['cadre'])) throw new DomainError('FORBIDDEN', 'Only a cadre of the handling unit may open a sealed contact');
      if (!row.contactEncrypted) throw new DomainError('NOT_FOUND', 'This request left no contact');
      const contact = this.cipher.decrypt(row.contactEncrypted, requestId);
      await this.audit.record({ actorId: user.id, action: 'request.contact_reveal', entityType: 'request', entityId: requestId, after: { reason } }, manager);
      return { contact };
    });
  }
}
