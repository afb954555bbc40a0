import type { TFunction } from 'i18next';
import { ApiRequestError } from './api-client';
import { apiErrorText } from './api-error-text';

// The key stands in for the translation, so the test reads which words were chosen.
const t = ((key: string) => key) as unknown as TFunction;

describe('apiErrorText', () => {
  it("shows a refused transition by its code's words only: the workflow's sentence names codes, not things a reader knows", () => {
    const error = new ApiRequestError(422, { code: 'INVALID_TRANSITION', message: 'BS-2026-000123: link_project is not allowed when the request is merged' });
    expect(apiErrorText(t, error)).toEqual({ title: 'errors.code.INVALID_TRANSITION', detail: undefined });
  });

  it("keeps the server's words as detail for other refusals", () => {
    const error = new ApiRequestError(422, { code: 'UNPROCESSABLE', message: 'The handler must be an active cadre of the handling unit' });
    expect(apiErrorText(t, error)).toEqual({ title: 'errors.code.UNPROCESSABLE', detail: 'The handler must be an active cadre of the handling unit' });
  });
});
