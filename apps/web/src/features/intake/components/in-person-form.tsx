// 代为登记: a cadre writes down a request heard on a visit, a call (12351 too), a letter, at the office or a forum, on the
// worker's behalf — named (name, and a mobile number that links it to their account) or anonymous. One Idempotency-Key
// per form, so a double click records one request and prints one slip.
import { IN_PERSON_LIMITS, REQUEST_LIMITS, type CreatedRequest, type InPersonRequestRequest } from '@banshishi/contracts';
import { IN_PERSON_CHANNELS, type InPersonChannel } from '@banshishi/workflow';
import { Button, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { keepEnterInPickers } from '../../../lib/keep-enter-in-pickers';
import { useApiForm } from '../../../lib/use-api-form';
import { useRecordInPerson } from '../api/record-in-person';
import { chinaToday, isMainlandMobile } from '../utils/in-person-input';
import { lengthRules } from '../utils/length-rules';
import { newIdempotencyKey, nothingStored } from '../utils/new-idempotency-key';
import { RequestFields } from './request-fields';

interface InPersonValues {
  unitId: string;
  channel: InPersonChannel;
  heardOn: Dayjs;
  anonymous: boolean;
  requesterName?: string;
  requesterPhone?: string;
  contact?: string;
  categoryId: string;
  title: string;
  description: string;
}

/** What the slip needs besides the API's answer. */
export interface RecordedInPerson {
  created: CreatedRequest;
  unitId: string;
  channel: InPersonChannel;
  heardOn: string;
  requesterName: string | null;
}

/**
 * antd's radio group is a plain div; as a radiogroup it may carry the aria-required a required Form.Item gives it (axe
 * refuses that attribute on a div). antd passes `role` through, though its props type does not name it.
 */
const RADIO_GROUP = { role: 'radiogroup' } as object;

export function InPersonForm({ onRecorded }: { onRecorded: (recorded: RecordedInPerson) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InPersonValues>();
  const mutation = useRecordInPerson();
  const { error, fail, reset } = useApiForm(form);
  const idempotencyKey = useRef(newIdempotencyKey());
  const anonymous = Form.useWatch('anonymous', form) ?? false;
  const today = chinaToday();

  const submit = (values: InPersonValues) => {
    reset();
    const heardOn = values.heardOn.format('YYYY-MM-DD');
    const requesterName = values.anonymous ? undefined : values.requesterName?.trim();
    const requesterPhone = values.anonymous ? undefined : values.requesterPhone?.trim();
    const body: InPersonRequestRequest = {
      unitId: values.unitId,
      channel: values.channel,
      heardOn,
      categoryId: values.categoryId,
      title: values.title.trim(),
      description: values.description.trim(),
      anonymous: values.anonymous,
      ...(requesterName ? { requesterName } : {}),
      ...(requesterPhone ? { requesterPhone } : {}),
      ...(values.contact?.trim() ? { contact: values.contact.trim() } : {}),
    };
    mutation.mutate(
      { body, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (created) => onRecorded({ created, unitId: values.unitId, channel: values.channel, heardOn, requesterName: requesterName ?? null }),
        onError: (failure) => {
          if (nothingStored(failure)) idempotencyKey.current = newIdempotencyKey();
          void fail(failure);
        },
      },
    );
  };

  return (
    <Form<InPersonValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={{ anonymous: false, heardOn: today }}
      onFinish={submit}
      onKeyDown={keepEnterInPickers}
      scrollToFirstError
      aria-label={t('inPerson.form.label')}
      style={{ maxWidth: 720 }}
    >
      <ApiErrorAlert error={error} />
      <Form.Item
        name="unitId"
        label={t('inPerson.form.unit')}
        extra={t('inPerson.form.unitHint')}
        rules={[{ required: true, message: t('validation.select', { field: t('inPerson.form.unit') }) }]}
      >
        <UnitTreeSelect aria-label={t('inPerson.form.unit')} placeholder={t('inPerson.form.unitPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="channel"
        label={t('inPerson.form.channel')}
        extra={t('inPerson.form.channelHint')}
        rules={[{ required: true, message: t('validation.select', { field: t('inPerson.form.channel') }) }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid" {...RADIO_GROUP} aria-label={t('inPerson.form.channel')}>
          {IN_PERSON_CHANNELS.map((channel) => (
            <Radio.Button key={channel} value={channel}>
              {t(`inPerson.channel.${channel}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="heardOn"
        label={t('inPerson.form.heardOn')}
        extra={t('inPerson.form.heardOnHint', { days: IN_PERSON_LIMITS.heardWithinDays })}
        rules={[{ required: true, message: t('validation.select', { field: t('inPerson.form.heardOn') }) }]}
      >
        <DatePicker
          allowClear={false}
          aria-label={t('inPerson.form.heardOn')}
          disabledDate={(day) => day.isAfter(today, 'day') || day.isBefore(today.subtract(IN_PERSON_LIMITS.heardWithinDays, 'day'), 'day')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        name="anonymous"
        label={t('inPerson.form.identity')}
        extra={anonymous ? t('inPerson.form.anonymousHint') : t('inPerson.form.namedHint')}
        rules={[{ required: true, type: 'boolean', message: t('validation.select', { field: t('inPerson.form.identity') }) }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid" {...RADIO_GROUP} aria-label={t('inPerson.form.identity')}>
          <Radio.Button value={false}>{t('inPerson.form.named')}</Radio.Button>
          <Radio.Button value={true}>{t('inPerson.form.anonymous')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {!anonymous && (
        <>
          <Form.Item name="requesterName" label={t('inPerson.form.requesterName')} rules={lengthRules(t, t('inPerson.form.requesterName'), IN_PERSON_LIMITS.requesterName)}>
            <Input maxLength={IN_PERSON_LIMITS.requesterName.max} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="requesterPhone"
            label={t('inPerson.form.requesterPhone')}
            extra={t('inPerson.form.requesterPhoneHint')}
            rules={[
              { validator: async (_rule, value?: string) => (!value?.trim() || isMainlandMobile(value) ? undefined : Promise.reject(new Error(t('inPerson.form.phoneInvalid')))) },
            ]}
          >
            <Input inputMode="tel" autoComplete="off" placeholder="138 0000 0000" style={{ maxWidth: 260 }} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="contact"
        label={t('inPerson.form.contact')}
        extra={t('inPerson.form.contactHint')}
        rules={[{ max: REQUEST_LIMITS.contact.max, message: t('validation.max', { max: REQUEST_LIMITS.contact.max }) }]}
      >
        <Input maxLength={REQUEST_LIMITS.contact.max} autoComplete="off" />
      </Form.Item>
      <RequestFields descriptionLabel={t('inPerson.form.description')} />
      <Button type="primary" htmlType="submit" size="large" loading={mutation.isPending}>
        {t('inPerson.form.submit')}
      </Button>
    </Form>
  );
}
