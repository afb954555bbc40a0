// The one submission form: the QR entry page (anonymous, with the unit's entryToken) and a logged-in worker's page
// (实名 by default, or 匿名). One Idempotency-Key per form, so a double tap or a retry never makes two requests.
// Plain HTML and React, no antd: it is what a worker's phone downloads first (app/light), and the full app shows it too.
import { REQUEST_LIMITS, type CreatedRequest, type CreateRequestRequest } from '@banshishi/contracts';
import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../lib/api-client';
import { apiErrorParts } from '../../../lib/api-error-text';
import { ACTIVE_CATEGORIES_KEY, getActiveCategories } from '../../../lib/api/fetch-active-categories';
import { useLoaded } from '../../../lib/use-loaded';
import { createRequest } from '../api/create-request';
import { lengthProblem } from '../utils/length-rules';
import { newIdempotencyKey, nothingStored } from '../utils/new-idempotency-key';
import { isUploading, PhotoPicker, uploadedIds, type PickedFile } from './photo-picker';
import { SimilarRequests } from './similar-requests';
import './request-form.css';

export interface SubmittedRequest {
  created: CreatedRequest;
  anonymous: boolean;
}

interface RequestFormProps {
  /** The QR entry page: anonymous, no login. */
  entryToken?: string;
  onSubmitted: (result: SubmittedRequest) => void;
}

type TextField = 'categoryId' | 'title' | 'description' | 'contact';
const FIELDS: readonly TextField[] = ['categoryId', 'title', 'description', 'contact'];
type Values = Record<TextField, string>;
type Problems = Partial<Record<TextField | 'anonymous' | 'attachmentIds', string>>;

/** A failed save shown above the form: what went wrong, the server's words, field messages not shown on a field. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { title, detail, fieldErrors } = apiErrorParts(t, error);
  return (
    <div className="lt-alert lt-alert-error" role="alert">
      <div className="lt-alert-title">{title}</div>
      {fieldErrors.length ? (
        <ul>
          {fieldErrors.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      ) : (
        detail && <p>{detail}</p>
      )}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  count?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A label, the control, its hint (and counter) and its error, tied together by id and aria-describedby. */
