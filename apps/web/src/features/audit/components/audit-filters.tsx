// The audit log's filters: the person (searched by name), one or more actions (in words), the kind of object, words of
// the object's name or code, and the days (China time). Changing one keeps the others.
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPES, AUDIT_ENTITY_TYPE_LABELS, type AuditAction, type AuditEntityType } from '@banshishi/workflow';
import { Button, DatePicker, Form, Input, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workflowLabel } from '../../../lib/workflow-label';
import { useAuditActors } from '../api/get-audit-actors';
import { isFiltered, type AuditFilter } from '../utils/audit-filter';

const FORMAT = 'YYYY-MM-DD';

export function AuditFilters({
  filter,
  onChange,
  actorLabel,
  entityLabel,
}: {
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
  /** the chosen person's name, when the page knows it (from an entry) */
  actorLabel?: string;
  /** the chosen object's name, when the filter is one object */
  entityLabel?: string;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const actors = useAuditActors(search);
  const people = (actors.data ?? []).map((person) => ({ value: person.id, label: t('audit.personOption', { name: person.displayName, username: person.username }) }));
  if (filter.actorId && !people.some((person) => person.value === filter.actorId)) people.unshift({ value: filter.actorId, label: actorLabel ?? filter.actorId });
  const [object, setObject] = useState(filter.object ?? '');

  return (
    <Form layout="inline" aria-label={t('audit.filters')} style={{ rowGap: 8, marginBottom: 16 }}>
      <Form.Item label={t('audit.actor')}>
        <Select
          aria-label={t('audit.actor')}
          showSearch
          allowClear
          filterOption={false}
          onSearch={setSearch}
          loading={actors.isFetching}
          placeholder={t('audit.anyone')}
          notFoundContent={t('audit.noPeople')}
          options={people}
          value={filter.actorId}
          onChange={(actorId: string | undefined) => onChange({ ...filter, actorId })}
          style={{ minWidth: 200 }}
        />
      </Form.Item>
      <Form.Item label={t('audit.action')}>
        <Select<AuditAction[]>
          aria-label={t('audit.action')}
          mode="multiple"
          allowClear
          optionFilterProp="label"
          placeholder={t('audit.anyAction')}
          options={AUDIT_ACTIONS.map((action) => ({ value: action, label: workflowLabel(AUDIT_ACTION_LABELS[action], i18n.language) }))}
          value={filter.actions}
          onChange={(actions) => onChange({ ...filter, actions })}
          style={{ minWidth: 220, maxWidth: 420 }}
        />
      </Form.Item>
      <Form.Item label={t('audit.entityType')}>
        <Select<AuditEntityType>
          aria-label={t('audit.entityType')}
          allowClear
          placeholder={t('audit.anyEntityType')}
          options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: workflowLabel(AUDIT_ENTITY_TYPE_LABELS[type], i18n.language) }))}
          value={filter.entityType}
          onChange={(entityType) => onChange({ ...filter, entityType, entityId: undefined })}
          style={{ minWidth: 140 }}
        />
      </Form.Item>
      <Form.Item label={t('audit.entity')}>
        {filter.entityId ? (
          <Tag closable onClose={() => onChange({ ...filter, entityId: undefined })} data-testid="audit-object-tag">
            {entityLabel ?? filter.entityId}
          </Tag>
        ) : (
          <Input.Search
            aria-label={t('audit.entity')}
            allowClear
            placeholder={t('audit.objectPlaceholder')}
            value={object}
            onChange={(event) => setObject(event.target.value)}
            onSearch={(words) => onChange({ ...filter, object: words.trim() || undefined })}
            style={{ width: 220 }}
          />
        )}
      </Form.Item>
      <Form.Item label={t('audit.dates')}>
        <DatePicker.RangePicker
          aria-label={t('audit.dates')}
          allowEmpty={[true, true]}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          onChange={(days) => onChange({ ...filter, from: days?.[0]?.format(FORMAT), to: days?.[1]?.format(FORMAT) })}
        />
      </Form.Item>
      {isFiltered(filter) && (
        <Form.Item>
          <Button
            onClick={() => {
              setObject('');
              onChange({ actions: [] });
            }}
          >
            {t('audit.clearFilters')}
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
