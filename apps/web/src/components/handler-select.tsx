// Picks a cadre over a unit (GET /api/units/:id/handlers); with several units, only cadres over all of them.
import { Select } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unitHandlersQueryOptions } from '../lib/api/get-unit-handlers';

interface HandlerSelectProps {
  unitIds: readonly string[];
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  'aria-label'?: string;
}

export function HandlerSelect({ unitIds, value, onChange, id, ...rest }: HandlerSelectProps) {
  const { t } = useTranslation();
  const results = useQueries({ queries: [...new Set(unitIds)].map((unitId) => unitHandlersQueryOptions(unitId)) });
  const loading = results.some((result) => result.isPending);
  const lists = results.map((result) => result.data ?? []);
  const common = (lists[0] ?? []).filter((handler) => lists.every((list) => list.some((other) => other.id === handler.id)));
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={onChange}
      loading={loading}
      disabled={!unitIds.length}
      placeholder={unitIds.length ? t('triage.pickHandler') : t('triage.pickUnitFirst')}
      options={common.map((handler) => ({ value: handler.id, label: handler.displayName }))}
      notFoundContent={loading ? t('common.loading') : t('triage.noHandlers')}
      showSearch
      optionFilterProp="label"
      style={{ width: '100%' }}
    />
  );
}
