export type UnitKind = 'district' | 'town' | 'grassroots';

export interface OrgUnit {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  /** the union's own code for the unit (单位编码, or a 统一社会信用代码), by which a roster sheet may name it */
  code?: string | null;
  /** Only for cadres and admins of this unit (or above): the unguessable key of its QR entry page `/s/<entryToken>`. */
  entryToken?: string;
  version: number;
}

/** `GET /api/units`: the units in the caller's scope, as a tree. */
export interface OrgUnitNode extends OrgUnit {
  children: OrgUnitNode[];
}

export interface CreateUnitRequest {
  parentId: string;
  name: string;
  kind: UnitKind;
}

export interface UpdateUnitRequest {
  name: string;
  version: number;
}

/** `GET /api/entry/:entryToken` (no login): what a unit's QR entry page shows about the unit. */
export interface EntryUnit {
  unitName: string;
}

/** `GET /api/units/:id/handlers`: the active cadres whose grant covers the unit (who may be assigned its requests or own its projects). */
export interface UnitHandler {
  id: string;
  displayName: string;
}
