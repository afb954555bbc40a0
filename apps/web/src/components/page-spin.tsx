import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function PageSpin() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }} aria-busy="true">
      <Spin size="large" tip={t('common.loading')}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
