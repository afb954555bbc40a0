// What a form does with a failed save: field messages go onto their fields, a stale version reloads the record,
// anything else is kept for an alert. The form's values are never reset, so nothing typed is lost.
import type { ApiError } from '@banshishi/contracts';
import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiRequestError } from './api-client';
import { fieldPath } from './field-path';

export interface ApiFormState {
  /** An error not shown on a field (or null). */
  error: unknown;
  /** The record changed under the user; it has been reloaded and the next save uses the new version. */
  stale: boolean;
  /** Call from the mutation's catch/onError. */
  fail: (error: unknown) => Promise<void>;
  reset: () => void;
}

export function useApiForm(form: FormInstance, onStale?: () => Promise<unknown> | void): ApiFormState {
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);

  const fail = useCallback(
    async (failure: unknown) => {
      setStale(false);
      if (failure instanceof ApiRequestError && failure.status === 409 && failure.code === 'STALE_VERSION') {
        setError(null);
        await onStale?.();
        setStale(true);
        return;
      }
      const fieldErrors = failure instanceof ApiRequestError && failure.status === 400 ? failure.body.errors : undefined;
      if (!fieldErrors?.length) {
        setError(failure);
        return;
      }
      const present = form.getFieldsValue() as Record<string, unknown>;
      const byField = new Map<string, string[]>();
      const elsewhere: NonNullable<ApiError['errors']> = [];
      for (const entry of fieldErrors) {
        if (entry.field.split('.')[0] in present) byField.set(entry.field, [...(byField.get(entry.field) ?? []), entry.message]);
        else elsewhere.push(entry);
      }
      form.setFields([...byField].map(([field, errors]) => ({ name: fieldPath(field), errors })));
      const body = (failure as ApiRequestError).body;
      setError(elsewhere.length ? new ApiRequestError(400, { ...body, errors: elsewhere }) : null);
    },
    [form, onStale],
  );

  const reset = useCallback(() => {
    setError(null);
    setStale(false);
  }, []);

  return { error, stale, fail, reset };
}
