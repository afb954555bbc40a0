import type { UnitKind } from '@banshishi/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<UnitKind, string> = { district: 'red', town: 'orange', grassroots: 'green' };

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[kind]}>{t(`unitKind.${kind}`)}</Tag>;
}
