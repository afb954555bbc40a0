import { PROJECT_STATUS_LABELS, type ProjectStatus } from '@banshishi/workflow';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { workflowLabel } from '../../../lib/workflow-label';

/** Waiting is gold, under way blue, done green, stopped grey or red. */
const COLOR: Record<ProjectStatus, string> = {
  draft: 'default',
  pending_approval: 'gold',
  approved: 'blue',
  rejected: 'red',
  implementing: 'processing',
  completed: 'green',
  evaluated: 'cyan',
  cancelled: 'default',
};

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { i18n } = useTranslation();
  return (
    <Tag color={COLOR[status]} style={{ marginInlineEnd: 0 }}>
      {workflowLabel(PROJECT_STATUS_LABELS[status], i18n.language, status)}
    </Tag>
  );
}
