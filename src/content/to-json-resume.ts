import { withoutPhone } from './without-phone.ts';

/** Where a language's export is published. */
export interface ExportedCopy {
  language: string;
  url: string;
}

/**
 * The JSON Resume document published for download: the content file as it is (the extra fields this
 * site uses are ones the schema allows), without the phone number, its `meta` saying which language
 * it is in, where it lives, and where the other language's copy is.
 */
export function toJsonResume<T extends { basics: object; meta: object }>(
  resume: T,
  { self, others }: { self: ExportedCopy; others: ExportedCopy[] },
): T {
  return {
    ...withoutPhone(resume),
    meta: {
      ...resume.meta,
      language: self.language,
      canonical: self.url,
      alternates: others.map(({ language, url }) => ({ language, url })),
    },
  };
}
