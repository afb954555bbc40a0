// 重置密码: first what it does (a one-time password, every open session ends, a change at the next sign-in), then the
// one-time password, shown this once, to hand over.
import type { UserSummary } from '@banshishi/contracts';
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useResetPassword } from '../api/reset-password';

export function PasswordResetModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const password = reset.data?.temporaryPassword;
  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.displayName })}
      maskClosable={false}
      onCancel={onClose}
      destroyOnHidden
      footer={
        password ? (
          <Button type="primary" onClick={onClose}>
            {t('users.resetDone')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" danger loading={reset.isPending} onClick={() => reset.mutate(user.id)}>
              {t('users.resetConfirm')}
            </Button>
          </>
        )
      }
    >
      <ApiErrorAlert error={reset.error} />
      {password ? (
        <>
          <Typography.Paragraph>{t('users.resetShown', { name: user.displayName })}</Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text code copyable={{ text: password }} style={{ fontSize: 20 }} aria-label={t('users.temporaryPassword')}>
              {password}
            </Typography.Text>
          </Typography.Paragraph>
          <Alert type="warning" showIcon message={t('users.resetOnce')} />
        </>
      ) : (
        <Typography.Paragraph>{t('users.resetExplain')}</Typography.Paragraph>
      )}
    </Modal>
  );
}
