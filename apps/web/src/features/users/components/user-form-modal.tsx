// Create an account, or change a name, password, status or roles. Each role is held on a unit and covers its subtree.
import { USERNAME_PATTERN, USER_LIMITS, type CreateUserRequest, type OrgUnitNode, type RoleName, type UserSummary } from '@banshishi/contracts';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Switch, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { FormSelect } from '../../../components/form-select';
import { useApiForm } from '../../../lib/use-api-form';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';

const ROLE_NAMES: RoleName[] = ['worker', 'cadre', 'leader', 'admin'];

/** A mainland mobile number as people type it: 11 digits after an optional +86, spaces and dashes (the server checks the rest). */
const PHONE_INPUT = /^(\+?86)?[\s-]*1[3-9]\d(?:[\s-]*\d){8}$/;

interface Values {
  username: string;
  displayName: string;
  phone?: string;
  password?: string;
  mustChangePassword?: boolean;
  disabled?: boolean;
  roles: Partial<CreateUserRequest['roles'][number]>[];
}

interface UnitOption {
  value: string;
  title: string;
  children?: UnitOption[];
}

function unitOptions(units: readonly OrgUnitNode[]): UnitOption[] {
  return units.map((unit) => ({ value: unit.id, title: unit.name, children: unit.children.length ? unitOptions(unit.children) : undefined }));
}

export function UserFormModal({ user, units, onClose }: { user?: UserSummary; units: readonly OrgUnitNode[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const state = useApiForm(form);
  const create = useCreateUser();
  const update = useUpdateUser();

  const done = () => {
    void message.success(t('common.saved'));
    onClose();
  };
  const submit = (values: Values) => {
    state.reset();
    // The rules above made both parts of every row required.
    const roles = values.roles.map(({ role, unitId }) => ({ role: role as RoleName, unitId: unitId as string }));
    // The server keeps a number's 11 digits (+86, spaces and dashes allowed); empty takes it off.
    const phone = values.phone?.trim() ? values.phone.trim() : null;
    if (user) {
      update.mutate(
        { id: user.id, displayName: values.displayName.trim(), phone, disabled: !!values.disabled, roles, ...(values.password ? { password: values.password } : {}) },
        { onSuccess: done, onError: state.fail },
      );
    } else {
      create.mutate(
        {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          phone,
          password: values.password ?? '',
          mustChangePassword: !!values.mustChangePassword,
          roles,
        },
        { onSuccess: done, onError: state.fail },
      );
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field }) });
  const initialValues: Partial<Values> = user
    ? { username: user.username, displayName: user.displayName, phone: user.phone ?? '', disabled: user.disabled, roles: user.roles.map(({ role, unitId }) => ({ role, unitId })) }
    : { roles: [{ role: 'worker' }], mustChangePassword: true };

  return (
    <FormModal<Values>
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      form={form}
      state={state}
      saving={create.isPending || update.isPending}
      initialValues={initialValues}
      onFinish={submit}
      onClose={onClose}
      width={640}
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        extra={user ? undefined : t('users.usernameHint', USER_LIMITS.username)}
        rules={user ? [] : [required(t('users.username')), { pattern: USERNAME_PATTERN, message: t('users.usernamePattern', USER_LIMITS.username) }]}
      >
        <Input disabled={!!user} autoComplete="off" autoCapitalize="off" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[required(t('users.displayName')), { max: USER_LIMITS.displayName.max, message: t('validation.max', { max: USER_LIMITS.displayName.max }) }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('users.phone')} extra={t('users.phoneHint')} rules={[{ pattern: PHONE_INPUT, message: t('users.phoneInvalid') }]}>
        <Input autoComplete="off" inputMode="tel" maxLength={20} />
      </Form.Item>
      <Form.Item
        name="password"
        label={user ? t('users.newPassword') : t('users.password')}
        extra={user ? t('users.passwordKeepChange') : t('users.passwordHint', { min: USER_LIMITS.password.min })}
        rules={[
          ...(user ? [] : [{ required: true, message: t('validation.required', { field: t('users.password') }) }]),
          { min: USER_LIMITS.password.min, message: t('validation.min', { min: USER_LIMITS.password.min }) },
          { max: USER_LIMITS.password.max, message: t('validation.max', { max: USER_LIMITS.password.max }) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {!user && (
        <Form.Item name="mustChangePassword" valuePropName="checked">
          <Checkbox>{t('users.mustChangeOnFirst')}</Checkbox>
        </Form.Item>
      )}
      {user && (
        <Form.Item name="disabled" label={t('users.disabled')} valuePropName="checked" extra={t('users.disabledHint')}>
          <Switch />
        </Form.Item>
      )}
      <Form.Item label={t('users.roles')} required extra={t('users.rolesHint')}>
        <Form.List name="roles" rules={[{ validator: async (_, roles?: unknown[]) => (roles?.length ? undefined : Promise.reject(new Error(t('users.rolesRequired')))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('validation.select', { field: t('users.role') }) }]} style={{ minWidth: 120 }}>
                    <FormSelect aria-label={t('users.role')} placeholder={t('users.role')} options={ROLE_NAMES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    rules={[{ required: true, message: t('validation.select', { field: t('users.unit') }) }]}
                    style={{ flex: 1, minWidth: 200 }}
                  >
                    <TreeSelect
                      aria-label={t('users.unit')}
                      placeholder={t('users.unit')}
                      treeData={unitOptions(units)}
                      treeDefaultExpandAll
                      showSearch
                      treeNodeFilterProp="title"
                    />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('users.removeRole')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'worker' })} block>
                {t('users.addRole')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
    </FormModal>
  );
}
