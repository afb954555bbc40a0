import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { useAllCategories } from '../../../features/categories/api/get-categories';
import { CategoriesTable } from '../../../features/categories/components/categories-table';
import { CategoryFormModal } from '../../../features/categories/components/category-form-modal';

/** 诉求分类: the categories and their clocks. */
export function CategoriesRoute() {
  const { t } = useTranslation();
  const categories = useAllCategories();
  // 'new', a category id, or nothing; the dialog reads the latest loaded version.
  const [editing, setEditing] = useState<string | null>(null);
  const category = editing && editing !== 'new' ? categories.data?.find((entry) => entry.id === editing) : undefined;

  return (
    <>
      <PageHeader
        title={t('nav.categories')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={!categories.isSuccess}>
            {t('categories.create')}
          </Button>
        }
      >
        {t('categories.intro')}
      </PageHeader>
      {categories.isError ? (
        <LoadError error={categories.error} onRetry={() => void categories.refetch()} />
      ) : (
        <CategoriesTable categories={categories.data ?? []} loading={categories.isPending} onEdit={(entry) => setEditing(entry.id)} />
      )}
      {(editing === 'new' || category) && <CategoryFormModal key={editing} category={category} onClose={() => setEditing(null)} />}
    </>
  );
}
