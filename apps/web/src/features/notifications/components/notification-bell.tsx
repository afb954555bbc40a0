// The bell in the header: the unread count (polled, and on focus), and a drawer listing the notifications with
// mark read / mark all read; each one links to its request or project.
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import type { NotificationItem } from '@banshishi/contracts';
import { App, Badge, Button, Drawer, Empty, Flex, List, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadError } from '../../../components/load-error';
import { useNotifications, useUnreadCount } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { notificationLink } from '../utils/notification-link';
import { useFormat } from '../../../lib/use-format';

function NotificationRow({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const markRead = useMarkRead();
  const unread = item.readAt === null;
  const link = notificationLink(item);
  const title = !i18n.language.startsWith('zh') && item.titleEn ? item.titleEn : item.title;
  const open = () => {
    if (unread) markRead.mutate(item.id);
    onOpen();
  };
  return (
    <List.Item data-unread={unread} style={{ background: unread ? '#fff7e6' : undefined, paddingInline: 12 }}>
      <List.Item.Meta
        avatar={<Badge status={unread ? 'error' : 'default'} />}
        title={
          link ? (
            <Link to={link} onClick={open}>
              {title}
            </Link>
          ) : (
            title
          )
        }
        description={
          <>
            <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{item.body}</Typography.Paragraph>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`notifications.kind.${item.kind}`)} · {format.dateTime(item.createdAt)}
              </Typography.Text>
              {unread && (
                <Button size="small" type="link" icon={<CheckOutlined />} loading={markRead.isPending} onClick={() => markRead.mutate(item.id)}>
                  {t('notifications.markRead')}
                </Button>
              )}
            </Flex>
          </>
        }
      />
    </List.Item>
  );
}

function NotificationList({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly, true);
  const markAll = useMarkAllRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = list.data?.pages[0]?.unreadCount ?? 0;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented<'all' | 'unread'>
          size="small"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unread') },
          ]}
        />
        <Button
          size="small"
          disabled={unreadCount === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onSuccess: () => void message.success(t('notifications.allRead')) })}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      <ApiErrorAlert error={markAll.error} />
      {list.isPending ? (
        <Spin style={{ margin: 24 }} />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={unreadOnly ? t('notifications.noneUnread') : t('notifications.none')} />
      ) : (
        <>
          <List size="small" dataSource={items} renderItem={(item) => <NotificationRow item={item} onOpen={onOpen} />} />
          {list.hasNextPage && (
            <Button block loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t('notifications.more')}
            </Button>
          )}
        </>
      )}
    </Flex>
  );
}

export function NotificationBell({ narrow }: { narrow: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = useUnreadCount(true).data?.unreadCount ?? 0;
  return (
    <>
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />} aria-label={t('notifications.open', { count })} onClick={() => setOpen(true)} />
      </Badge>
      <Drawer placement="right" width={narrow ? '100%' : 420} open={open} onClose={() => setOpen(false)} title={t('notifications.title')} destroyOnHidden>
        {open && <NotificationList onOpen={() => setOpen(false)} />}
      </Drawer>
    </>
  );
}
