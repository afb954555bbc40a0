// The light shell (see main.tsx): a worker's two pages without antd, react-query or the router. A tiny switch by
// address; links to other pages are plain links, loading the full app.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENT_USER_KEY, getCurrentUser } from '../../features/identity/api/fetch-current-user';
import { passwordChangeUrl } from '../../features/identity/utils/password-change-path';
import { useLoaded } from '../../lib/use-loaded';
import { canAccess } from '../can-access';
import { navItem } from '../navigation';
import { EntryRoute } from '../routes/entry';
import { NewRequestRoute } from '../routes/requests/new';
import { LightLayout } from './light-layout';
import type { LightPage } from './light-page';
import { LoadFailed } from './load-failed';
import { Loading } from './loading';

const NEW_REQUEST = navItem('request-new');

/**
 * /requests/new for whoever may submit; anyone signed out goes to the login page (and comes back), anyone else (another
 * role, a password to change first) is handed to the full app, whose guards say what to do.
 */
function NewRequestPage({ onHandOver }: { onHandOver: () => void }) {
  const { t } = useTranslation();
  const me = useLoaded(CURRENT_USER_KEY, getCurrentUser);
  const here = window.location.pathname + window.location.search;
  const allowed = me.status === 'done' && me.data !== null && !me.data.mustChangePassword && canAccess(me.data, NEW_REQUEST.access);
  useEffect(() => {
    document.title = `${t(NEW_REQUEST.label)} · ${t('app.name')}`;
  }, [t]);
  useEffect(() => {
    if (me.status !== 'done' || allowed) return;
    if (!me.data) window.location.replace(`/login?next=${encodeURIComponent(here)}`);
    else if (me.data.mustChangePassword) window.location.replace(passwordChangeUrl(here));
    else onHandOver();
  }, [me, allowed, here, onHandOver]);
  if (me.status === 'error') return <LoadFailed error={me.error} onRetry={me.retry} />;
  // The form shows while the answer is on its way (what nearly everyone here gets); anyone else leaves at once.
  return me.status === 'pending' || allowed ? <NewRequestRoute /> : <Loading />;
}

export function LightApp({ page, onHandOver }: { page: LightPage; onHandOver: () => void }) {
  const { t } = useTranslation();
  if (page.kind === 'entry') {
    return (
      <LightLayout>
        <EntryRoute entryToken={page.entryToken} />
      </LightLayout>
    );
  }
  const mine = navItem('requests-mine');
  return (
    <LightLayout
      links={
        <a className="lt-header-link" href={mine.path}>
          {t(mine.label)}
        </a>
      }
    >
      <NewRequestPage onHandOver={onHandOver} />
    </LightLayout>
  );
}
