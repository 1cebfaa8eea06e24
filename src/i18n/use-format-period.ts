import { useTranslation } from 'react-i18next';
import type { Language } from '../config/languages';
import { formatYearMonth } from './format-date';

/** Formats a period in the current language; an open end reads "至今" / "Present". */
export function useFormatPeriod(): (startDate: string, endDate?: string) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (startDate, endDate) =>
    t('period.range', {
      start: formatYearMonth(startDate, language),
      end: endDate ? formatYearMonth(endDate, language) : t('period.present'),
    });
}
