// The headline cards: each figure as a percentage (or hours, or a count) with "numerator / denominator", and both
// numbers link to exactly the requests behind them.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { DashboardComparison, DashboardFigure, DashboardFigures, EvaluationSettings, FigurePart } from '@banshishi/contracts';
import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchFromScope, type DashboardScope } from '../utils/dashboard-scope';
import { formatPercent } from '../../../lib/format';
import { formatCount, formatHours, formatScore, HEADLINE_RATIOS, MEDIANS, ratioChange, type RatioFigure } from '../utils/figure-format';

export function figureRequestsPath(scope: DashboardScope, figure: DashboardFigure, part: FigurePart): string {
  return `/dashboard/requests?${searchFromScope(scope, { figure, part })}`;
}

function PartLink({ scope, figure, part, value }: { scope: DashboardScope; figure: DashboardFigure; part: FigurePart; value: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Tooltip title={t(`evaluation.parts.${figure}.${part}`, { defaultValue: t(`evaluation.part.${part}`) })}>
      <Link
        to={figureRequestsPath(scope, figure, part)}
        data-part={part}
        aria-label={`${t(`evaluation.figure.${figure}`)} ${t(`evaluation.part.${part}`)} ${formatCount(value, language)}`}
      >
        {formatCount(value, language)}
      </Link>
    </Tooltip>
  );
}

/** 环比: the ratio against the period before, in percentage points, green when it is good news. */
function Change({ figure, value, previous }: { figure: RatioFigure; value: number | null; previous: DashboardComparison }) {
  const { t, i18n } = useTranslation();
  const before = previous.figures[figure].value;
  const change = ratioChange(figure, value, before, i18n.language);
  const tooltip = t('evaluation.previousValue', { from: previous.from, to: previous.to, value: formatPercent(before, i18n.language) });
  return (
    <Tooltip title={tooltip}>
      <div data-testid="figure-change">
        {change ? (
          <Typography.Text type={change.better === null ? 'secondary' : change.better ? 'success' : 'danger'}>
            {change.direction === 'up' ? <ArrowUpOutlined /> : change.direction === 'down' ? <ArrowDownOutlined /> : null} {t('evaluation.change', { points: change.points })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('evaluation.changeNone')}</Typography.Text>
        )}
      </div>
    </Tooltip>
  );
}

const CARD_SPAN = { xs: 24, sm: 12, lg: 8, xl: 6 } as const;

export function FigureCards({
  figures,
  previous,
  scope,
  settings,
}: {
  figures: DashboardFigures;
  /** the period before, to compare each rate with */
  previous?: DashboardComparison;
  scope: DashboardScope;
  settings: EvaluationSettings;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Row gutter={[16, 16]} data-testid="figure-cards">
      {HEADLINE_RATIOS.map(({ figure, beside }) => {
        const value = figures[figure];
        return (
          <Col key={figure} {...CARD_SPAN}>
            <Card size="small" data-figure={figure} style={{ height: '100%' }}>
              <Statistic title={t(`evaluation.figure.${figure}`)} value={formatPercent(value.value, language)} />
              <Typography.Text type="secondary" data-testid="figure-parts">
                <PartLink scope={scope} figure={figure} part="numerator" value={value.numerator} /> /{' '}
                <PartLink scope={scope} figure={figure} part="denominator" value={value.denominator} />
              </Typography.Text>
              {previous && <Change figure={figure} value={value.value} previous={previous} />}
              {beside && (
                <div data-figure={beside}>
                  <Typography.Text type="secondary">
                    {t(`evaluation.figure.${beside}`)} {formatPercent(figures[beside].value, language)} (
                    <PartLink scope={scope} figure={beside} part="numerator" value={figures[beside].numerator} /> /{' '}
                    <PartLink scope={scope} figure={beside} part="denominator" value={figures[beside].denominator} />)
                  </Typography.Text>
                </div>
              )}
            </Card>
          </Col>
        );
      })}
      {MEDIANS.map((figure) => (
        <Col key={figure} {...CARD_SPAN}>
          <Card size="small" data-figure={figure} style={{ height: '100%' }}>
            <Statistic
              title={t(`evaluation.figure.${figure}`)}
              value={formatHours(figures[figure].value, language)}
              prefix={figures[figure].estimated ? t('evaluation.estimated') : undefined}
              suffix={t('evaluation.hours')}
            />
            <Typography.Text type="secondary">
              {t('evaluation.sample')} <PartLink scope={scope} figure={figure} part="denominator" value={figures[figure].sampleSize} />
            </Typography.Text>
          </Card>
        </Col>
      ))}
      <Col {...CARD_SPAN}>
        <Card size="small" data-figure="backlog" style={{ height: '100%' }}>
          <Statistic title={t('evaluation.figure.backlog')} value={figures.backlog} />
          <Link to={figureRequestsPath(scope, 'backlog', 'denominator')} data-part="denominator">
            {t('evaluation.viewRequests')}
          </Link>
        </Card>
      </Col>
      <Col {...CARD_SPAN}>
        <Card size="small" data-figure="compositeScore" style={{ height: '100%' }}>
          <Statistic title={t('evaluation.figure.compositeScore')} value={formatScore(figures.compositeScore.value, language)} />
          <Typography.Text type="secondary">{t('evaluation.compositeHint', settings.weights)}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
