// "类似的诉求": open requests nearby that look like what is being typed, so a worker sees it has already been raised.
// Plain HTML and fetch: it is part of the light worker form.
import type { FindSimilarRequest, SimilarRequest } from '@banshishi/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { findSimilar, SIMILAR_MIN_CHARS } from '../api/find-similar';

const DEBOUNCE_MS = 500;
const SHOWN = 5;

export function SimilarRequests({ title, description, categoryId, entryToken }: Partial<FindSimilarRequest>) {
  const { t } = useTranslation();
  // Debounced as text: the same words are the same query (an object would be a new one on every render).
  const key = useDebouncedValue(
    JSON.stringify({
      title: (title ?? '').trim(),
      ...(description?.trim() ? { description: description.trim() } : {}),
      ...(categoryId ? { categoryId } : {}),
      ...(entryToken ? { entryToken } : {}),
    } satisfies FindSimilarRequest),
    DEBOUNCE_MS,
  );
  const [items, setItems] = useState<readonly SimilarRequest[]>([]);
  useEffect(() => {
    const query = JSON.parse(key) as FindSimilarRequest;
    if (query.title.length < SIMILAR_MIN_CHARS) {
      setItems([]);
      return;
    }
    let live = true;
    // The previous list stays while the next is asked; quiet on errors: this is a hint, never a reason not to submit.
    findSimilar(query).then(
      (found) => live && setItems(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  if (!items.length) return null;
  return (
    <section className="lt-alert lt-alert-info" aria-labelledby="similar-requests-title">
      <div className="lt-alert-title" id="similar-requests-title">
        {t('intake.similar.title')}
      </div>
      <p className="lt-muted">{t('intake.similar.hint')}</p>
      <ul>
        {items.slice(0, SHOWN).map((item) => (
          <li key={item.code}>
            {item.title}{' '}
            <span className="lt-muted lt-small">
              {item.code} · {t(`requestStatus.${item.status}.label`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
