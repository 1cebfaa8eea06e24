/**
 * The language the résumé was written in: the tag of one `src/content/resume.<tag>.json`. Every
 * other language is checked against it (same entries, dates, links and numbers), and it is the
 * site's default. If no file has this tag, the build uses the first file's tag in alphabetical
 * order and says so (src/content/content-languages.ts).
 */
export const originalLanguage = 'zh';
