// 公开 / 内部 for a progress note: a flag field shown as two plain choices (Form.Item passes it as `checked`).
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';

export function VisibilityChoice({ checked = false, onChange, id }: { checked?: boolean; onChange?: (value: boolean) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      id={id}
      optionType="button"
      value={checked}
      onChange={(event) => onChange?.(event.target.value as boolean)}
      options={[
        { value: true, label: t('implementation.note.public') },
        { value: false, label: t('implementation.note.internal') },
      ]}
    />
  );
}
