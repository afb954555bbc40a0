import type { UnitKind } from '@banshishi/contracts';
import { childUnitKinds } from '@banshishi/workflow';

/** 区总工会 → 镇/街道工会 → 基层工会: the kinds a new unit under a parent of this kind may have, the usual one first. */
export function childKinds(parent: UnitKind): UnitKind[] {
  return childUnitKinds(parent);
}
