// A unit picker over the caller's scoped unit tree.
import { TreeSelect } from 'antd';
import type { OrgUnitNode } from '@banshishi/contracts';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../lib/api/get-units';

interface UnitOption {
  value: string;
  title: string;
  children?: UnitOption[];
}

function unitOptions(units: readonly OrgUnitNode[], exclude?: string): UnitOption[] {
  return units
    .filter((unit) => unit.id !== exclude)
    .map((unit) => ({ value: unit.id, title: unit.name, children: unit.children.length ? unitOptions(unit.children, exclude) : undefined }));
}

interface UnitTreeSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** a unit not to offer (e.g. the current handling unit of a transfer) */
  exclude?: string;
  id?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

export function UnitTreeSelect({ value, onChange, placeholder, allowClear, exclude, id, style, ...rest }: UnitTreeSelectProps) {
  const { t } = useTranslation();
  const units = useUnits();
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={placeholder ?? t('triage.pickUnit')}
      allowClear={allowClear}
      loading={units.isPending}
      treeData={unitOptions(units.data ?? [], exclude)}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
