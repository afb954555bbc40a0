// 实事项目 in a table (cards on a phone): code, title, status, owner unit, deadline, linked requests.
import type { ProjectListItem } from '@banshishi/contracts';
import { Flex, Grid, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProjectStatusTag } from './project-status-tag';
import { useFormat } from '../../../lib/use-format';

export function ProjectsTable({ items, loading }: { items: ProjectListItem[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  if (narrow) {
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('projects.empty') }}
        renderItem={(item) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex vertical gap={4}>
              <Link to={`/projects/${item.id}`}>{item.title}</Link>
              <Flex gap={4} wrap align="center">
                <ProjectStatusTag status={item.status} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.code} · {item.ownerUnitName} · {format.date(item.deadline)}
                </Typography.Text>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<ProjectListItem>
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: t('projects.empty') }}
      columns={[
        { key: 'code', title: t('projects.code'), dataIndex: 'code', width: 130 },
        { key: 'title', title: t('projects.field.title'), render: (_, item) => <Link to={`/projects/${item.id}`}>{item.title}</Link> },
        { key: 'status', title: t('projects.status'), width: 110, render: (_, item) => <ProjectStatusTag status={item.status} /> },
        { key: 'unit', title: t('projects.field.ownerUnitId'), dataIndex: 'ownerUnitName', width: 200 },
        { key: 'deadline', title: t('projects.field.deadline'), dataIndex: 'deadline', width: 140, render: (deadline: string) => format.date(deadline) },
        { key: 'requests', title: t('projects.linkedRequests'), dataIndex: 'linkedRequestCount', width: 100, align: 'right' },
      ]}
    />
  );
}
