// /in-person (代为登记): a cadre records a request heard on a visit, a call, a letter, at the office or a forum, then
// prints the requester's tracking slip — shown this once.
import { Button, Card, Flex } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { WhyLink } from '../../components/why-link';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { InPersonForm, type RecordedInPerson } from '../../features/intake/components/in-person-form';
import { TrackingSlip } from '../../features/intake/components/tracking-slip';
import { findUnit } from '../../features/org-units/utils/find-unit';
import { useUnits } from '../../lib/api/get-units';

export function InPersonRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const units = useUnits();
  const [recorded, setRecorded] = useState<RecordedInPerson | null>(null);
  const [formKey, setFormKey] = useState(0);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [recorded]);

  const secret = recorded?.created.trackingSecret;
  if (recorded && secret) {
    return (
      <>
        <div className="no-print">
          <PageHeader title={t('inPerson.recorded')}>{t('inPerson.recordedIntro')}</PageHeader>
        </div>
        <TrackingSlip
          created={{ ...recorded.created, trackingSecret: secret }}
          unitName={findUnit(units.data, recorded.unitId)?.name ?? ''}
          channel={recorded.channel}
          heardOn={recorded.heardOn}
          requesterName={recorded.requesterName}
          takenBy={user.data?.displayName ?? ''}
        />
        <Flex gap={8} wrap className="no-print" style={{ marginTop: 16 }}>
          <Link to={`/inbox/${recorded.created.id}`}>
            <Button>{t('inPerson.viewRequest')}</Button>
          </Link>
          <Button
            onClick={() => {
              setRecorded(null);
              setFormKey((key) => key + 1);
            }}
          >
            {t('inPerson.another')}
          </Button>
        </Flex>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('nav.inPerson')}>
        {t('inPerson.intro')} <WhyLink stage="intake" />
      </PageHeader>
      <Card>
        <InPersonForm key={formKey} onRecorded={setRecorded} />
      </Card>
    </>
  );
}
