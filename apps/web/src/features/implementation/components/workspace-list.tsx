// The handler's to-do list: requests assigned to them and milestones of their projects, due soonest first,
// overdue in red and due soon in orange; each row opens the request or the project.
import { FlagOutlined, ProfileOutlined } from '@ant-design/icons';
import type { Workspace } from '@banshishi/contracts';
import { Card, Empty, Flex, List, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueMark } from '../../../components/due-mark';
import { workspaceLink } from '../utils/workspace-link';

export function WorkspaceCounts({ counts }: { counts: Workspace['counts'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={32} wrap>
        <Statistic title={t('workspace.count.total')} value={counts.total} />
        <Statistic title={t('workspace.count.requests')} value={counts.requests} />
        <Statistic title={t('workspace.count.milestones')} value={counts.milestones} />
        <Statistic title={t('workspace.count.overdue')} value={counts.overdue} valueStyle={{ color: '#cf1322' }} />
        <Statistic title={t('workspace.count.dueSoon')} value={counts.dueSoon} valueStyle={{ color: '#d46b08' }} />
      </Flex>
    </Card>
  );
}

export function WorkspaceList({ items }: { items: Workspace['items'] }) {
  const { t } = useTranslation();
  if (!items.length) return <Empty description={t('workspace.empty')} />;
  return (
    <List
      bordered
      dataSource={items}
      renderItem={(item) => (
        <List.Item
          data-kind={item.kind}
          data-code={item.code}
          style={item.overdue ? { borderInlineStart: '4px solid #cf1322' } : item.dueSoon ? { borderInlineStart: '4px solid #fa8c16' } : undefined}
          extra={<DueMark dueAt={item.dueAt} overdue={item.overdue} dueSoon={item.dueSoon} />}
        >
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Flex gap={8} align="center" wrap>
              {item.kind === 'request' ? (
                <Tag icon={<ProfileOutlined />} color="blue">
                  {t('workspace.kind.request')}
                </Tag>
              ) : (
                <Tag icon={<FlagOutlined />} color="purple">
                  {t('workspace.kind.milestone')}
                </Tag>
              )}
              <Link to={workspaceLink(item)}>{item.title}</Link>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.code} · {item.context}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}
