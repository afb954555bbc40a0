// The fields every request form asks for — category, title, description — with the same limits, rules and words
// wherever a request is written down: a worker's own form (RequestForm) and a cadre's 代为登记 (InPersonForm).
import { REQUEST_LIMITS } from '@banshishi/contracts';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryLabel } from '../../../components/category-label';
import { FormSelect } from '../../../components/form-select';
import { useActiveCategories } from '../../../lib/api/get-active-categories';
import { lengthRules } from '../utils/length-rules';

interface RequestFieldsProps {
  /** 'large' on the worker's phone-first form */
  size?: 'large';
  descriptionLabel: string;
  descriptionPlaceholder?: string;
}

export function RequestFields({ size, descriptionLabel, descriptionPlaceholder }: RequestFieldsProps) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === 'zh-CN';
  const categories = useActiveCategories();
  return (
    <>
      <Form.Item name="categoryId" label={t('intake.form.category')} rules={[{ required: true, message: t('validation.select', { field: t('intake.form.category') }) }]}>
        <FormSelect
          size={size}
          placeholder={t('intake.form.categoryPlaceholder')}
          loading={categories.isPending}
          status={categories.isError ? 'error' : undefined}
          notFoundContent={categories.isError ? t('errors.loadFailed') : undefined}
          options={(categories.data ?? []).map((category) => ({
            value: category.id,
            label: <CategoryLabel name={zh ? category.nameZh : category.nameEn} urgent={category.urgent} />,
            title: zh ? category.nameZh : category.nameEn,
          }))}
          optionLabelProp="label"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('intake.form.title')}
        extra={t('intake.form.titleHint', REQUEST_LIMITS.title)}
        rules={lengthRules(t, t('intake.form.title'), REQUEST_LIMITS.title)}
      >
        <Input size={size} showCount maxLength={REQUEST_LIMITS.title.max} placeholder={t('intake.form.titlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="description"
        label={descriptionLabel}
        extra={t('intake.form.descriptionHint', REQUEST_LIMITS.description)}
        rules={lengthRules(t, descriptionLabel, REQUEST_LIMITS.description)}
      >
        <Input.TextArea
          showCount
          maxLength={REQUEST_LIMITS.description.max}
          autoSize={{ minRows: 5, maxRows: 12 }}
          // the counter hangs below the box: keep the hint clear of it
          style={{ marginBottom: 22 }}
          placeholder={descriptionPlaceholder}
        />
      </Form.Item>
    </>
  );
}
