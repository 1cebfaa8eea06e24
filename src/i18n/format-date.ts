import { languageTags, type Language } from '../config/languages';
import { startOfMonth } from '../content/year-month';

const formats = new Map<Language, Intl.DateTimeFormat>();

function formatFor(language: Language): Intl.DateTimeFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTags[language], {
      year: 'numeric',
      month: language === 'zh' ? 'long' : 'short',
      timeZone: 'UTC',
    });
    formats.set(language, format);
  }
  return format;
}

/** A content date (`YYYY-MM`) as a reader of the language writes it: `2019年8月` or `Aug 2019`. */
export function formatYearMonth(yearMonth: string, language: Language): string {
  return formatFor(language).format(startOfMonth(yearMonth));
}
