// Every SQL statement about org units: the ids under a set of subtrees, the units themselves, an admin's new or renamed
// unit, the QR entry key, and the cadres over a unit.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UnitHandler } from '@banshishi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { updateVersioned } from '../../common/database/update-versioned';
import { OrgUnitEntity } from './org-unit.entity';
import { runTransaction } from '../../common/database/run-transaction';
import { IdentityChanges } from './identity-changes.service';

@Injectable()
export class UnitsRepository {
  /** Every unit's id and path, while IdentityChanges is live and nothing changed (units are few: hundreds). */
  private tree: Promise<{ id: string; path: string }[]> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: IdentityChanges,
  ) {
    changes.onChange(() => (this.tree = null));
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.dataSource, work);
  }

  /** The ids of the units whose path starts with one of `prefixes` (LIKE patterns), and, when given, lies under `within`. */
  async idsUnder(prefixes: string[], within: string | null): Promise<string[]> {
    if (!this.changes.live) {
      const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM org_unit WHERE path LIKE ANY($1) AND ($2::text IS NULL OR path LIKE $2 || '%')`, [
        prefixes,
        within,
      ]);
      return rows.map((row) => row.id);
    }
    // Paths are '/'-separated uuids: LIKE 'p%' is startsWith(p) for them.
    const starts = prefixes.map((prefix) => prefix.replace(/%$/, ''));
    return (await this.units()).filter((unit) => starts.some((start) => unit.path.startsWith(start)) && (within === null || unit.path.startsWith(within))).map((unit) => unit.id);
  }

  private units(): Promise<{ id: string; path: string }[]> {
    if (this.tree) return this.tree;
    const tree = this.dataSource.query<{ id: string; path: string }[]>(`SELECT id, path FROM org_unit`);
    this.tree = tree; // a change while it is read drops it again (the constructor's onChange)
    tree.catch(() => this.tree === tree && (this.tree = null)); // a failed read is not kept either
    return tree;
  }

  /** The units with these ids, root first (by path). */
  byIds(ids: string[]): Promise<OrgUnitEntity[]> {
    return this.dataSource.getRepository(OrgUnitEntity).createQueryBuilder('unit').orderBy('unit.path').andWhere('unit.id = ANY(:ids)', { ids }).getMany();
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrgUnitEntity | null> {
    return manager.findOneBy(OrgUnitEntity, { id });
  }

  /** For a row the caller knows exists (in its transaction); throws otherwise. */
  existing(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrgUnitEntity> {
    return manager.findOneByOrFail(OrgUnitEntity, { id });
  }

  /** A fresh id, so the new unit's path (which ends with it) is written in the same insert. */
  async newId(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const [row] = await manager.query(`SELECT gen_random_uuid() AS id`);
    return row.id as string;
  }

  /** Rejects with PostgreSQL's unique violation (23505) when the parent already has a unit of that name. */
  async insert(unit: Pick<OrgUnitEntity, 'id' | 'parentId' | 'name' | 'kind' | 'path' | 'entryToken'>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(OrgUnitEntity, manager.create(OrgUnitEntity, unit));
  }

  /** Compare-and-set on version (409 STALE_VERSION when someone renamed it first). */
  async rename(id: string, version: number, name: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await updateVersioned(manager, OrgUnitEntity, id, version, { name }, 'this unit');
  }

  async setEntryToken(id: string, entryToken: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(OrgUnitEntity, { id }, { entryToken });
  }

  /** The active accounts holding the cadre role over the unit (at it or an ancestor), by name. */
  cadresOver(unitPath: string): Promise<UnitHandler[]> {
    return this.dataSource.query(
      `SELECT DISTINCT a.id, a.display_name AS "displayName"
         FROM app_user a JOIN role_grant g ON g.user_id = a.id JOIN org_unit o ON o.id = g.unit_id
        WHERE NOT a.disabled AND g.role = 'cadre' AND $1 LIKE o.path || '%'
        ORDER BY a.display_name, a.id`,
      [unitPath],
    );
  }
}
