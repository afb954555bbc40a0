import type { OrgUnitNode } from '@banshishi/contracts';

export type UnitRow = Omit<OrgUnitNode, 'children'> & { children?: UnitRow[] };

/** antd's tree table shows an expand button for any `children` array, so leaves must have none. */
export function unitRows(nodes: readonly OrgUnitNode[]): UnitRow[] {
  return nodes.map(({ children, ...unit }) => (children.length ? { ...unit, children: unitRows(children) } : unit));
}
