// /admin/evaluation: the weights and thresholds behind the figures (changes are on the audit log).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useEvaluationSettings } from '../../../features/evaluation/api/evaluation-settings';
import { EvaluationSettingsForm } from '../../../features/evaluation/components/evaluation-settings-form';

export function EvaluationSettingsRoute() {
  const { t } = useTranslation();
  const settings = useEvaluationSettings();
  return (
    <>
      <PageHeader title={t('nav.adminEvaluation')}>{t('evaluation.settings.intro')}</PageHeader>
      <QueryState query={settings}>{(current) => <EvaluationSettingsForm settings={current} />}</QueryState>
    </>
  );
}
