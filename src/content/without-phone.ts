/**
 * A résumé document without `basics.phone`. FACTS.md allows the phone number on the printable résumé
 * alone, so everything else the site publishes (the browser's résumé chunks, the JSON Resume export)
 * is made from this.
 */
export function withoutPhone<T extends { basics: object }>(document: T): T {
  const { phone, ...basics } = document.basics as { phone?: unknown };
  return { ...document, basics };
}
