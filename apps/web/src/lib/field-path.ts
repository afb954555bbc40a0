/** The server names a failing field `roles.0.unitId`; an antd form names it ['roles', 0, 'unitId']. */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
