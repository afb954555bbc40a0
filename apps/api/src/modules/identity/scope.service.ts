// The one scope check every module uses: outside the caller's subtree a resource does not exist (404).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@banshishi/workflow';
import { DataSource, SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { rolesOver, scopePaths, type AuthUser } from './auth-user';
import { OrgUnitEntity } from './org-unit.entity';

@Injectable()
export class ScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Restricts a query to rows whose unit path (`pathColumn`, e.g. 'unit.path') lies in a subtree where the user
   * holds one of `roles` (any role when omitted). A user with no such grant gets no rows.
   */
  restrict<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, pathColumn: string, user: AuthUser, roles?: readonly Role[]): SelectQueryBuilder<T> {
    const prefixes = scopePaths(user, roles).map((path) => `${path}%`);
    const param = `scope_${query.getParameters ? Object.keys(query.getParameters()).length : 0}`;
    return query.andWhere(`${pathColumn} LIKE ANY(:${param})`, { [param]: prefixes.length ? prefixes : ['\u0000'] });
  }

  /** The unit, if the user holds one of `roles` over it; otherwise 404, exactly as if it did not exist. */
  async unitInScope(user: AuthUser, unitId: string, roles?: readonly Role[]): Promise<OrgUnitEntity> {
    const unit = await this.dataSource.getRepository(OrgUnitEntity).findOneBy({ id: unitId });
    if (!unit || !this.covers(user, unit.path, roles)) throw new DomainError('NOT_FOUND', 'No such unit');
    return unit;
  }

  covers(user: AuthUser, unitPath: string, roles?: readonly Role[]): boolean {
    const held = rolesOver(user, unitPath);
    return roles ? held.some((role) => roles.includes(role)) : held.length > 0;
  }

  rolesOver(user: AuthUser, unitPath: string): Role[] {
    return rolesOver(user, unitPath);
  }
}
