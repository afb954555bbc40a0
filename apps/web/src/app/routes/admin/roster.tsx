import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { RosterImport } from '../../../features/users/components/roster-import';

/** 名册导入: units and people from an Excel workbook, checked row by row before anything is written. */
export function RosterRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.roster')}>{t('roster.intro')}</PageHeader>
      <RosterImport />
    </>
  );
}
