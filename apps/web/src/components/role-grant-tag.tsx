import type { RoleName } from '@banshishi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<RoleName, string> = { worker: 'default', cadre: 'blue', leader: 'gold', admin: 'red' };

/** A role held on a unit: 「工会干部 · 城东街道工会」. */
export function RoleGrantTag({ role, unitName }: { role: RoleName; unitName?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[role]} style={{ marginBlock: 2 }}>
      {unitName ? t('role.onUnit', { role: t(`role.${role}`), unit: unitName }) : t(`role.${role}`)}
    </Tag>
  );
}
