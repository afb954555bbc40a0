import type { CalendarDay } from '@banshishi/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { useCalendarDays } from '../../../features/calendar/api/get-calendar-days';
import { CalendarDayFormModal } from '../../../features/calendar/components/calendar-day-form-modal';
import { CalendarDaysTable } from '../../../features/calendar/components/calendar-days-table';

const THIS_YEAR = dayjs().year();
const YEARS = Array.from({ length: 5 }, (_, i) => THIS_YEAR - 2 + i);

/** 工作日历: the holidays and make-up working days every clock counts with. */
export function CalendarRoute() {
  const { t } = useTranslation();
  const [year, setYear] = useState(THIS_YEAR);
  const days = useCalendarDays(year);
  const [editing, setEditing] = useState<CalendarDay | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title={t('nav.calendar')}
        extra={
          <>
            <Select<number>
              aria-label={t('calendar.year')}
              value={year}
              onChange={setYear}
              options={YEARS.map((value) => ({ value, label: t('calendar.yearLabel', { year: value }) }))}
              style={{ width: 120 }}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('calendar.create')}
            </Button>
          </>
        }
      >
        {t('calendar.intro')}
      </PageHeader>
      {days.isError ? (
        <LoadError error={days.error} onRetry={() => void days.refetch()} />
      ) : (
        <CalendarDaysTable days={days.data ?? []} loading={days.isPending} onEdit={setEditing} />
      )}
      {editing && <CalendarDayFormModal key={editing === 'new' ? 'new' : editing.day} day={editing === 'new' ? undefined : editing} year={year} onClose={() => setEditing(null)} />}
    </>
  );
}
