// Up to ATTACHMENT_MAX_COUNT photos or PDFs, each uploaded at once with its own progress; a refused file says why (too big, wrong type).
// A big photo is first made smaller on the phone (lib/shrink-photo), so the size limit applies to what is sent.
import { UploadOutlined } from '@ant-design/icons';
import type { AttachmentSummary } from '@banshishi/contracts';
import { App, Button, Upload, type UploadFile, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../lib/api-client';
import { uploadAttachment } from '../lib/api/upload-attachment';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_COUNT, ATTACHMENT_MAX_MB, attachmentProblem } from '../lib/attachment-rules';
import { isShrinkable, shrinkPhoto } from '../lib/shrink-photo';
import { uploadFailure } from '../lib/upload-failure';

export type AttachmentFile = UploadFile<AttachmentSummary>;

/** The ids of the files that finished uploading. */
export function uploadedIds(files: readonly AttachmentFile[] | undefined): string[] {
  return (files ?? []).flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : []));
}

export function isUploading(files: readonly AttachmentFile[] | undefined): boolean {
  return (files ?? []).some((file) => file.status === 'uploading');
}

interface AttachmentUploadProps {
  entryToken?: string;
  /** From Form.Item (valuePropName="fileList"). */
  fileList?: AttachmentFile[];
  onChange?: (info: { fileList: AttachmentFile[] }) => void;
  id?: string;
}

export function AttachmentUpload({ entryToken, fileList = [], onChange, id }: AttachmentUploadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const customRequest: UploadProps<AttachmentSummary>['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const controller = new AbortController();
    shrinkPhoto(file as File)
      .then((sent) => {
        // Removed from the list while it was being made smaller: nothing is sent.
        if (controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
        return uploadAttachment({ file: sent, entryToken, signal: controller.signal, onProgress: (percent) => onProgress?.({ percent }) });
      })
      .then(
        (summary) => onSuccess?.(summary),
        (error: unknown) => {
          const text = uploadFailure(t, error);
          onError?.(Object.assign(new Error(text), { status: error instanceof ApiRequestError ? error.status : 0 }));
        },
      );
    return { abort: () => controller.abort() };
  };

  return (
    <Upload<AttachmentSummary>
      id={id}
      listType="picture"
      accept={ATTACHMENT_ACCEPT}
      multiple
      maxCount={ATTACHMENT_MAX_COUNT}
      fileList={fileList}
      customRequest={customRequest}
      beforeUpload={(file, batch) => {
        const problem = attachmentProblem(file);
        if (problem && !(problem === 'tooBig' && isShrinkable(file))) {
          void message.error(t(`intake.attachments.${problem}Named`, { name: file.name, mb: ATTACHMENT_MAX_MB }));
          return Upload.LIST_IGNORE;
        }
        if (fileList.length + batch.indexOf(file) >= ATTACHMENT_MAX_COUNT) {
          void message.warning(t('intake.attachments.tooMany', { max: ATTACHMENT_MAX_COUNT }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      onChange={({ fileList: next }) =>
        onChange?.({
          // A failed file keeps its reason as the hover/readable text under the name.
          fileList: next.map((file) => (file.status === 'error' && file.error instanceof Error ? { ...file, response: undefined, error: file.error } : file)),
        })
      }
      itemRender={(node, file) => (
        <div>
          {node}
          {file.status === 'error' && file.error instanceof Error && (
            <div role="alert" style={{ color: '#ff4d4f', fontSize: 12, marginTop: 2 }}>
              {file.error.message}
            </div>
          )}
        </div>
      )}
    >
      {fileList.length < ATTACHMENT_MAX_COUNT && (
        <Button icon={<UploadOutlined />} size="large">
          {t('intake.attachments.add')}
        </Button>
      )}
    </Upload>
  );
}
