import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { hasAnyRole } from '../../features/identity/utils/has-any-role';
import { useUnits } from '../../lib/api/get-units';
import { EntryPoint } from '../../features/org-units/components/entry-point';
import { UnitTreeTable } from '../../features/org-units/components/unit-tree-table';

/** 组织单位: the units in my scope and, where I may see them, their QR entry points. */
export function UnitsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser().data;
  const units = useUnits();
  const canRotate = hasAnyRole(user, ['cadre', 'admin']);
  return (
    <>
      <PageHeader title={t('nav.units')}>{t('units.intro')}</PageHeader>
      <QueryState query={units} empty={t('units.empty')}>
        {(tree) => (
          <UnitTreeTable
            units={tree}
            extra={{
              title: t('units.entry'),
              render: (unit) =>
                unit.entryToken ? (
                  <EntryPoint unitId={unit.id} unitName={unit.name} entryToken={unit.entryToken} canRotate={canRotate} />
                ) : (
                  <Typography.Text type="secondary">{t('units.noEntry')}</Typography.Text>
                ),
            }}
          />
        )}
      </QueryState>
    </>
  );
}
