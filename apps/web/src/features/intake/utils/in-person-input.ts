// What the 代为登记 form checks before the server does: a mainland mobile number as people type it, and today in China.
import { chinaDayNumber, formatIsoDay } from '@banshishi/workflow';
import dayjs, { type Dayjs } from 'dayjs';

/** 11 digits 1[3-9]…, after spaces, dashes, dots and a leading +86 / 0086 (the server normalises the same way). */
export function isMainlandMobile(text: string): boolean {
  let digits = text.normalize('NFKC').replace(/[\s\-.()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits);
}

/** Today on the server's calendar (China time), whatever the browser's zone. */
export function chinaToday(now = Date.now()): Dayjs {
  return dayjs(formatIsoDay(chinaDayNumber(now)));
}
