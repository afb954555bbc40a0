import { Typography } from 'antd';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { dataAsOf, subscribeDataAsOf } from '../lib/data-as-of';
import { useFormat } from '../lib/use-format';

/** 「数据截至 …」 when the answers for `paths` (see dataAsOf) came from a read replica; nothing when they are current. */
export function DataAsOfNote({ paths }: { paths: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const asOf = useSyncExternalStore(subscribeDataAsOf, () => dataAsOf(paths));
  if (!asOf) return null;
  return (
    <Typography.Text type="secondary" data-testid="data-as-of">
      {t('common.dataAsOf', { time: format.dateTimeSeconds(asOf) })}
    </Typography.Text>
  );
}
