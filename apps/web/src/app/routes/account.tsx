import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { AccountDetails } from '../../features/identity/components/account-details';

export function AccountRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser().data;
  // The guard renders this page only once the user is known.
  if (!user) return null;
  return (
    <>
      <PageHeader title={t('nav.account')} />
      <AccountDetails user={user} />
    </>
  );
}
