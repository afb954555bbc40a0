// Picks a 实事项目 a request may still join (one of PROJECT_LINKABLE_STATUSES: not yet done, refused or cancelled).
import { PROJECT_STATUS_LABELS } from '@banshishi/workflow';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { workflowLabel } from '../../../lib/workflow-label';
import { useLinkableProjects } from '../api/get-linkable-projects';

export function ProjectPicker({ value, onChange, id }: { value?: string; onChange?: (value: string) => void; id?: string }) {
  const { t, i18n } = useTranslation();
  const projects = useLinkableProjects();
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={projects.isPending}
      showSearch
      optionFilterProp="label"
      placeholder={t('triage.pickProject')}
      notFoundContent={t('triage.noProjects')}
      options={(projects.data ?? []).map((project) => ({
        value: project.id,
        label: `${project.code} ${project.title} · ${workflowLabel(PROJECT_STATUS_LABELS[project.status], i18n.language)}`,
      }))}
      style={{ width: '100%' }}
    />
  );
}
