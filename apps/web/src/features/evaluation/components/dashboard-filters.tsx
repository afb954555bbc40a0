// The period (a month, or any range of days) and the unit (the tree in the caller's scope) of every figure on the page.
import { Button, DatePicker, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { chinaToday, lastFullMonth, monthOf, monthScope, thisMonth, type DashboardScope } from '../utils/dashboard-scope';

const FORMAT = 'YYYY-MM-DD';

export function DashboardFilters({ scope, onChange }: { scope: DashboardScope; onChange: (scope: DashboardScope) => void }) {
  const { t } = useTranslation();
  const month = monthOf(scope);
  const today = chinaToday();
  const lastSixMonths = { from: today.subtract(5, 'month').startOf('month').format(FORMAT), to: today.format(FORMAT) };
  return (
    <Form layout="inline" aria-label={t('evaluation.filters')} style={{ rowGap: 8, marginBottom: 16 }}>
      <Form.Item label={t('evaluation.month')}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={month ? dayjs(`${month}-01`) : null}
          placeholder={t('evaluation.pickMonth')}
          disabledDate={(day) => day.isAfter(today, 'month')}
          onChange={(day) => day && onChange({ ...scope, ...monthScope(day.format('YYYY-MM'), today) })}
        />
      </Form.Item>
      <Form.Item label={t('evaluation.range')}>
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(scope.from), dayjs(scope.to)]}
          disabledDate={(day) => day.isAfter(today, 'day')}
          onChange={(days) => days?.[0] && days[1] && onChange({ ...scope, from: days[0].format(FORMAT), to: days[1].format(FORMAT) })}
        />
      </Form.Item>
      <Form.Item>
        <Flex gap={4}>
          <Button onClick={() => onChange({ ...scope, ...lastFullMonth(today) })}>{t('evaluation.lastMonth')}</Button>
          <Button onClick={() => onChange({ ...scope, ...thisMonth(today) })}>{t('evaluation.thisMonth')}</Button>
          <Button onClick={() => onChange({ ...scope, ...lastSixMonths })}>{t('evaluation.lastSixMonths')}</Button>
        </Flex>
      </Form.Item>
      <Form.Item label={t('evaluation.unit')}>
        <UnitTreeSelect
          aria-label={t('evaluation.unit')}
          allowClear
          placeholder={t('evaluation.allUnits')}
          value={scope.unitId}
          onChange={(unitId) => onChange({ from: scope.from, to: scope.to, ...(unitId ? { unitId } : {}) })}
          style={{ minWidth: 220 }}
        />
      </Form.Item>
    </Form>
  );
}
