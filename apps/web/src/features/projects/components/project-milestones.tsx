// 精准实施 on a project: its progress, the milestones (due, done with evidence and photos, waived with the reason,
// overdue marks) and the 添加节点 / 完成节点 / 免除节点 forms when the project's availableActions allow them.
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProjectDetail, ProjectMilestone } from '@banshishi/contracts';
import { PROJECT_ACTION_LABELS, PROJECT_IMPLEMENTING_STATUSES, inStatusGroup, projectWorkflow } from '@banshishi/workflow';
import { Alert, App, Button, Card, Empty, Flex, Form, List, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFormModal } from '../../../components/action-form-modal';
import { workflowLabel } from '../../../lib/workflow-label';
import { NotePhotos } from '../../../components/note-photos';
import { AttachmentUpload, isUploading, uploadedIds, type AttachmentFile } from '../../../components/attachment-upload';
import { useCompleteMilestone, usePlanMilestone, useWaiveMilestone } from '../api/milestones';
import { useFormat } from '../../../lib/use-format';

type Open = { kind: 'plan' } | { kind: 'complete' | 'waive'; milestone: ProjectMilestone };

/** Neither done nor waived: still to do, and what holds the project's completion up. */
const isOpen = (milestone: ProjectMilestone): boolean => !milestone.doneAt && !milestone.waivedAt;

function MilestoneState({ milestone }: { milestone: ProjectMilestone }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (milestone.doneAt)
    return (
      <Tag color="green" icon={<CheckCircleFilled />} data-state="done">
        {t('implementation.milestone.doneOn', { date: format.date(milestone.doneAt) })}
      </Tag>
    );
  if (milestone.waivedAt)
    return (
      <Tag color="orange" icon={<MinusCircleOutlined />} data-state="waived">
        {t('implementation.milestone.waivedOn', { date: format.date(milestone.waivedAt) })}
      </Tag>
    );
  if (milestone.overdue)
    return (
      <Tag color="red" icon={<ExclamationCircleOutlined />} data-state="overdue">
        {t('implementation.milestone.overdue')}
      </Tag>
    );
  return (
    <Tag icon={<ClockCircleOutlined />} data-state="open">
      {t('implementation.milestone.open')}
    </Tag>
  );
}

