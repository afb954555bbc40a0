// The submission's result (code, secret, the tracking QR and card) with the full app's providers: antd, its theme and
// locale, react-query. Loaded after a submission only, so the form's first paint carries none of it. Inside the full
// app the providers are there already; nesting them again changes nothing.
import { SubmissionResult } from '../../features/intake/components/submission-result';
import { loadAntdLocales } from '../../lib/antd-locale';
import { AppProvider } from '../provider';

export const prepareResult = loadAntdLocales;

export function ResultWithProviders(props: Parameters<typeof SubmissionResult>[0]) {
  return (
    <AppProvider>
      <SubmissionResult {...props} />
    </AppProvider>
  );
}
