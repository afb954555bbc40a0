// /admin/evaluation: the weights and thresholds behind the figures (changes are on the audit log).
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { PageSpin } from '../../../components/page-spin';
import { useEvaluationSettings } from '../../../features/evaluation/api/evaluation-settings';
import { EvaluationSettingsForm } from '../../../features/evaluation/components/evaluation-settings-form';

export function EvaluationSettingsRoute() {
  const { t } = useTranslation();
  const settings = useEvaluationSettings();
  return (
    <>
      <PageHeader title={t('nav.adminEvaluation')}>{t('evaluation.settings.intro')}</PageHeader>
      {settings.isPending ? (
        <PageSpin />
      ) : settings.isError ? (
        <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <EvaluationSettingsForm settings={settings.data} />
      )}
    </>
  );
}
