import type { OrgUnitNode } from '@banshishi/contracts';

/** A unit anywhere in the tree, by id. */
export function findUnit(nodes: readonly OrgUnitNode[] | undefined, id: string): OrgUnitNode | undefined {
  for (const node of nodes ?? []) {
    if (node.id === id) return node;
    const found = findUnit(node.children, id);
    if (found) return found;
  }
  return undefined;
}
