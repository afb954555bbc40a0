// The inbox filters: category, unit (scoped tree), 匿名/实名, overdue only, words.
import { Checkbox, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveCategories } from '../../../lib/api/get-active-categories';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import type { InboxFilters as Filters } from '../api/get-inbox';

export function InboxFilters({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const { t, i18n } = useTranslation();
  const categories = useActiveCategories();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const anonymous = filters.anonymous === undefined ? 'all' : filters.anonymous ? 'anonymous' : 'named';
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        aria-label={t('triage.filter.q')}
        placeholder={t('triage.filter.q')}
        allowClear
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
        style={{ flex: '1 1 220px', maxWidth: 320 }}
      />
      <Select
        aria-label={t('triage.filter.category')}
        placeholder={t('triage.filter.category')}
        allowClear
        value={filters.categoryId}
        loading={categories.isPending}
        options={(categories.data ?? []).map((category) => ({ value: category.id, label: i18n.language.startsWith('zh') ? category.nameZh : category.nameEn }))}
        onChange={(categoryId?: string) => onChange({ ...filters, categoryId })}
        style={{ flex: '1 1 160px', maxWidth: 200 }}
      />
      <UnitTreeSelect
        aria-label={t('triage.filter.unit')}
        placeholder={t('triage.filter.unit')}
        allowClear
        value={filters.unitId}
        onChange={(unitId) => onChange({ ...filters, unitId })}
        style={{ flex: '1 1 200px', maxWidth: 260 }}
      />
      <Select
        aria-label={t('triage.filter.anonymity')}
        value={anonymous}
        options={(['all', 'anonymous', 'named'] as const).map((value) => ({ value, label: t(`triage.filter.${value}`) }))}
        onChange={(value) => onChange({ ...filters, anonymous: value === 'all' ? undefined : value === 'anonymous' })}
        style={{ flex: '0 1 120px' }}
      />
      <Checkbox checked={!!filters.overdue} onChange={(event) => onChange({ ...filters, overdue: event.target.checked || undefined })} style={{ alignSelf: 'center' }}>
        {t('triage.filter.overdueOnly')}
      </Checkbox>
    </Flex>
  );
}
