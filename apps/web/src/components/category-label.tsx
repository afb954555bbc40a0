// A category's name with its 紧急/Urgent tag, for pickers and lists. The tag never shrinks: on a narrow phone the name
// gives way (ellipsis, its whole text in the title) and the tag stays whole, in Chinese and in English.
import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

const ROW: CSSProperties = { display: 'inline-flex', alignItems: 'center', gap: 6, maxWidth: '100%', minWidth: 0, verticalAlign: 'middle' };
const NAME: CSSProperties = { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

/** 紧急 / Urgent: a whole word, never cut. */
export function UrgentTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="urgent-tag" style={{ flex: 'none', marginInlineEnd: 0 }}>
      {t('categories.urgent')}
    </Tag>
  );
}

export function CategoryLabel({ name, urgent }: { name: string; urgent?: boolean }) {
  return (
    <span style={ROW} data-testid="category-label">
      <span style={NAME} title={name}>
        {name}
      </span>
      {urgent && <UrgentTag />}
    </span>
  );
}
