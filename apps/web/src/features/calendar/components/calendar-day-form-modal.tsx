// Add an exception day, or change the kind or name of one (the day itself is its key).
import { CALENDAR_DAY_LIMITS, type CalendarDay } from '@banshishi/contracts';
import { App, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { useApiForm } from '../../../lib/use-api-form';
import { usePutCalendarDay } from '../api/put-calendar-day';
import { useFormat } from '../../../lib/use-format';

interface Values {
  day: Dayjs;
  kind: CalendarDay['kind'];
  name: string;
}

export function CalendarDayFormModal({ day, year, onClose }: { day?: CalendarDay; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const state = useApiForm(form);
  const put = usePutCalendarDay();

  const submit = (values: Values) => {
    state.reset();
    put.mutate(
      { day: values.day.format('YYYY-MM-DD'), kind: values.kind, name: values.name.trim() },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: state.fail,
      },
    );
  };

  return (
    <FormModal<Values>
      title={day ? t('calendar.editTitle', { day: format.dateWithWeekday(day.day) }) : t('calendar.createTitle')}
      form={form}
      state={state}
      saving={put.isPending}
      initialValues={day ? { day: dayjs(day.day), kind: day.kind, name: day.name } : { kind: 'holiday', day: dayjs(`${year}-01-01`) }}
      onFinish={submit}
      onClose={onClose}
    >
      <Form.Item name="day" label={t('calendar.day')} rules={[{ required: true, message: t('validation.select', { field: t('calendar.day') }) }]}>
        <DatePicker disabled={!!day} style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true, message: t('validation.select', { field: t('calendar.kind') }) }]}>
        <Radio.Group optionType="button" options={(['holiday', 'workday'] as const).map((kind) => ({ value: kind, label: t(`calendar.kinds.${kind}`) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('calendar.name')}
        extra={t('calendar.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required', { field: t('calendar.name') }) },
          { max: CALENDAR_DAY_LIMITS.name.max, message: t('validation.max', { max: CALENDAR_DAY_LIMITS.name.max }) },
        ]}
      >
        <Input />
      </Form.Item>
    </FormModal>
  );
}
