// Current password, new password (with the rules ticked off as they are met) and the new one again. The rules are
// checked here first, so the server's refusal is only ever a wrong current password or the same password again.
import { PASSWORD_LENGTH, passwordProblems } from '@banshishi/workflow';
import type { CurrentUser } from '@banshishi/contracts';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiRequestError } from '../../../lib/api-client';
import { useApiForm } from '../../../lib/use-api-form';
import { useChangePassword } from '../api/change-password';
import { PasswordRules } from './password-rules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({ user, onChanged }: { user: CurrentUser; onChanged: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const mutation = useChangePassword();
  const state = useApiForm(form);
  const owner = { username: user.username, phone: user.phone };

  const fail = (error: unknown) => {
    // The server's two refusals, said in the reader's language on their fields.
    const fields = error instanceof ApiRequestError && error.status === 400 ? (error.body.errors ?? []).map((entry) => entry.field) : [];
    if (fields.length && fields.every((field) => field === 'currentPassword' || field === 'newPassword')) {
      state.reset();
      form.setFields([
        ...(fields.includes('currentPassword') ? [{ name: 'currentPassword' as const, errors: [t('password.currentWrong')] }] : []),
        ...(fields.includes('newPassword') ? [{ name: 'newPassword' as const, errors: [t('password.sameAsCurrent')] }] : []),
      ]);
      return;
    }
    void state.fail(error);
  };

  const submit = (values: Values) => {
    state.reset();
    mutation.mutate({ currentPassword: values.currentPassword, newPassword: values.newPassword }, { onSuccess: onChanged, onError: fail });
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={mutation.isPending} style={{ maxWidth: 420 }}>
      <ApiErrorAlert error={state.error} />
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
      <Form.Item
        name="currentPassword"
        label={user.mustChangePassword ? t('password.temporary') : t('password.current')}
        rules={[{ required: true, message: t('validation.required', { field: user.mustChangePassword ? t('password.temporary') : t('password.current') }) }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={<PasswordRules password={newPassword} owner={owner} />}
        rules={[
          { required: true, message: t('validation.required', { field: t('password.new') }) },
          {
            validator: async (_, value?: string) => {
              if (value && passwordProblems(value, owner).length) throw new Error(t('password.breaksRules'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={PASSWORD_LENGTH.max} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation.required', { field: t('password.confirm') }) },
          ({ getFieldValue }) => ({
            validator: async (_, value?: string) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
