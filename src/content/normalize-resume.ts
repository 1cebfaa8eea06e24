import type { Project, Resume, ResumeDocument } from './schema.ts';

/** The sections whose entries get an id, each with the field its id is derived from and its prefix. */
export const idSections = {
  work: { nameField: 'name', prefix: 'work' },
  education: { nameField: 'institution', prefix: 'education' },
  projects: { nameField: 'name', prefix: 'project' },
  contributions: { nameField: 'name', prefix: 'contribution' },
  volunteer: { nameField: 'organization', prefix: 'volunteer' },
  awards: { nameField: 'title', prefix: 'award' },
  certificates: { nameField: 'name', prefix: 'certificate' },
  publications: { nameField: 'name', prefix: 'publication' },
} as const;

export type IdSection = keyof typeof idSections;

/** A name as a kebab-case ASCII slug (`数慧时空 (Shuhui Shikong)` → `shuhui-shikong`), or '' if none. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Every entry's id, section by section: the id the document gives, or one derived from the entry's
 * name (its slug, or the section and position, `project-3`, where the name has no Latin letters or
 * digits), made unique within the site's one id space by a suffix (`-2`, `-3`). Given ids are kept
 * as they are, so a derived id never takes one. A translation (given its `original`) takes the
 * original's id for each entry it gives none, entry by entry, so that the same entry has the same
 * address in every language whatever its name there. Reads documents of any shape.
 */
export function deriveIds(document: unknown, original?: unknown): Record<IdSection, string[]> {
  const originalIds = original === undefined ? undefined : deriveIds(original);
  const sections = Object.keys(idSections) as IdSection[];
  const entries = Object.fromEntries(
    sections.map((section) => {
      const list = isRecord(document) ? document[section] : undefined;
      return [
        section,
        Array.isArray(list) ? list.map((entry) => (isRecord(entry) ? entry : {})) : [],
      ];
    }),
  ) as Record<IdSection, Record<string, unknown>[]>;

  const taken = new Set(
    sections.flatMap((section) =>
      entries[section].flatMap(({ id }) => (typeof id === 'string' ? [id] : [])),
    ),
  );
  const unique = (base: string) => {
    let id = base;
    for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
    taken.add(id);
    return id;
  };

  return Object.fromEntries(
    sections.map((section) => {
      const { nameField, prefix } = idSections[section];
      const ids = entries[section].map((entry, index) => {
        if (typeof entry.id === 'string') return entry.id;
        const originals = originalIds?.[section][index];
        if (originals !== undefined) return originals;
        const name = entry[nameField];
        const slug = typeof name === 'string' ? slugify(name) : '';
        return unique(slug || `${prefix}-${index + 1}`);
      });
      return [section, ids];
    }),
  ) as Record<IdSection, string[]>;
}

/**
 * Turns a parsed document into the résumé the app uses (the `Resume` type: schema.ts); a translation
 * is given its `original`, whose ids it shares (deriveIds).
 */
export function normalizeResume(document: ResumeDocument, original?: ResumeDocument): Resume {
  const ids = deriveIds(document, original);
  const withIds = <T extends object>(section: IdSection, list: readonly T[] | undefined) =>
    (list ?? []).map((entry, index) => {
      const id = ids[section][index];
      if (id === undefined) throw new Error(`No id was derived for ${section}[${index}]`);
      return { ...entry, id };
    });
  const { basics = {}, meta = {} } = document;

  return {
    ...(document.$schema === undefined ? {} : { $schema: document.$schema }),
    meta,
    basics: { ...basics, profiles: basics.profiles ?? [] },
    work: withIds('work', document.work).map((entry) => ({
      ...entry,
      highlights: entry.highlights ?? [],
    })),
    volunteer: withIds('volunteer', document.volunteer).map((entry) => ({
      ...entry,
      highlights: entry.highlights ?? [],
    })),
    education: withIds('education', document.education).map((entry) => ({
      ...entry,
      courses: entry.courses ?? [],
    })),
    awards: withIds('awards', document.awards),
    certificates: withIds('certificates', document.certificates),
    publications: withIds('publications', document.publications),
    skills: (document.skills ?? []).map((skill) => ({ ...skill, keywords: skill.keywords ?? [] })),
    languages: document.languages ?? [],
    interests: (document.interests ?? []).map((interest) => ({
      ...interest,
      keywords: interest.keywords ?? [],
    })),
    references: document.references ?? [],
    projects: withIds('projects', document.projects).map(toProject),
    contributions: withIds('contributions', document.contributions),
  };
}

/** A project with its lists filled, and `kind` derived: a project with an `employer` is work. */
function toProject(
  project: NonNullable<ResumeDocument['projects']>[number] & { id: string },
): Project {
  const { employer, ...fields } = project;
  const filled = {
    ...fields,
    highlights: fields.highlights ?? [],
    keywords: fields.keywords ?? [],
    roles: fields.roles ?? [],
    challenges: fields.challenges ?? [],
    references: fields.references ?? [],
  };
  return employer === undefined
    ? { ...filled, kind: 'personal' }
    : { ...filled, kind: 'work', employer };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
