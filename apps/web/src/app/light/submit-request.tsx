// A worker's submission, shared by the QR entry page and /requests/new: the form (wrapped in its page's words), then
// the result shown once (a chunk of its own, with antd's QR code), and a new form for "submit another".
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { RequestForm, type SubmittedRequest } from '../../features/intake/components/request-form';
import { Loading } from './loading';

const Result = lazy(async () => {
  const chunk = await import('./result-chunk');
  await chunk.prepareResult();
  return { default: chunk.ResultWithProviders };
});

interface SubmitRequestProps {
  entryToken?: string;
  /** The page around the form (its heading, words and links); shown until the request is sent. */
  frame: (form: ReactNode) => ReactNode;
}

export function SubmitRequest({ entryToken, frame }: SubmitRequestProps) {
  const [result, setResult] = useState<SubmittedRequest | null>(null);
  // A new form (and a new Idempotency-Key) for "submit another".
  const [formKey, setFormKey] = useState(0);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [result]);
  if (!result) return <>{frame(<RequestForm key={formKey} entryToken={entryToken} onSubmitted={setResult} />)}</>;
  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <Suspense fallback={<Loading />}>
        <Result
          result={result}
          onAnother={() => {
            setResult(null);
            setFormKey((key) => key + 1);
          }}
        />
      </Suspense>
    </div>
  );
}
