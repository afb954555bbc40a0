// `POST /api/roster/import?dryRun=…` (multipart, field "file"): a dry run lists every bad row and what the import
// would do; the import itself answers each new account's one-time password this once.
import type { RosterImportResult } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsQueryKey } from '../../../lib/api/get-units';
import { usersQueryKey } from './get-users';

export const ROSTER_TEMPLATE_URL = '/api/roster/template.xlsx';

export function importRoster({ file, dryRun }: { file: File; dryRun: boolean }): Promise<RosterImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api<RosterImportResult>('/roster/import', { method: 'POST', body: form, query: { dryRun } });
}

export function useImportRoster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importRoster,
    onSuccess: (result) => {
      if (result.dryRun) return;
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
      void queryClient.invalidateQueries({ queryKey: unitsQueryKey });
    },
  });
}
