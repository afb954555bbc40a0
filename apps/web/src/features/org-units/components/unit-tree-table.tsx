// The unit tree as an expandable table; the last column is supplied by the page (entry point, admin actions).
// On a phone there is room for one column only, so kind and the page's column stack under the name.
import type { OrgUnitNode } from '@banshishi/contracts';
import { Flex, Grid, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unitRows, type UnitRow } from '../utils/unit-rows';
import { UnitKindTag } from './unit-kind-tag';

export function UnitTreeTable({ units, extra }: { units: readonly OrgUnitNode[]; extra: { title: string; render: (unit: UnitRow) => ReactNode } }) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const columns: TableColumnsType<UnitRow> = narrow
    ? [
        {
          key: 'name',
          title: t('units.name'),
          render: (_, unit) => (
            <Flex vertical gap={6} align="flex-start">
              <span>
                {unit.name} <UnitKindTag kind={unit.kind} />
              </span>
              {extra.render(unit)}
            </Flex>
          ),
        },
      ]
    : [
        { key: 'name', title: t('units.name'), dataIndex: 'name' },
        { key: 'kind', title: t('units.kind'), dataIndex: 'kind', render: (kind: UnitRow['kind']) => <UnitKindTag kind={kind} />, width: 130 },
        { key: 'code', title: t('units.code'), dataIndex: 'code', render: (code?: string | null) => code || '—', width: 120 },
        { key: 'extra', title: extra.title, render: (_, unit) => extra.render(unit) },
      ];
  return (
    <Table<UnitRow>
      rowKey="id"
      columns={columns}
      dataSource={unitRows(units)}
      pagination={false}
      expandable={{ defaultExpandAllRows: true, indentSize: narrow ? 8 : 15 }}
      scroll={narrow ? undefined : { x: 'max-content' }}
      size={narrow ? 'small' : 'middle'}
    />
  );
}
