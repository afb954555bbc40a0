// The before and after of one audited change, side by side (stacked on a phone).
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Typography.Text type="secondary">{t('audit.none')}</Typography.Text>;
  return <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 8]}>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.before')}</Typography.Text>
        <Json value={before} />
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.after')}</Typography.Text>
        <Json value={after} />
      </Col>
    </Row>
  );
}
