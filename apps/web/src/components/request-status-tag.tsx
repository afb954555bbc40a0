import type { RequestStatus } from '@banshishi/workflow';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATUS_COLOR } from '../lib/request-status-color';

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={REQUEST_STATUS_COLOR[status]} style={{ marginInlineEnd: 0 }}>
      {t(`requestStatus.${status}.label`)}
    </Tag>
  );
}
