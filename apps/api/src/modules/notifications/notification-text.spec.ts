import type { NotificationKind } from '@banshishi/contracts';
import { notificationText } from './notification-text';

const KINDS: NotificationKind[] = ['assigned', 'warning', 'overdue', 'escalation', 'supervised', 'progress', 'answer_requested', 'request_reopened'];
const subject = { code: 'BS-2026-000123', title: '食堂饭菜涨价' };

describe('notificationText', () => {
  it.each(KINDS)('%s names the request and has both titles', (kind) => {
    const text = notificationText(kind, subject, '说明');
    expect(text.bodyZh).toContain('BS-2026-000123「食堂饭菜涨价」');
    expect(text.titleZh.length).toBeGreaterThan(0);
    expect(text.titleEn.length).toBeGreaterThan(0);
  });

  it('carries the note of a 督办 and of a progress note', () => {
    expect(notificationText('supervised', subject, '请本周内答复（限 2026-12-01 前）').bodyZh).toContain('请本周内答复');
    expect(notificationText('progress', subject, '已与食堂经理约谈').bodyZh).toContain('已与食堂经理约谈');
  });

  it('leaves out an absent detail', () => {
    expect(notificationText('overdue', subject).bodyZh).not.toContain('：');
  });
});
