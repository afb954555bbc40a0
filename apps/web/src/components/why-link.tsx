// The small "why" link on each stage's main screen: to the guide's passage on the 一条龙流程, with that stage marked.
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type Stage = 'intake' | 'triage' | 'implementation' | 'evaluation';

/** `#pipeline` is the highlighted passage's anchor on /guide; `stage` marks the step this screen implements. */
export function whyHref(stage: Stage): string {
  return `/guide?stage=${stage}#pipeline`;
}

export function WhyLink({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <Link to={whyHref(stage)} title={t('why.title', { stage: t(`stage.${stage}.title`) })} data-testid="why-link" style={{ whiteSpace: 'nowrap' }}>
      <QuestionCircleOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
      {t('why.link')}
    </Link>
  );
}
