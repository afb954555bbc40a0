import { Injectable } from '@nestjs/common';
import type { OrgUnit, OrgUnitNode, UnitHandler } from '@banshishi/contracts';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from './auth-user';
import type { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';
import type { OrgUnitEntity } from './org-unit.entity';
import { ScopeService } from './scope.service';
import { UnitsRepository } from './units.repository';

/** A QR entry key: unguessable, URL-safe. */
export function newEntryToken(): string {
  return randomBytes(18).toString('base64url');
}

@Injectable()
export class UnitsService {
  constructor(
    private readonly repository: UnitsRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  /** The units in the caller's scope as a tree; entry tokens only where the caller is a cadre or admin over the unit. */
  async tree(user: AuthUser): Promise<OrgUnitNode[]> {
    const units = await this.repository.byIds(await this.scope.unitIds(user));
    const nodes = new Map<string, OrgUnitNode>(units.map((unit) => [unit.id, { ...this.view(user, unit), children: [] }]));
    const roots: OrgUnitNode[] = [];
    for (const unit of units) {
      const node = nodes.get(unit.id) as OrgUnitNode;
      const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  async create(user: AuthUser, input: CreateUnitDto): Promise<OrgUnit> {
    const parent = await this.scope.unitInScope(user, input.parentId, ['admin']);
    return this.repository.transaction(async (manager) => {
      const id = await this.repository.newId(manager);
      const unit = { id, parentId: parent.id, name: input.name, kind: input.kind, path: `${parent.path}${id}/`, entryToken: newEntryToken() };
      // A sibling of the same name: the unique violation is answered 409 naming `name` (common/errors/database-error.ts).
      await this.repository.insert(unit, manager);
      const saved = await this.repository.existing(id, manager);
      await this.audit.record({ actorId: user.id, action: 'unit.create', entityType: 'org_unit', entityId: id, after: this.auditView(saved) }, manager);
      return this.view(user, saved);
    });
  }

  async rename(user: AuthUser, id: string, input: UpdateUnitDto): Promise<OrgUnit> {
    await this.scope.unitInScope(user, id, ['admin']);
    return this.repository.transaction(async (manager) => {
      const before = await this.repository.existing(id, manager);
      await this.repository.rename(id, input.version, input.name, manager);
      const after = await this.repository.existing(id, manager);
      await this.audit.record(
        { actorId: user.id, action: 'unit.rename', entityType: 'org_unit', entityId: id, before: this.auditView(before), after: this.auditView(after) },
        manager,
      );
      return this.view(user, after);
    });
  }

  /** A new QR key; the old poster stops working at once. */
  async rotateEntryToken(user: AuthUser, id: string): Promise<OrgUnit> {
    await this.scope.unitInScope(user, id, ['cadre', 'admin']);
    return this.repository.transaction(async (manager) => {
      await this.repository.setEntryToken(id, newEntryToken(), manager);
      const after = await this.repository.existing(id, manager);
      await this.audit.record({ actorId: user.id, action: 'unit.rotate_entry_token', entityType: 'org_unit', entityId: id }, manager);
      return this.view(user, after);
    });
  }

  /** The active cadres over a unit (its own and its ancestors'), by name: who may handle its requests or own its projects. */
  async handlers(user: AuthUser, id: string): Promise<UnitHandler[]> {
    const unit = await this.scope.unitInScope(user, id, ['cadre', 'leader', 'admin']);
    return this.repository.cadresOver(unit.path);
  }

  private view(user: AuthUser, unit: OrgUnitEntity): OrgUnit {
    const view: OrgUnit = { id: unit.id, parentId: unit.parentId, name: unit.name, kind: unit.kind, code: unit.code, version: unit.version };
    if (this.scope.covers(user, unit.path, ['cadre', 'admin'])) view.entryToken = unit.entryToken;
    return view;
  }

  private auditView(unit: OrgUnitEntity) {
    return { name: unit.name, kind: unit.kind, parentId: unit.parentId };
  }
}
