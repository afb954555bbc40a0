// The project's 评估问效 figures, each with what it is made of; the same card on the staff and the public page.
import type { ProjectEvaluation, ProjectRatio } from '@banshishi/contracts';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

function percent(ratio: ProjectRatio, none: string): string {
  return ratio.value === null ? none : `${(ratio.value * 100).toFixed(1)}% (${ratio.numerator} / ${ratio.denominator})`;
}

export function ProjectEvaluationCard({ evaluation }: { evaluation: ProjectEvaluation }) {
  const { t } = useTranslation();
  const none = t('projectEvaluation.none');
  return (
    <Card size="small" title={t('projectEvaluation.title')} data-testid="project-evaluation">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('projectEvaluation.milestonesOnTime')}>{percent(evaluation.milestonesOnTime, none)}</Descriptions.Item>
        <Descriptions.Item label={t('projectEvaluation.deadlineMet')}>
          {evaluation.deadlineMet === null ? (
            t('projectEvaluation.pending')
          ) : (
            <Tag color={evaluation.deadlineMet ? 'green' : 'red'}>{t(evaluation.deadlineMet ? 'projectEvaluation.deadlineMetYes' : 'projectEvaluation.deadlineMetNo')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('projectEvaluation.resolutionRate')}>{percent(evaluation.requests.resolutionRate, none)}</Descriptions.Item>
        <Descriptions.Item label={t('projectEvaluation.satisfactionRate')}>
          {percent(evaluation.requests.satisfactionRate, none)}
          <br />
          {t('projectEvaluation.answered', { answered: evaluation.requests.answered, linked: evaluation.requests.linked })}
        </Descriptions.Item>
        <Descriptions.Item label={t('projectEvaluation.beneficiaries')}>
          {evaluation.beneficiaries.reached ?? none} / {evaluation.beneficiaries.expected}
        </Descriptions.Item>
        {evaluation.score !== null && <Descriptions.Item label={t('projectEvaluation.score')}>{evaluation.score}</Descriptions.Item>}
        {evaluation.comment && <Descriptions.Item label={t('projectEvaluation.comment')}>{evaluation.comment}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}
