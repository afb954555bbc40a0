// /guide (no login): the guiding article whole, with an outline of its four sections; the product's pipeline comes from it.
import type { GuideArticle } from '@banshishi/contracts';
import { Affix, Anchor, Card, Col, Collapse, Grid, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error';
import { PageHeader } from '../../components/page-header';
import { PageSpin } from '../../components/page-spin';
import type { Stage } from '../../components/why-link';
import { useGuide } from '../../features/guide/api/get-guide';
import { GuideArticleView } from '../../features/guide/components/guide-article-view';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { hasAnyRole } from '../../features/identity/utils/has-any-role';

const STAGES: readonly string[] = ['intake', 'triage', 'implementation', 'evaluation'];

function outlineItems(article: GuideArticle, passageLabel: string) {
  return article.sections.map((section) => ({
    key: section.id,
    href: `#${section.id}`,
    title: section.heading,
    children: section.id === article.pipeline.sectionId ? [{ key: 'pipeline', href: '#pipeline', title: passageLabel }] : undefined,
  }));
}

export function GuideRoute() {
  const { t } = useTranslation();
  const guide = useGuide();
  const { hash } = useLocation();
  const [params] = useSearchParams();
  const stage = params.get('stage');
  const current = stage && STAGES.includes(stage) ? (stage as Stage) : undefined;
  const worker = hasAnyRole(useCurrentUser().data, ['worker']);
  const narrow = Grid.useBreakpoint().md === false;

  // The article arrives after the first render, so the browser's own jump to `#chuxin-3` finds nothing: jump once it is there.
  useEffect(() => {
    if (!guide.data || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [guide.data, hash]);

  if (guide.isPending) return <PageSpin />;
  if (guide.isError) return <LoadError error={guide.error} onRetry={() => void guide.refetch()} />;

  const items = outlineItems(guide.data, t('guide.passage'));
  return (
    <>
      <PageHeader title={t('nav.guide')}>{t('guide.intro')}</PageHeader>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={7} lg={6}>
          <nav aria-label={t('guide.outline')}>
            {narrow ? (
              <Collapse size="small" items={[{ key: 'outline', label: t('guide.outline'), children: <Anchor affix={false} items={items} /> }]} />
            ) : (
              <Affix offsetTop={16}>
                <Card size="small" title={t('guide.outline')}>
                  <Anchor affix={false} offsetTop={16} items={items} />
                </Card>
              </Affix>
            )}
          </nav>
        </Col>
        <Col xs={24} md={17} lg={18}>
          <Card>
            <GuideArticleView article={guide.data} worker={worker} current={current} />
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('guide.source')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  );
}
