// Username or phone + password. A wrong password says how many tries are left before the lockout, a locked account
// when it opens again, and the rule itself is under the form; the typed username stays.
import { LOGIN_LIMITS, LOGIN_LOCKOUT, type LoginFailure, type LoginRequest } from '@banshishi/contracts';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { ApiRequestError } from '../../../lib/api-client';
import { useApiForm } from '../../../lib/use-api-form';
import { useLogin } from '../api/login';

function waitText(t: TFunction, seconds: number): string {
  return seconds < 60 ? t('duration.seconds', { count: seconds }) : t('duration.minutes', { count: Math.ceil(seconds / 60) });
}

function loginFailure(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  if (error.status === 401) {
    const left = (error.body as Partial<LoginFailure>).attemptsLeft;
    if (left === undefined) return t('login.invalid');
    return left > 0 ? t('login.invalidLeft', { count: left }) : t('login.invalidLocked', { minutes: LOGIN_LOCKOUT.lockMinutes });
  }
  if (error.status === 429) {
    const locked = error.code === 'ACCOUNT_LOCKED';
    const wait = error.retryAfterSeconds;
    if (!wait) return t(locked ? 'login.locked' : 'login.tooMany');
    return t(locked ? 'login.lockedWait' : 'login.tooManyWait', { wait: waitText(t, wait) });
  }
  return null;
}

export function LoginForm({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const mutation = useLogin();
  const { error, fail, reset } = useApiForm(form);
  const known = loginFailure(t, error);

  const submit = (values: LoginRequest) => {
    reset();
    mutation.mutate({ username: values.username.trim(), password: values.password }, { onSuccess: onLoggedIn, onError: (e) => void fail(e) });
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={mutation.isPending} aria-label={t('login.title')}>
      {known ? <Alert type="error" showIcon role="alert" message={known} style={{ marginBottom: 16 }} /> : <ApiErrorAlert error={error} />}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[
          { required: true, whitespace: true, message: t('login.usernameRequired') },
          { max: LOGIN_LIMITS.username.max, message: t('validation.max', { max: LOGIN_LIMITS.username.max }) },
        ]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" autoCapitalize="off" spellCheck={false} placeholder={t('login.usernamePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[
          { required: true, message: t('login.passwordRequired') },
          { max: LOGIN_LIMITS.password.max, message: t('validation.max', { max: LOGIN_LIMITS.password.max }) },
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
        {t('login.submit')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('login.lockoutRule', { max: LOGIN_LOCKOUT.maxFailures, window: LOGIN_LOCKOUT.windowMinutes, lock: LOGIN_LOCKOUT.lockMinutes })} {t('login.forgot')}
      </Typography.Paragraph>
    </Form>
  );
}
