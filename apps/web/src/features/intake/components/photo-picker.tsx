// Up to ATTACHMENT_MAX_COUNT photos or PDFs on the worker's form, in plain HTML: each uploaded at once with its progress,
// a refused file says why (too big, wrong type). A big photo is first made smaller on the phone (lib/shrink-photo), so
// the size limit applies to what is sent.
import type { AttachmentSummary } from '@banshishi/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadAttachment } from '../../../lib/api/upload-attachment';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_COUNT, ATTACHMENT_MAX_MB, attachmentProblem } from '../../../lib/attachment-rules';
import { isShrinkable, shrinkPhoto } from '../../../lib/shrink-photo';
import { uploadFailure } from '../../../lib/upload-failure';

export interface PickedFile {
  key: string;
  name: string;
  status: 'uploading' | 'done' | 'error';
  percent: number;
  summary?: AttachmentSummary;
  error?: string;
}

/** The ids of the files that finished uploading. */
export function uploadedIds(files: readonly PickedFile[]): string[] {
  return files.flatMap((file) => (file.status === 'done' && file.summary ? [file.summary.id] : []));
}

export function isUploading(files: readonly PickedFile[]): boolean {
  return files.some((file) => file.status === 'uploading');
}

interface PhotoPickerProps {
  entryToken?: string;
  files: readonly PickedFile[];
  onChange: (update: (files: readonly PickedFile[]) => readonly PickedFile[]) => void;
}

export function PhotoPicker({ entryToken, files, onChange }: PhotoPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [refused, setRefused] = useState<string[]>([]);
  const uploads = useRef(new Map<string, AbortController>());
  // a form left (or "submit another") stops its uploads
  useEffect(() => () => uploads.current.forEach((controller) => controller.abort()), []);

  const patch = (key: string, change: Partial<PickedFile>) => onChange((list) => list.map((file) => (file.key === key ? { ...file, ...change } : file)));

  const upload = (key: string, file: File) => {
    const controller = new AbortController();
    uploads.current.set(key, controller);
    shrinkPhoto(file)
      .then((sent) => {
        // Removed from the list while it was being made smaller: nothing is sent.
        if (controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
        return uploadAttachment({ file: sent, entryToken, signal: controller.signal, onProgress: (percent) => patch(key, { percent }) });
      })
      .then(
        (summary) => patch(key, { status: 'done', percent: 100, summary }),
        (error: unknown) => {
          if (!controller.signal.aborted) patch(key, { status: 'error', error: uploadFailure(t, error) });
        },
      )
      .finally(() => uploads.current.delete(key));
  };

  const pick = (picked: File[]) => {
    const problems: string[] = [];
    const accepted: PickedFile[] = [];
    for (const file of picked) {
      const problem = attachmentProblem(file);
      if (problem && !(problem === 'tooBig' && isShrinkable(file))) {
        problems.push(t(`intake.attachments.${problem}Named`, { name: file.name, mb: ATTACHMENT_MAX_MB }));
      } else if (files.length + accepted.length >= ATTACHMENT_MAX_COUNT) {
        problems.push(t('intake.attachments.tooMany', { max: ATTACHMENT_MAX_COUNT }));
        break;
      } else {
        const key = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
        accepted.push({ key, name: file.name, status: 'uploading', percent: 0 });
        upload(key, file);
      }
    }
    setRefused(problems);
    if (accepted.length) onChange((list) => [...list, ...accepted]);
  };

  const remove = (key: string) => {
    uploads.current.get(key)?.abort();
    onChange((list) => list.filter((file) => file.key !== key));
  };

  return (
    <div className="lt-field">
      <span className="lt-label" id={`${id}-label`}>
        {t('intake.attachments.label')}
      </span>
      {files.length < ATTACHMENT_MAX_COUNT && (
        <label className="lt-button lt-file-button">
          <input
            type="file"
            className="lt-visually-hidden"
            accept={ATTACHMENT_ACCEPT}
            multiple
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              pick(Array.from(event.target.files ?? []));
              event.target.value = '';
            }}
          />
          {t('intake.attachments.add')}
        </label>
      )}
      <div className="lt-help" id={`${id}-hint`}>
        {t('intake.attachments.hint', { max: ATTACHMENT_MAX_COUNT, mb: ATTACHMENT_MAX_MB })}
      </div>
      {refused.map((problem) => (
        <div key={problem} className="lt-error" role="alert">
          {problem}
        </div>
      ))}
      {files.length > 0 && (
        <ul className="lt-files" aria-labelledby={`${id}-label`}>
          {files.map((file) => (
            <li key={file.key} data-testid="attachment" data-status={file.status}>
              <span className="lt-file-name">{file.name}</span>
              <span className="lt-muted lt-small" aria-live="polite">
                {file.status === 'uploading' ? t('intake.attachments.uploading', { percent: file.percent }) : file.status === 'done' ? t('intake.attachments.uploaded') : null}
              </span>
              <button type="button" className="lt-button lt-remove" aria-label={t('intake.attachments.remove', { name: file.name })} onClick={() => remove(file.key)}>
                {t('common.delete')}
              </button>
              {file.status === 'error' && (
                <div className="lt-error" role="alert" style={{ flexBasis: '100%' }}>
                  {file.error}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
