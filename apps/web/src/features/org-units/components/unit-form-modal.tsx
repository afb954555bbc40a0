// Add a unit under a parent, or rename one (with its version, so a concurrent change is noticed, not overwritten).
import { UNIT_LIMITS, type OrgUnitNode, type UnitKind } from '@banshishi/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { FormSelect } from '../../../components/form-select';
import { useApiForm } from '../../../lib/use-api-form';
import { useCreateUnit } from '../api/create-unit';
import { unitsQueryKey } from '../../../lib/api/get-units';
import { useUpdateUnit } from '../api/update-unit';
import { childKinds } from '../utils/child-kinds';

export type UnitFormTarget = { mode: 'create'; parent: OrgUnitNode } | { mode: 'rename'; unit: OrgUnitNode };

interface Values {
  name: string;
  kind?: UnitKind;
}

export function UnitFormModal({ target, onClose }: { target: UnitFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const state = useApiForm(form, () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }));
  const create = useCreateUnit();
  const update = useUpdateUnit();

  const done = () => {
    void message.success(t('common.saved'));
    onClose();
  };
  const submit = (values: Values) => {
    state.reset();
    const name = values.name.trim();
    if (target.mode === 'create') {
      create.mutate({ parentId: target.parent.id, name, kind: values.kind ?? 'grassroots' }, { onSuccess: done, onError: state.fail });
    } else {
      update.mutate({ id: target.unit.id, name, version: target.unit.version }, { onSuccess: done, onError: state.fail });
    }
  };

  const kinds = target.mode === 'create' ? childKinds(target.parent.kind) : [];
  return (
    <FormModal<Values>
      title={target.mode === 'create' ? t('units.createUnder', { parent: target.parent.name }) : t('units.renameTitle', { unit: target.unit.name })}
      form={form}
      state={state}
      saving={create.isPending || update.isPending}
      initialValues={target.mode === 'create' ? { kind: kinds[0] } : { name: target.unit.name }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('units.name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: t('units.name') }) },
          { max: UNIT_LIMITS.name.max, message: t('validation.max', { max: UNIT_LIMITS.name.max }) },
        ]}
      >
        <Input autoFocus />
      </Form.Item>
      {target.mode === 'create' && (
        <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('validation.select', { field: t('units.kind') }) }]}>
          <FormSelect options={kinds.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}
