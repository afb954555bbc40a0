// "类似的诉求": open requests nearby that look like what is being typed, so a worker sees it has already been raised.
import type { FindSimilarRequest } from '@banshishi/contracts';
import { Alert, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { SIMILAR_MIN_CHARS, useSimilarRequests } from '../api/find-similar';
import { RequestStatusTag } from '../../../components/request-status-tag';

const DEBOUNCE_MS = 500;

export function SimilarRequests({ title, description, categoryId, entryToken }: Partial<FindSimilarRequest>) {
  const { t } = useTranslation();
  const query = useDebouncedValue<FindSimilarRequest>(
    {
      title: (title ?? '').trim(),
      ...(description?.trim() ? { description: description.trim() } : {}),
      ...(categoryId ? { categoryId } : {}),
      ...(entryToken ? { entryToken } : {}),
    },
    DEBOUNCE_MS,
  );
  const similar = useSimilarRequests(query);
  const items = query.title.length >= SIMILAR_MIN_CHARS ? (similar.data ?? []) : [];
  // Quiet on errors: this is a hint, never a reason not to submit.
  if (!items.length) return null;
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
