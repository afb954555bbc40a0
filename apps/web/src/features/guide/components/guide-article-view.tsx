// The article whole: title, author, unit and date, the intro and the four sections; every paragraph carries its id as an
// anchor, and the passage on 「我为群众办实事」 is marked, with its 一条龙流程 as linked steps (anchor `#pipeline`).
import type { GuideArticle, GuideParagraph } from '@banshishi/contracts';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../components/why-link';
import { GuidePipeline } from './guide-pipeline';
import { useFormat } from '../../../lib/use-format';

const PASSAGE_STYLE = {
  background: '#fff1f0',
  borderInlineStart: '4px solid #c8102e',
  borderRadius: 8,
  padding: 16,
  marginBottom: 16,
  scrollMarginTop: 16,
} as const;

function Paragraph({ paragraph }: { paragraph: GuideParagraph }) {
  return (
    // The article's own first-line indent, as printed.
    <Typography.Paragraph id={paragraph.id} style={{ textIndent: '2em', lineHeight: 1.9, fontSize: 16, scrollMarginTop: 16 }}>
      {paragraph.text}
    </Typography.Paragraph>
  );
}

function Passage({ article, paragraph, worker, current }: { article: GuideArticle; paragraph: GuideParagraph; worker: boolean; current?: Stage }) {
  const { t } = useTranslation();
  return (
    <section id="pipeline" aria-label={t('guide.passage')} data-testid="guide-passage" style={PASSAGE_STYLE}>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        <Tag color="#c8102e">{t('guide.passageTag')}</Tag>
        <Typography.Text type="secondary">{t('guide.passageHint')}</Typography.Text>
      </Flex>
      <Paragraph paragraph={paragraph} />
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('guide.pipeline')}
      </Typography.Title>
      <GuidePipeline stages={article.pipeline.stages} worker={worker} current={current} />
    </section>
  );
}

export function GuideArticleView({ article, worker, current }: { article: GuideArticle; worker: boolean; current?: Stage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const render = (paragraph: GuideParagraph) =>
    paragraph.highlight ? (
      <Passage key={paragraph.id} article={article} paragraph={paragraph} worker={worker} current={current} />
    ) : (
      <Paragraph key={paragraph.id} paragraph={paragraph} />
    );
  return (
    <article lang="zh-CN" data-testid="guide-article">
      <header style={{ marginBottom: 24 }}>
        <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="guide-title">
          {article.title}
        </Typography.Title>
        <Flex gap={16} wrap>
          <Typography.Text data-testid="guide-author">
            {t('guide.author')}
            {article.author}
          </Typography.Text>
          <Typography.Text data-testid="guide-unit">
            {t('guide.unit')}
            {article.unit}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="guide-date">
            {t('guide.date')}
            <time dateTime={article.date}>{format.date(article.date)}</time>
          </Typography.Text>
        </Flex>
      </header>
      {article.intro.map(render)}
      {article.sections.map((section) => (
        <section key={section.id} aria-labelledby={`${section.id}-heading`}>
          <Typography.Title level={3} id={section.id} style={{ scrollMarginTop: 16 }}>
            <span id={`${section.id}-heading`}>{section.heading}</span>
          </Typography.Title>
          {section.paragraphs.map(render)}
        </section>
      ))}
    </article>
  );
}
