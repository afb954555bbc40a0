import { Card, Col, Row, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const STAGES = ['intake', 'triage', 'implementation', 'evaluation'] as const;

export function HomeRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={2}>{t('home.title')}</Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <Card title={t('home.pipeline')}>
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
