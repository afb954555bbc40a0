// The formatters of lib/format.ts bound to the interface language, so a component re-renders in the new language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as format from './format';

type Instant = Parameters<typeof format.formatDate>[0];

export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      language,
      date: (value: Instant) => format.formatDate(value, language),
      dateWithWeekday: (value: Instant) => format.formatDateWithWeekday(value, language),
      dateTime: (value: Instant) => format.formatDateTime(value, language),
      dateTimeSeconds: (value: Instant) => format.formatDateTimeSeconds(value, language),
      shortDateTime: (value: Instant) => format.formatShortDateTime(value, language),
      number: (value: number | null | undefined, maximumFractionDigits?: number, minimumFractionDigits?: number) =>
        format.formatNumber(value, language, maximumFractionDigits, minimumFractionDigits),
      percent: (ratio: number | null | undefined, fractionDigits?: number) => format.formatPercent(ratio, language, fractionDigits),
      relative: (value: NonNullable<Instant>, now?: NonNullable<Instant>) => format.formatRelative(value, language, now),
    }),
    [language],
  );
}

export type Formatters = ReturnType<typeof useFormat>;
