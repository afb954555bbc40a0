// Reference data every installation needs: the categories of DOMAIN.md with their clocks, and the official
// holiday calendar for the known years. Idempotent: an admin's later edits are never overwritten.
import { CN_HOLIDAY_SCHEDULES, festivalDays } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';

export const DEFAULT_CATEGORIES = [
  { code: 'employment', nameZh: '就业创业', nameEn: 'Jobs and start-ups', responseDays: 2, resolutionDays: 15, graceDays: 3, urgent: false },
  { code: 'wages', nameZh: '薪酬收入', nameEn: 'Pay and income', responseDays: 2, resolutionDays: 15, graceDays: 3, urgent: false },
  { code: 'wage_arrears', nameZh: '欠薪讨薪', nameEn: 'Unpaid wages', responseDays: 1, resolutionDays: 10, graceDays: 2, urgent: true },
  { code: 'social_security', nameZh: '社会保障', nameEn: 'Social insurance', responseDays: 2, resolutionDays: 15, graceDays: 3, urgent: false },
  { code: 'safety', nameZh: '安全生产与职业健康', nameEn: 'Work safety and occupational health', responseDays: 1, resolutionDays: 10, graceDays: 2, urgent: true },
  { code: 'labor_rights', nameZh: '劳动争议与权益', nameEn: 'Labour disputes and rights', responseDays: 2, resolutionDays: 20, graceDays: 3, urgent: false },
  { code: 'skills', nameZh: '技能培训', nameEn: 'Skills training', responseDays: 2, resolutionDays: 20, graceDays: 5, urgent: false },
  { code: 'hardship', nameZh: '困难帮扶', nameEn: 'Hardship assistance', responseDays: 2, resolutionDays: 15, graceDays: 3, urgent: false },
  { code: 'innovation', nameZh: '职工创新', nameEn: 'Worker innovation', responseDays: 2, resolutionDays: 30, graceDays: 5, urgent: false },
  { code: 'culture_care', nameZh: '文体与关爱', nameEn: 'Culture, sport and care', responseDays: 2, resolutionDays: 20, graceDays: 5, urgent: false },
  { code: 'suggestions', nameZh: '意见建议', nameEn: 'Opinions and suggestions', responseDays: 2, resolutionDays: 20, graceDays: 5, urgent: false },
  { code: 'other', nameZh: '其他', nameEn: 'Other', responseDays: 2, resolutionDays: 15, graceDays: 3, urgent: false },
] as const;

export async function seedReferenceData(manager: EntityManager): Promise<void> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM category`);
  if (count === 0) {
    for (const [index, category] of DEFAULT_CATEGORIES.entries()) {
      await manager.query(
        `INSERT INTO category (code, name_zh, name_en, response_days, resolution_days, grace_days, urgent, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [category.code, category.nameZh, category.nameEn, category.responseDays, category.resolutionDays, category.graceDays, category.urgent, (index + 1) * 10],
      );
    }
  }
  for (const schedule of CN_HOLIDAY_SCHEDULES) {
    for (const festival of schedule.festivals) {
      const days = [...festivalDays(festival).map((day) => [day, 'holiday']), ...festival.workdays.map((day) => [day, 'workday'])];
      for (const [day, kind] of days) {
        await manager.query(`INSERT INTO calendar_day (day, kind, name) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING`, [day, kind, festival.name]);
      }
    }
  }
}
