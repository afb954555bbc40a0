// A project's buttons: exactly its availableActions (edit opens the project form), each other one a small form
// built from the project workflow's input fields.
import type { ProjectDetail } from '@banshishi/contracts';
import { PROJECT_ACTION_LABELS, projectWorkflow, type FieldDescription, type ProjectAction } from '@banshishi/workflow';
import { App, Button, Flex, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFormModal } from '../../../components/action-form-modal';
import { workflowLabel } from '../../../lib/workflow-label';
import { useProjectAction } from '../api/project-action';

const PRIMARY: readonly ProjectAction[] = ['submit', 'approve', 'start', 'complete', 'evaluate'];
const DANGER: readonly ProjectAction[] = ['reject', 'cancel'];
/** Milestone actions have their own buttons on the milestones card. */
const ELSEWHERE: readonly ProjectAction[] = ['plan_milestone', 'complete_milestone', 'waive_milestone'];

interface ProjectActionsProps {
  project: ProjectDetail;
  reload: () => Promise<unknown>;
  onEdit: () => void;
}

export function ProjectActions({ project, reload, onEdit }: ProjectActionsProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const act = useProjectAction();
  const [open, setOpen] = useState<ProjectAction | null>(null);
  const label = (action: ProjectAction) => workflowLabel(PROJECT_ACTION_LABELS[action], i18n.language, action);
  const renderInput = (field: FieldDescription) => (field.name === 'score' ? <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} /> : undefined);

  const actions = project.availableActions.filter((action) => !ELSEWHERE.includes(action));
  if (!actions.length) return null;
  return (
    <>
      <Flex gap={8} wrap role="group" aria-label={t('triage.detail.actions')}>
        {actions.map((action) => (
          <Button
            key={action}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
            onClick={() => (action === 'edit' ? onEdit() : setOpen(action))}
          >
            {label(action)}
          </Button>
        ))}
      </Flex>
      {open && (
        <ActionFormModal
          key={open}
          action={`project_${open}`}
          title={label(open)}
          fields={projectWorkflow.actions[open].input.fields}
          renderInput={renderInput}
          submit={(input) => act.mutateAsync({ id: project.id, action: open, version: project.version, input })}
          reload={reload}
          onDone={() => {
            void message.success(t('triage.detail.done', { action: label(open) }));
            setOpen(null);
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
