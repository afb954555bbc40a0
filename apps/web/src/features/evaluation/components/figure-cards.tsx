// The headline cards: each figure as a percentage (or hours, or a count) with "numerator / denominator", and both
// numbers link to exactly the requests behind them.
import type { DashboardFigure, DashboardFigures, EvaluationSettings, FigurePart } from '@banshishi/contracts';
import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchFromScope, type DashboardScope } from '../utils/dashboard-scope';
import { formatPercent } from '../../../lib/format';
import { formatCount, formatHours, formatScore, HEADLINE_RATIOS, MEDIANS } from '../utils/figure-format';

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

const CARD_SPAN = { xs: 24, sm: 12, lg: 8, xl: 6 } as const;

export function FigureCards({ figures, scope, settings }: { figures: DashboardFigures; scope: DashboardScope; settings: EvaluationSettings }) {
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
