// The small "why" link on each stage's main screen: to the guide's passage on the 一条龙流程, with that stage marked.
// A PageLink without an icon library: the light worker pages show it too.
import { useTranslation } from 'react-i18next';
import { PageLink } from '../lib/page-navigation';

export type Stage = 'intake' | 'triage' | 'implementation' | 'evaluation';

/** `#pipeline` is the highlighted passage's anchor on /guide; `stage` marks the step this screen implements. */
export function whyHref(stage: Stage): string {
  return `/guide?stage=${stage}#pipeline`;
}

export function WhyLink({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <PageLink to={whyHref(stage)} title={t('why.title', { stage: t(`stage.${stage}.title`) })} data-testid="why-link" style={{ whiteSpace: 'nowrap' }}>
      {t('why.link')}
    </PageLink>
  );
}
