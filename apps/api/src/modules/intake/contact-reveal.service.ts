// The sealed contact of an anonymous requester, opened only for a cadre over the handling unit who says why.
// Every reveal is on the audit log, in the same transaction as the read.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { ContactCipher } from './contact-cipher';

@Injectable()
export class ContactRevealService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly cipher: ContactCipher,
    private readonly audit: AuditService,
  ) {}

  async reveal(user: AuthUser, requestId: string, reason: string): Promise<{ contact: string }> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: { contact_encrypted: Buffer | null; path: string }[] = await manager.query(
        `SELECT r.contact_encrypted, u.path FROM request r JOIN org_unit u ON u.id = r.handling_unit_id WHERE r.id = $1`,
        [requestId],
      );
      if (!row || !this.scope.covers(user, row.path)) throw new DomainError('NOT_FOUND', 'No such request');
      if (!this.scope.covers(user, row.path, ['cadre'])) throw new DomainError('FORBIDDEN', 'Only a cadre of the handling unit may open a sealed contact');
      if (!row.contact_encrypted) throw new DomainError('NOT_FOUND', 'This request left no contact');
      const contact = this.cipher.decrypt(row.contact_encrypted, requestId);
      await this.audit.record({ actorId: user.id, action: 'request.contact_reveal', entityType: 'request', entityId: requestId, after: { reason } }, manager);
      return { contact };
    });
  }
}