export function ProjectMilestones({ project, reload }: { project: ProjectDetail; reload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const plan = usePlanMilestone();
  const complete = useCompleteMilestone();
  const waive = useWaiveMilestone();
  const [open, setOpen] = useState<Open | null>(null);
  const canPlan = project.availableActions.includes('plan_milestone');
  const canComplete = project.availableActions.includes('complete_milestone');
  const canWaive = project.availableActions.includes('waive_milestone');
  const stillOpen = project.milestones.filter(isOpen).length;
  const label = (action: 'plan_milestone' | 'complete_milestone' | 'waive_milestone') => workflowLabel(PROJECT_ACTION_LABELS[action], i18n.language, action);
  const done = () => {
    void message.success(t('common.saved'));
    setOpen(null);
  };

  return (
    <Card
      size="small"
      title={
        t('implementation.milestone.title', { done: project.milestoneDoneCount, total: project.milestoneCount }) +
        (project.milestoneWaivedCount ? t('implementation.milestone.waivedCount', { count: project.milestoneWaivedCount }) : '')
      }
      extra={
        canPlan && (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ kind: 'plan' })}>
            {label('plan_milestone')}
          </Button>
        )
      }
      data-testid="milestones"
    >
      <Progress percent={project.progress} format={(percent) => `${percent}%`} aria-label={t('publicProjects.progress')} style={{ marginBottom: 8 }} />
      {inStatusGroup(PROJECT_IMPLEMENTING_STATUSES, project.status) && stillOpen > 0 && (
        <Alert type="info" showIcon data-testid="milestones-open" message={t('implementation.milestone.openBeforeCompletion', { count: stillOpen })} style={{ marginBottom: 8 }} />
      )}
      {project.milestones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('implementation.milestone.none')} />
      ) : (
        <List
          size="small"
          dataSource={project.milestones}
          renderItem={(milestone) => (
            <List.Item
              data-milestone={milestone.title}
              actions={
                isOpen(milestone) && (canComplete || canWaive)
                  ? [
                      ...(canComplete
                        ? [
                            <Button key="complete" size="small" onClick={() => setOpen({ kind: 'complete', milestone })}>
                              {t('implementation.milestone.complete')}
                            </Button>,
                          ]
                        : []),
                      ...(canWaive
                        ? [
                            <Button key="waive" size="small" onClick={() => setOpen({ kind: 'waive', milestone })}>
                              {label('waive_milestone')}
                            </Button>,
                          ]
                        : []),
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{milestone.title}</Typography.Text>
                  <MilestoneState milestone={milestone} />
                </Flex>
                <Typography.Text type={milestone.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                  {t('implementation.milestone.due', { date: format.date(milestone.dueDate) })}
                  {milestone.doneByName ? ` · ${milestone.doneByName}` : ''}
                </Typography.Text>
                {milestone.evidence && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{milestone.evidence}</Typography.Paragraph>}
                {milestone.waiverReason && (
                  <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="waiver-reason">
                    {t('implementation.milestone.waiverReason', { reason: milestone.waiverReason, name: milestone.waivedByName ?? '—' })}
                  </Typography.Paragraph>
                )}
                <NotePhotos attachments={milestone.attachments} />
              </Flex>
            </List.Item>
          )}
        />
      )}
      {open?.kind === 'plan' && (
        <ActionFormModal
          action="project_plan_milestone"
          title={label('plan_milestone')}
          fields={projectWorkflow.actions.plan_milestone.input.fields}
          submit={(input) => plan.mutateAsync({ id: project.id, body: { version: project.version, title: String(input.title), dueDate: String(input.dueDate) } })}
          reload={reload}
          onDone={done}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'waive' && (
        <ActionFormModal
          action="project_waive_milestone"
          title={t('implementation.milestone.actionOn', { action: label('waive_milestone'), milestone: open.milestone.title })}
          intro={<Typography.Paragraph type="secondary">{t('implementation.milestone.waiveIntro')}</Typography.Paragraph>}
          // the milestone is the one clicked; the reason is the only field to type
          fields={projectWorkflow.actions.waive_milestone.input.fields.filter((field) => field.name !== 'milestoneId')}
          submit={(input) => waive.mutateAsync({ id: project.id, milestoneId: open.milestone.id, body: { version: project.version, reason: String(input.reason) } })}
          reload={reload}
          onDone={done}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'complete' && (
        <ActionFormModal
          action="project_complete_milestone"
          title={t('implementation.milestone.actionOn', { action: label('complete_milestone'), milestone: open.milestone.title })}
          // the milestone is the one clicked; evidence is the only field to type
          fields={projectWorkflow.actions.complete_milestone.input.fields.filter((field) => field.name !== 'milestoneId')}
          extra={{
            items: (
              <Form.Item
                name="photos"
                label={t('implementation.note.photos')}
                extra={t('implementation.milestone.photosHint')}
                valuePropName="fileList"
                getValueFromEvent={(event: { fileList: AttachmentFile[] }) => event.fileList}
              >
                <AttachmentUpload />
              </Form.Item>
            ),
            toBody: (values) => {
              const ids = uploadedIds(values.photos as AttachmentFile[] | undefined);
              return ids.length ? { attachmentIds: ids } : {};
            },
            holdBack: (values) => (isUploading(values.photos as AttachmentFile[] | undefined) ? t('intake.attachments.wait') : null),
          }}
          submit={(input) =>
            complete.mutateAsync({
              id: project.id,
              milestoneId: open.milestone.id,
              body: {
                version: project.version,
                evidence: String(input.evidence),
                ...(Array.isArray(input.attachmentIds) ? { attachmentIds: input.attachmentIds as string[] } : {}),
              },
            })
          }
          reload={reload}
          onDone={done}
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}
