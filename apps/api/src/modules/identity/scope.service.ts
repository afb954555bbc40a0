// The one scope check every module uses: outside the caller's subtree a resource does not exist (404).
import { Injectable } from '@nestjs/common';
import type { Role } from '@banshishi/workflow';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { rolesOver, scopePaths, type AuthUser } from './auth-user';
import type { OrgUnitEntity } from './org-unit.entity';
import { UnitsRepository } from './units.repository';

@Injectable()
export class ScopeService {
  constructor(private readonly units: UnitsRepository) {}

  /**
   * The ids of the units in the caller's scope: those in a subtree where the user holds one of `roles` (any role when
   * omitted), and, when `within` is given, also under that path. Units are few (hundreds), so this is one small query,
   * and filtering big tables by unit id lets PostgreSQL use their (unit, …) indexes with good estimates.
   */
  async unitIds(user: AuthUser, roles?: readonly Role[], within?: string): Promise<string[]> {
    const prefixes = scopePaths(user, roles).map((path) => `${path}%`);
    if (prefixes.length === 0) return [];
    return this.units.idsUnder(prefixes, within ?? null);
  }

  /** Restricts a query to rows whose unit (`unitIdColumn`, e.g. 'r.handling_unit_id') is in the caller's scope. */
  async restrict<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    unitIdColumn: string,
    user: AuthUser,
    roles?: readonly Role[],
    within?: string,
  ): Promise<SelectQueryBuilder<T>> {
    const ids = await this.unitIds(user, roles, within);
    return query.andWhere(`${unitIdColumn} = ANY(:scopeUnitIds)`, { scopeUnitIds: ids });
  }

  /** The unit, if the user holds one of `roles` over it; otherwise 404, exactly as if it did not exist. */
  async unitInScope(user: AuthUser, unitId: string, roles?: readonly Role[]): Promise<OrgUnitEntity> {
    const unit = await this.units.byId(unitId);
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
