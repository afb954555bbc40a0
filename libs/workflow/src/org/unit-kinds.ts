// 区总工会 → 镇/街道工会 → 基层工会: which kind of unit may sit under which (the unit form and the roster import alike).

export const UNIT_KINDS = ['district', 'town', 'grassroots'] as const;
export type UnitKindName = (typeof UNIT_KINDS)[number];

/** The kinds a unit under a parent of this kind may have, the usual one first; none under a 基层工会. */
export function childUnitKinds(parent: UnitKindName): UnitKindName[] {
  if (parent === 'district') return ['town', 'grassroots'];
  if (parent === 'town') return ['grassroots'];
  return [];
}
