import type { RequestStatus } from '@banshishi/workflow';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR } from '../utils/status-color';

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} style={{ marginInlineEnd: 0 }}>
      {t(`requestStatus.${status}.label`)}
    </Tag>
  );
}
