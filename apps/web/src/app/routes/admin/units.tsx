import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useUnits } from '../../../lib/api/get-units';
import { UnitFormModal, type UnitFormTarget } from '../../../features/org-units/components/unit-form-modal';
import { UnitTreeTable } from '../../../features/org-units/components/unit-tree-table';
import { childKinds } from '../../../features/org-units/utils/child-kinds';
import { findUnit } from '../../../features/org-units/utils/find-unit';

/** 组织单位管理: add units under a parent and rename them. */
export function AdminUnitsRoute() {
  const { t } = useTranslation();
  const units = useUnits();
  // Only the id is kept, so the dialog always sees the latest version of the unit (after a reload too).
  const [editing, setEditing] = useState<{ mode: UnitFormTarget['mode']; id: string } | null>(null);
  const unit = editing && findUnit(units.data, editing.id);
  const target: UnitFormTarget | null = editing && unit ? (editing.mode === 'create' ? { mode: 'create', parent: unit } : { mode: 'rename', unit }) : null;

  return (
    <>
      <PageHeader title={t('nav.adminUnits')}>{t('units.adminIntro')}</PageHeader>
      <QueryState query={units} empty={t('units.empty')}>
        {(tree) => (
          <UnitTreeTable
            units={tree}
            extra={{
              title: t('common.actions'),
              render: (row) => (
                <Space wrap size={4}>
                  {childKinds(row.kind).length > 0 && (
                    <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create', id: row.id })}>
                      {t('units.addChild')}
                    </Button>
                  )}
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ mode: 'rename', id: row.id })}>
                    {t('units.rename')}
                  </Button>
                </Space>
              ),
            }}
          />
        )}
      </QueryState>
      {target && <UnitFormModal key={`${target.mode}:${editing?.id}`} target={target} onClose={() => setEditing(null)} />}
    </>
  );
}
