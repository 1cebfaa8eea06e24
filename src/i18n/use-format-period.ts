import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYearMonth } from './format-date';
import { useLanguage } from './use-language';

/**
 * Formats a period in the current language; an open end reads "至今" / "Present". A period the
 * content gives no start is its end alone, or nothing. The function changes only with the language.
 */
export function useFormatPeriod(): (startDate?: string, endDate?: string) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (startDate?: string, endDate?: string) => {
      if (!startDate) return endDate ? formatYearMonth(endDate, language) : '';
      return t('period.range', {
        start: formatYearMonth(startDate, language),
        end: endDate ? formatYearMonth(endDate, language) : t('period.present'),
      });
    },
    [t, language],
  );
}
