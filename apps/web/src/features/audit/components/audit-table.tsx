// The audit log in words: when (China time), who by name, the action as the interface language says it, and the
// object by its kind and name or code. A person or an object clicks through to their own history.
import type { AuditEntry } from '@banshishi/contracts';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPE_LABELS, isAuditAction, isAuditEntityType } from '@banshishi/workflow';
import { Button, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditChange } from './audit-change';
import { useFormat } from '../../../lib/use-format';
import { workflowLabel } from '../../../lib/workflow-label';

// Long ids are shortened on screen (the copy button copies the whole id); other keys are shown as they are.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The object's name in the interface language (a category has an English one); the short id when it has none. */
export function auditObjectName(entry: AuditEntry, language: string): string | null {
  const name = language.startsWith('zh') ? entry.entityName : (entry.entityNameEn ?? entry.entityName);
  if (name) return name;
  if (!entry.entityId) return null;
  return UUID.test(entry.entityId) ? entry.entityId.slice(0, 8) : entry.entityId;
}

export function AuditTable({
  entries,
  loading,
  filtered = false,
  onPerson,
  onObject,
}: {
  entries: AuditEntry[];
  loading: boolean;
  /** some filter is set: an empty table says that nothing matches */
  filtered?: boolean;
  /** show only this person's entries */
  onPerson?: (entry: AuditEntry) => void;
  /** show only this object's entries */
  onObject?: (entry: AuditEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.at'), dataIndex: 'at', render: (at: string) => format.dateTimeSeconds(at), width: 170 },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, entry) =>
        entry.actorId ? (
          <Tooltip title={entry.actorUsername ? t('audit.personHistory', { username: entry.actorUsername }) : undefined}>
            <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onPerson?.(entry)} data-testid="audit-actor">
              {entry.actorName ?? entry.actorId.slice(0, 8)}
            </Button>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{entry.action.startsWith('auth.') ? t('audit.unknownPerson') : t('audit.system')}</Typography.Text>
        ),
    },
    {
      key: 'action',
      title: t('audit.action'),
      dataIndex: 'action',
      render: (action: string) => (
        <Tooltip title={action}>
          <span data-testid="audit-action">{isAuditAction(action) ? workflowLabel(AUDIT_ACTION_LABELS[action], i18n.language) : action}</span>
        </Tooltip>
      ),
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, entry) => {
        const kind = isAuditEntityType(entry.entityType) ? workflowLabel(AUDIT_ENTITY_TYPE_LABELS[entry.entityType], i18n.language) : entry.entityType;
        const name = auditObjectName(entry, i18n.language);
        return (
          <span data-testid="audit-entity">
            <Typography.Text type="secondary">{kind}</Typography.Text>
            {name &&
              (entry.entityId ? (
                <Button type="link" size="small" onClick={() => onObject?.(entry)} title={t('audit.objectHistory')}>
                  {name}
                </Button>
              ) : (
                <Typography.Text> {name}</Typography.Text>
              ))}
          </span>
        );
      },
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey="id"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      size="middle"
      expandable={{
        expandedRowRender: (entry) => <AuditChange before={entry.before} after={entry.after} />,
        rowExpandable: (entry) => entry.before != null || entry.after != null,
      }}
      locale={{ emptyText: filtered ? t('audit.emptyFiltered') : t('audit.empty') }}
    />
  );
}