function Field({ id, label, optional, hint, count, error, children }: FieldProps) {
  const { t } = useTranslation();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="lt-field">
      <label className="lt-label" htmlFor={id}>
        {label}
        {optional && <span className="lt-optional">{t('common.optional')}</span>}
      </label>
      {children(describedBy)}
      {error && (
        <div className="lt-error" id={`${id}-error`}>
          {error}
        </div>
      )}
      {(hint || count) && (
        <div className="lt-help">
          <span id={`${id}-hint`}>{hint}</span>
          {count && (
            <span className="lt-count" aria-hidden>
              {count}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

export function RequestForm({ entryToken, onSubmitted }: RequestFormProps) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const id = useId();
  const onEntryPage = entryToken !== undefined;
  const categories = useLoaded(ACTIVE_CATEGORIES_KEY, getActiveCategories);
  const [values, setValues] = useState<Values>({ categoryId: '', title: '', description: '', contact: '' });
  const [anonymous, setAnonymous] = useState(onEntryPage);
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [waitUploads, setWaitUploads] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const form = useRef<HTMLFormElement>(null);

  const fieldId = (field: string) => `${id}-${field}`;
  const problemOf = (field: TextField, next: Values): string | null => {
    if (field === 'categoryId') return next.categoryId ? null : t('validation.select', { field: t('intake.form.category') });
    if (field === 'title') return lengthProblem(t, t('intake.form.title'), next.title, REQUEST_LIMITS.title);
    if (field === 'description') return lengthProblem(t, t('intake.form.description'), next.description, REQUEST_LIMITS.description);
    return next.contact.length > REQUEST_LIMITS.contact.max ? t('validation.max', { max: REQUEST_LIMITS.contact.max }) : null;
  };
  const set = (field: TextField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // once a field was found wrong, it is checked again as it is corrected
    if (problems[field]) setProblems((current) => ({ ...current, [field]: problemOf(field, next) ?? undefined }));
  };
  const focusFirstProblem = (found: Problems) => {
    const first = [...FIELDS, 'anonymous', 'attachmentIds'].find((field) => found[field as TextField]);
    if (!first) return;
    const element = form.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  };

  const fail = (failure: unknown) => {
    if (nothingStored(failure)) idempotencyKey.current = newIdempotencyKey();
    const fieldErrors = failure instanceof ApiRequestError && failure.status === 400 ? (failure.body.errors ?? []) : [];
    // Field messages go onto their fields, the rest into the alert; nothing typed is lost.
    const onFields: Problems = {};
    const elsewhere = fieldErrors.filter((entry) => {
      const field = entry.field.split('.')[0] as TextField;
      if (!FIELDS.includes(field)) return true;
      onFields[field] = onFields[field] ? `${onFields[field]} ${entry.message}` : entry.message;
      return false;
    });
    setProblems(onFields);
    if (!fieldErrors.length) setError(failure);
    else setError(elsewhere.length ? new ApiRequestError(400, { ...(failure as ApiRequestError).body, errors: elsewhere }) : null);
    focusFirstProblem(onFields);
  };

  const submit = () => {
    const found: Problems = {};
    for (const field of FIELDS) {
      const problem = problemOf(field, values);
      if (problem) found[field] = problem;
    }
    setProblems(found);
    if (Object.keys(found).length) {
      focusFirstProblem(found);
      return;
    }
    if (isUploading(files)) {
      setWaitUploads(true);
      return;
    }
    setWaitUploads(false);
    setError(null);
    const asAnonymous = onEntryPage || anonymous;
    const ids = uploadedIds(files);
    const body: CreateRequestRequest = {
      categoryId: values.categoryId,
      title: values.title.trim(),
      description: values.description.trim(),
      ...(asAnonymous ? { anonymous: true } : {}),
      ...(entryToken ? { entryToken } : {}),
      ...(values.contact.trim() ? { contact: values.contact.trim() } : {}),
      ...(ids.length ? { attachmentIds: ids } : {}),
    };
    setPending(true);
    createRequest({ body, idempotencyKey: idempotencyKey.current }).then(
      (created) => onSubmitted({ created, anonymous: asAnonymous }),
      (failure: unknown) => {
        setPending(false);
        fail(failure);
      },
    );
  };

  const categoryList = categories.status === 'done' ? categories.data : [];
  const chosen = categoryList.find((category) => category.id === values.categoryId);
  const categoryName = (category: (typeof categoryList)[number]) => (zh ? category.nameZh : category.nameEn);
  const limits = REQUEST_LIMITS;
  /** What every text box of the form has: its id, value, limit, state and words for a screen reader. */
  const control = (field: 'title' | 'description' | 'contact', describedBy: string | undefined) => ({
    id: fieldId(field),
    className: 'lt-input',
    value: values[field],
    maxLength: limits[field].max,
    'aria-invalid': !!problems[field],
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(field, event.target.value),
  });

  return (
    <form
      ref={form}
      className="lt-panel"
      aria-label={t('intake.form.label')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) submit();
      }}
    >
      <ErrorNotice error={error} />
      {!onEntryPage && (
        <fieldset className="lt-field">
          <legend className="lt-label">{t('intake.form.identity')}</legend>
          <div className="lt-choice">
            {[false, true].map((choice) => (
              <label key={String(choice)}>
                <input type="radio" name={fieldId('anonymous')} checked={anonymous === choice} onChange={() => setAnonymous(choice)} aria-describedby={fieldId('identity-hint')} />
                {t(choice ? 'intake.form.anonymous' : 'intake.form.realName')}
              </label>
            ))}
          </div>
          <div className="lt-help" id={fieldId('identity-hint')}>
            {anonymous ? t('intake.form.anonymousHint') : t('intake.form.realNameHint')}
          </div>
        </fieldset>
      )}
      <Field id={fieldId('categoryId')} label={t('intake.form.category')} error={problems.categoryId ?? (categories.status === 'error' ? t('errors.loadFailed') : undefined)}>
        {(describedBy) => (
          <>
            <select
              id={fieldId('categoryId')}
              className="lt-input"
              value={values.categoryId}
              aria-invalid={!!problems.categoryId}
              aria-describedby={describedBy}
              aria-busy={categories.status === 'pending'}
              onChange={(event) => set('categoryId', event.target.value)}
              onFocus={() => categories.status === 'error' && categories.retry()}
            >
              <option value="" disabled>
                {categories.status === 'pending' ? t('common.loading') : t('intake.form.categoryPlaceholder')}
              </option>
              {categoryList.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.urgent ? t('intake.form.urgentOption', { name: categoryName(category), urgent: t('categories.urgent') }) : categoryName(category)}
                </option>
              ))}
            </select>
            {chosen?.urgent && (
              <span className="lt-tag" data-testid="urgent-tag">
                {t('categories.urgent')}
              </span>
            )}
          </>
        )}
      </Field>
      <Field
        id={fieldId('title')}
        label={t('intake.form.title')}
        hint={t('intake.form.titleHint', limits.title)}
        count={`${values.title.length} / ${limits.title.max}`}
        error={problems.title}
      >
        {(describedBy) => <input {...control('title', describedBy)} placeholder={t('intake.form.titlePlaceholder')} />}
      </Field>
      <Field
        id={fieldId('description')}
        label={t('intake.form.description')}
        hint={t('intake.form.descriptionHint', limits.description)}
        count={`${values.description.length} / ${limits.description.max}`}
        error={problems.description}
      >
        {(describedBy) => <textarea {...control('description', describedBy)} rows={5} placeholder={t('intake.form.descriptionPlaceholder')} />}
      </Field>
      <SimilarRequests title={values.title} description={values.description} categoryId={values.categoryId} entryToken={entryToken} />
      <PhotoPicker entryToken={entryToken} files={files} onChange={(update) => setFiles(update)} />
      <Field id={fieldId('contact')} label={t('intake.form.contact')} optional hint={t('intake.form.contactHint')} error={problems.contact}>
        {(describedBy) => <input {...control('contact', describedBy)} autoComplete="tel" placeholder={t('intake.form.contactPlaceholder')} />}
      </Field>
      {waitUploads && isUploading(files) && (
        <div className="lt-alert lt-alert-warning" role="alert">
          {t('intake.attachments.wait')}
        </div>
      )}
      <button type="submit" className="lt-button lt-primary" aria-busy={pending} aria-disabled={pending}>
        {t('intake.form.submit')}
      </button>
      {anonymous && <p className="lt-muted lt-small">{t('intake.form.anonymousFootnote')}</p>}
    </form>
  );
}
