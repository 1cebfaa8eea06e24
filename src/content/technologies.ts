/** A technology as the URL names it: `DataFusion` → `datafusion`, `HTTP(S)` → `http-s`. */
export function technologySlug(keyword: string): string {
  return keyword
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface Technology {
  slug: string;
  /** As the résumé spells it (its first use). */
  name: string;
  /** How many projects use it. */
  projects: number;
}

/** The technologies the projects use, most used first, then in the résumé's order. */
export function projectTechnologies(
  projects: readonly { keywords: readonly string[] }[],
): Technology[] {
  const bySlug = new Map<string, Technology>();
  for (const project of projects) {
    // Each technology once per project, named as the project first spells it.
    const names = new Map<string, string>();
    for (const keyword of project.keywords) {
      const slug = technologySlug(keyword);
      if (!names.has(slug)) names.set(slug, keyword);
    }
    for (const [slug, name] of names) {
      const known = bySlug.get(slug);
      if (known) known.projects += 1;
      else bySlug.set(slug, { slug, name, projects: 1 });
    }
  }
  // Array.prototype.sort is stable: equal counts keep the résumé's order.
  return [...bySlug.values()].sort((a, b) => b.projects - a.projects);
}
