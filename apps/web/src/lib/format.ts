// Dates, times, numbers and relative times in the interface language, on China's clock: the one place the web formats
// anything a user reads. Pure functions of (value, language); components use them through useFormat().
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

/** Shown for a value that is not there. */
export const NO_VALUE = '—';

type Instant = string | number | Date;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: CHINA_TIME_ZONE };
const DATE_WITH_WEEKDAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', timeZone: CHINA_TIME_ZONE };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: CHINA_TIME_ZONE };
const DATE_TIME_SECONDS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23', timeZone: CHINA_TIME_ZONE };
/** For dense tables within the year: month, day and time. */
const SHORT_DATE_TIME: Intl.DateTimeFormatOptions = { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CHINA_TIME_ZONE };

function dateTimeFormatter(options: Intl.DateTimeFormatOptions) {
  return (value: Instant | null | undefined, language: string): string =>
    value === null || value === undefined ? NO_VALUE : new Intl.DateTimeFormat(language, options).format(new Date(value));
}

export const formatDate = dateTimeFormatter(DATE);
export const formatDateWithWeekday = dateTimeFormatter(DATE_WITH_WEEKDAY);
export const formatDateTime = dateTimeFormatter(DATE_TIME);
export const formatDateTimeSeconds = dateTimeFormatter(DATE_TIME_SECONDS);
export const formatShortDateTime = dateTimeFormatter(SHORT_DATE_TIME);

/** A count or an amount, grouped the way the language writes it, with between `minimumFractionDigits` and `maximumFractionDigits` decimals. */
export function formatNumber(value: number | null | undefined, language: string, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return value === null || value === undefined ? NO_VALUE : new Intl.NumberFormat(language, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** A ratio (0.873) as a percentage with a fixed number of decimals (87.3%). */
export function formatPercent(ratio: number | null | undefined, language: string, fractionDigits = 1): string {
  return ratio === null || ratio === undefined
    ? NO_VALUE
    : new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(ratio);
}

/** "in 3 days" / "3天后", "2 hours ago" / "2小时前": the largest unit that is at least one. */
export function formatRelative(value: Instant, language: string, now: Instant = Date.now()): string {
  const difference = new Date(value).getTime() - new Date(now).getTime();
  const size = Math.abs(difference);
  const [unit, unitMs]: [Intl.RelativeTimeFormatUnit, number] =
    size >= 30 * DAY_MS ? ['month', 30 * DAY_MS] : size >= DAY_MS ? ['day', DAY_MS] : size >= HOUR_MS ? ['hour', HOUR_MS] : ['minute', MINUTE_MS];
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(Math.round(difference / unitMs), unit);
}
