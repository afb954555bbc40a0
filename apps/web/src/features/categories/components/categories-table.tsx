import type { Category } from '@banshishi/contracts';
import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { UrgentTag } from '../../../components/category-label';

export function CategoriesTable({ categories, loading, onEdit }: { categories: Category[]; loading: boolean; onEdit: (category: Category) => void }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Category> = [
    { key: 'sortOrder', title: t('categories.sortOrder'), dataIndex: 'sortOrder', width: 70 },
    { key: 'code', title: t('categories.code'), dataIndex: 'code' },
    { key: 'nameZh', title: t('categories.nameZh'), dataIndex: 'nameZh' },
    { key: 'nameEn', title: t('categories.nameEn'), dataIndex: 'nameEn' },
    { key: 'responseDays', title: t('categories.responseDays'), dataIndex: 'responseDays', align: 'right' },
    { key: 'resolutionDays', title: t('categories.resolutionDays'), dataIndex: 'resolutionDays', align: 'right' },
    { key: 'graceDays', title: t('categories.graceDays'), dataIndex: 'graceDays', align: 'right' },
    {
      key: 'flags',
      title: t('categories.flags'),
      render: (_, category) => (
        <>
          {category.urgent && <UrgentTag />}
          {category.active ? <Tag color="green">{t('categories.active')}</Tag> : <Tag>{t('categories.inactive')}</Tag>}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, category) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(category)} aria-label={t('categories.editTitle', { name: category.nameZh })}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Table<Category>
      rowKey="id"
      columns={columns}
      dataSource={categories}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      size="middle"
      locale={{ emptyText: t('categories.empty') }}
    />
  );
}
