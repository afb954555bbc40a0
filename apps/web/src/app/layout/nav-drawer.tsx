// The phone's menu drawer (a chunk of its own: loaded the first time someone opens the menu).
import type { CurrentUser } from '@banshishi/contracts';
import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavMenu } from './nav-menu';

export function NavDrawer({ user, open, onClose }: { user: CurrentUser; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer placement="left" width={260} open={open} onClose={onClose} title={t('app.name')} styles={{ body: { padding: 0 } }}>
      <NavMenu user={user} onNavigate={onClose} />
    </Drawer>
  );
}
