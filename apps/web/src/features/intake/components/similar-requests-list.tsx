// The similar requests found while a request is typed (see similar-requests.tsx), as a hint above the form.
import type { SimilarRequest } from '@banshishi/contracts';
import { Alert, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestStatusTag } from '../../../components/request-status-tag';

export function SimilarRequestsList({ items }: { items: readonly SimilarRequest[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message={t('intake.similar.title')}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('intake.similar.hint')}
          </Typography.Paragraph>
          <List
            size="small"
            aria-label={t('intake.similar.title')}
            dataSource={items.slice(0, 5)}
            renderItem={(item) => (
              <List.Item style={{ paddingInline: 0 }}>
                <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
                  <Typography.Text>{item.title}</Typography.Text>
                  <Space size={6} wrap>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.code}
                    </Typography.Text>
                    <RequestStatusTag status={item.status} />
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
