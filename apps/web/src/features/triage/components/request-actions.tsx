// The buttons of a request: exactly its availableActions, each opening a form built from the workflow's input fields.
import type { RequestDetail } from '@banshishi/contracts';
import { REQUEST_ACTION_LABELS, requestWorkflow, type FieldDescription, type RequestAction } from '@banshishi/workflow';
import { Alert, App, Button, Flex, Form, InputNumber } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFormModal } from '../../../components/action-form-modal';
import { workflowLabel } from '../../../lib/workflow-label';
import { HandlerSelect } from '../../../components/handler-select';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { AttachmentUpload, isUploading, uploadedIds, type AttachmentFile } from '../../../components/attachment-upload';
import { useRequestAction } from '../api/request-action';
import { ProjectPicker } from './project-picker';
import { RequestPicker, type PickedRequest } from './request-picker';
import { VisibilityChoice } from './visibility-choice';

/** The first action stands out; stopping ones are marked as such. */
const PRIMARY: readonly RequestAction[] = ['accept', 'resolve', 'return_visit'];
const DANGER: readonly RequestAction[] = ['reject', 'withdraw'];

export interface OpenAction {
  action: RequestAction;
  /** the merge target picked on the duplicates panel */
  target?: PickedRequest;
}

interface RequestActionsProps {
  request: RequestDetail;
  open: OpenAction | null;
  onOpen: (open: OpenAction | null) => void;
  reload: () => Promise<unknown>;
}

export function RequestActions({ request, open, onOpen, reload }: RequestActionsProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const act = useRequestAction();
  const label = (action: RequestAction) => workflowLabel(REQUEST_ACTION_LABELS[action], i18n.language, action);

  const renderInput = (action: RequestAction, field: FieldDescription): ReactNode | undefined => {
    if (action === 'transfer' && field.name === 'unitId') return <UnitTreeSelect exclude={request.handlingUnitId} />;
    if (action === 'merge' && field.name === 'targetId') return <RequestPicker excludeId={request.id} initial={open?.target} />;
    if (action === 'assign' && field.name === 'handlerId') return <HandlerSelect unitIds={[request.handlingUnitId]} />;
    if (action === 'link_project' && field.name === 'projectId') return <ProjectPicker />;
    if (action === 'note' && field.name === 'public') return <VisibilityChoice />;
    if (action === 'request_extension' && field.name === 'days')
      return <InputNumber min={1} max={60} precision={0} addonAfter={t('implementation.workingDays')} style={{ width: '100%' }} />;
    return undefined;
  };

  // A progress note may carry photos of the work (uploaded first; their ids go with the note).
  const noteExtra = {
    items: (
      <Form.Item
        name="photos"
        label={t('implementation.note.photos')}
        extra={t('implementation.note.photosHint')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: AttachmentFile[] }) => event.fileList}
      >
        <AttachmentUpload />
      </Form.Item>
    ),
    toBody: (values: Record<string, unknown>) => {
      const ids = uploadedIds(values.photos as AttachmentFile[] | undefined);
      return ids.length ? { attachmentIds: ids } : {};
    },
    holdBack: (values: Record<string, unknown>) => (isUploading(values.photos as AttachmentFile[] | undefined) ? t('intake.attachments.wait') : null),
  };

  const pending = request.pendingExtension;
  const intro = (action: RequestAction): ReactNode => {
    if (action === 'reject') return <p>{t('actionHint.rejectIntro')}</p>;
    // A 回访 needs a way to reach the requester: an anonymous one may have left a sealed contact (opening it is audited).
    if (action === 'return_visit')
      return (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="return-visit-contact-hint"
          message={request.hasContact ? t('evaluation.returnVisit.contactHint') : t('evaluation.returnVisit.noContact')}
        />
      );
    if (action === 'decide_extension' && pending)
      return <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('implementation.extension.pending', { days: pending.days })} />;
    return undefined;
  };

  if (!request.availableActions.length) return null;
  return (
    <>
      <Flex gap={8} wrap role="group" aria-label={t('triage.detail.actions')}>
        {request.availableActions.map((action) => (
          <Button key={action} type={PRIMARY.includes(action) ? 'primary' : 'default'} danger={DANGER.includes(action)} onClick={() => onOpen({ action })}>
            {label(action)}
          </Button>
        ))}
      </Flex>
      {open && (
        <ActionFormModal
          key={`${open.action}-${open.target?.id ?? ''}`}
          action={open.action}
          title={label(open.action)}
          fields={requestWorkflow.actions[open.action].input.fields}
          initialValues={open.target ? { targetId: open.target.id } : open.action === 'note' ? { contacted: false, public: false } : undefined}
          renderInput={(field) => renderInput(open.action, field)}
          intro={intro(open.action)}
          extra={open.action === 'note' ? noteExtra : undefined}
          // The version is read when the form is sent: after a 409 the reloaded request carries the new one.
          submit={(input) => act.mutateAsync({ id: request.id, action: open.action, version: request.version, input })}
          reload={reload}
          onDone={() => {
            void message.success(t('triage.detail.done', { action: label(open.action) }));
            onOpen(null);
          }}
          onClose={() => onOpen(null)}
        />
      )}
    </>
  );
}
