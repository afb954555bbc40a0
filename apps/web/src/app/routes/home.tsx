import { EditOutlined, FileSearchOutlined, InboxOutlined, NotificationOutlined, ProfileOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { hasAnyRole } from '../../features/identity/utils/has-any-role';

const STAGES = ['intake', 'triage', 'implementation', 'evaluation'] as const;

/** Open to everyone: what the platform is for; a greeting once signed in. */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const worker = hasAnyRole(me.data, ['worker']);
  const staff = hasAnyRole(me.data, ['cadre', 'leader']);
  return (
    <>
      <Typography.Title level={2}>{t('home.title')}</Typography.Title>
      {me.data ? (
        <Alert type="success" showIcon message={t('home.welcome', { name: me.data.displayName })} style={{ marginBottom: 16 }} />
      ) : (
        me.data === null && (
          <Alert
            type="info"
            showIcon
            message={t('home.signInHint')}
            action={
              <Link to="/login">
                <Button type="primary" size="small">
                  {t('auth.login')}
                </Button>
              </Link>
            }
            style={{ marginBottom: 16 }}
          />
        )
      )}
      <Card style={{ marginBottom: 16, borderColor: '#c8102e' }} styles={{ body: { padding: 16 } }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {worker ? t('home.speakUp') : t('home.followUp')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{worker ? t('home.speakUpText') : t('home.followUpText')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          {worker && (
            <Link to="/requests/new" style={{ flex: '1 1 140px' }}>
              <Button type="primary" size="large" block icon={<EditOutlined />}>
                {t('nav.requestNew')}
              </Button>
            </Link>
          )}
          {worker && (
            <Link to="/requests/mine" style={{ flex: '1 1 140px' }}>
              <Button size="large" block icon={<ProfileOutlined />}>
                {t('nav.requestsMine')}
              </Button>
            </Link>
          )}
          <Link to="/track" style={{ flex: '1 1 140px' }}>
            <Button size="large" block type={worker ? 'default' : 'primary'} icon={<FileSearchOutlined />}>
              {t('nav.track')}
            </Button>
          </Link>
          <Link to="/public/projects" style={{ flex: '1 1 140px' }}>
            <Button size="large" block icon={<NotificationOutlined />}>
              {t('nav.publicProjects')}
            </Button>
          </Link>
          {staff && (
            <Link to="/inbox" style={{ flex: '1 1 140px' }}>
              <Button size="large" block icon={<InboxOutlined />}>
                {t('nav.inbox')}
              </Button>
            </Link>
          )}
        </Flex>
      </Card>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <Card
        title={t('home.pipeline')}
        extra={
          <Link to="/guide">
            <ReadOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
            {t('home.guideLink')}
          </Link>
        }
      >
        <Steps responsive current={-1} items={STAGES.map((stage) => ({ title: t(`stage.${stage}.title`), description: t(`stage.${stage}.summary`) }))} />
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {(['worker', 'cadre', 'leader'] as const).map((who) => (
          <Col xs={24} md={8} key={who}>
            <Card title={t(`home.audience.${who}.title`)}>{t(`home.audience.${who}.text`)}</Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
