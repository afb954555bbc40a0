// The words of each notification, in Chinese (and a short English title). Pure, so it is tested on its own.
import type { NotificationKind } from '@banshishi/contracts';

export interface NotificationSubject {
  code: string;
  title: string;
}

export interface NotificationText {
  titleZh: string;
  bodyZh: string;
  titleEn: string;
}

/** `detail`: the note of a 督办 or a progress note, the resolution, or a deadline, when the kind has one. */
export function notificationText(kind: NotificationKind, subject: NotificationSubject, detail?: string): NotificationText {
  const it = `${subject.code}「${subject.title}」`;
  const extra = detail ? `：${detail}` : '';
  switch (kind) {
    case 'assigned':
      return { titleZh: '诉求已分派给您办理', bodyZh: `${it}已分派给您，请及时联系职工并办理。`, titleEn: 'A request was assigned to you' };
    case 'warning':
      return { titleZh: '诉求办理时限即将到期', bodyZh: `${it}的时限即将到期${extra}，请抓紧办理。`, titleEn: 'A request is nearly due' };
    case 'overdue':
      return { titleZh: '诉求已超时', bodyZh: `${it}已超过办理时限${extra}，请督促承办人办理。`, titleEn: 'A request is overdue' };
    case 'escalation':
      return { titleZh: '督办：诉求超时未办', bodyZh: `${it}超时已过宽限期${extra}，请上级工会督办。`, titleEn: 'Escalation: a request is long overdue' };
    case 'supervised':
      return { titleZh: '领导督办', bodyZh: `${it}${extra}`, titleEn: 'A leader is supervising a request' };
    case 'progress':
      return { titleZh: '您的诉求有新进展', bodyZh: `${it}${extra}`, titleEn: 'Progress on your request' };
    case 'answer_requested':
      return { titleZh: '请评价办理结果', bodyZh: `${it}已办结，请告诉我们问题是否解决、您是否满意。`, titleEn: 'Please tell us whether it was solved' };
    case 'request_reopened':
      return { titleZh: '诉求退回重办', bodyZh: `${it}的办理结果未获职工认可，已退回重办${extra}。`, titleEn: 'A request was reopened' };
  }
}
