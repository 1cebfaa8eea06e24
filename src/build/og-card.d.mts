/** What a link-preview card shows, as og-card.mjs reads it off a résumé. */
export interface OgCard {
  language: string;
  cjk: boolean;
  name: string;
  label: string;
  employers: {
    name: string;
    romanised: string | null;
    start: { year: string; months: number };
    current: boolean;
  }[];
}

export const ogDir: string;
export function cardFileName(language: string): string;
export function isCjk(language: string): boolean;
export function readCard(contentDir: string, language: string): OgCard;
export function currentOgImages(
  contentDir: string,
  imagesDir: string,
  languages: readonly string[],
): string[];
