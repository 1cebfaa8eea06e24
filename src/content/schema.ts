import { z } from 'zod';
import { contentDateForms, parseContentDate } from './content-date.ts';

/**
 * The résumé documents' shape: JSON Resume 1.0 (https://jsonresume.org/schema), every field as
 * optional as the standard makes it, plus the extra fields this site uses, all optional too. Objects
 * are strict so that a misspelt field is reported instead of silently dropped. Blank text, which the
 * standard allows (its sample has `"image": ""`), parses as absent.
 */

const blankAsAbsent = (value: string) => (value === '' ? undefined : value);

/** A date at any precision ISO 8601 and JSON Resume allow (content-date.ts). */
const contentDate = z
  .string({ error: `expected a date as ${contentDateForms}` })
  .refine((value) => parseContentDate(value) !== undefined, {
    error: `expected a date as ${contentDateForms}`,
  });

const isHttpUrl = (value: string) =>
  URL.canParse(value) && ['https:', 'http:'].includes(new URL(value).protocol);

/** A link the site shows as one: only http(s), so no `javascript:` ever reaches an href. */
const link = z
  .string({ error: 'expected an http(s):// URL' })
  .refine(isHttpUrl, { error: 'expected an http(s):// URL' });

const slug = z
  .string({ error: 'expected an id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected an id in kebab-case (a-z, 0-9, -)' });

/** Free text; blank text (which JSON Resume allows) is absent. */
const text = z.string({ error: 'expected text' }).trim().transform(blankAsAbsent);
/** A list of free text, without its blank items. */
const textList = z
  .array(z.string({ error: 'expected text' }).trim(), { error: 'expected a list of text' })
  .transform((items) => items.filter((item) => item !== ''));

const email = z
  .string({ error: 'expected an email address' })
  .trim()
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    error: 'expected an email address',
  })
  .transform(blankAsAbsent);

const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `expected a list of ${what}` });

const locationSchema = z.strictObject({
  address: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  /** ISO 3166-1 alpha-2, e.g. `CN`. */
  countryCode: text.optional(),
  region: text.optional(),
});

const profileSchema = z.strictObject({
  network: text.optional(),
  username: text.optional(),
  url: link.optional(),
});

const basicsSchema = z.strictObject({
  name: text.optional(),
  label: text.optional(),
  /** A picture's address. The site shows no picture, so it is kept as the document gives it. */
  image: text.optional(),
  email: email.optional(),
  phone: text.optional(),
  url: link.optional(),
  summary: text.optional(),
  location: locationSchema.optional(),
  profiles: listOf(profileSchema, 'profiles').optional(),
});

const workSchema = z.strictObject({
  /** This site's extension: the entry's id in the site's addresses; derived from its name if absent. */
  id: slug.optional(),
  name: text.optional(),
  location: text.optional(),
  /** What the organization does, where its name does not say. */
  description: text.optional(),
  position: text.optional(),
  url: link.optional(),
  startDate: contentDate.optional(),
  /** Absent while the job is current. */
  endDate: contentDate.optional(),
  summary: text.optional(),
  highlights: textList.optional(),
});

const volunteerSchema = z.strictObject({
  /** This site's extension, as on a work entry. */
  id: slug.optional(),
  organization: text.optional(),
  position: text.optional(),
  url: link.optional(),
  startDate: contentDate.optional(),
  endDate: contentDate.optional(),
  summary: text.optional(),
  highlights: textList.optional(),
});

const educationSchema = z.strictObject({
  /** This site's extension, as on a work entry. */
  id: slug.optional(),
  institution: text.optional(),
  url: link.optional(),
  area: text.optional(),
  studyType: text.optional(),
  startDate: contentDate.optional(),
  endDate: contentDate.optional(),
  score: text.optional(),
  courses: textList.optional(),
});

/** A link the résumé gives for something a project's text names (a library, a repository). */
const referenceSchema = z.strictObject({
  name: text.optional(),
  url: link,
});

const projectSchema = z.strictObject({
  /** This site's extension, as on a work entry. */
  id: slug.optional(),
  name: text.optional(),
  /** One sentence, used for previews and the page's meta description. */
  description: text.optional(),
  /** Results. */
  highlights: textList.optional(),
  /** The technologies used. */
  keywords: textList.optional(),
  /**
   * For a personal project, when its repository was active, if the résumé dates none: the site then
   * shows them as such ("repository active …"), never as project dates.
   */
  startDate: contentDate.optional(),
  endDate: contentDate.optional(),
  url: link.optional(),
  roles: textList.optional(),
  /** Who the project belongs to; for a personal project, the GitHub owner its repository lives under. */
  entity: text.optional(),
  /** Free text in JSON Resume (`application`, `talk`, …). Whether it is work the site derives from `employer`. */
  type: text.optional(),
  /** This site's extension: the id of the work entry the project was done at, making it a work project. */
  employer: slug.optional(),
  /** This site's extension: why the project was needed. */
  background: text.optional(),
  /** This site's extension: what the owner did in it. */
  responsibility: text.optional(),
  /** This site's extension: technical challenges and innovations. */
  challenges: textList.optional(),
  /** This site's extension: links for names the text mentions. */
  references: listOf(referenceSchema, 'links').optional(),
});

/** This site's extension: a main open-source contribution to someone else's project. */
const contributionSchema = z.strictObject({
  id: slug.optional(),
  name: text.optional(),
  /** Where the contributions are (the owner's commits there). */
  url: link.optional(),
  commits: z.int({ error: 'expected a whole number of commits' }).positive().optional(),
  summary: text.optional(),
  startDate: contentDate.optional(),
  endDate: contentDate.optional(),
});

const awardSchema = z.strictObject({
  /** This site's extension, as on a work entry. */
  id: slug.optional(),
  title: text.optional(),
  date: contentDate.optional(),
  awarder: text.optional(),
  summary: text.optional(),
  /** This site's extension: where the award is written about. */
  url: link.optional(),
});

const certificateSchema = z.strictObject({
  /** This site's extension, as on a work entry. */
  id: slug.optional(),
  name: text.optional(),
  date: contentDate.optional(),
  url: link.optional(),
  issuer: text.optional(),
});

const publicationSchema = z.strictObject({
  /** This site's extension, as on a work entry. */
  id: slug.optional(),
  name: text.optional(),
  publisher: text.optional(),
  releaseDate: contentDate.optional(),
  url: link.optional(),
  summary: text.optional(),
});

const skillSchema = z.strictObject({
  name: text.optional(),
  level: text.optional(),
  keywords: textList.optional(),
});

const spokenLanguageSchema = z.strictObject({
  language: text.optional(),
  fluency: text.optional(),
});

const interestSchema = z.strictObject({
  name: text.optional(),
  keywords: textList.optional(),
});

/** JSON Resume's `references`: what others say of the person (not a project's links). */
const testimonialSchema = z.strictObject({
  name: text.optional(),
  reference: text.optional(),
});

/** Another language's copy of the document, as the site's export lists it (to-json-resume.ts). */
const alternateSchema = z.strictObject({
  language: z.string({ error: 'expected a language tag' }),
  url: link,
});

const metaSchema = z.strictObject({
  canonical: link.optional(),
  version: text.optional(),
  lastModified: text.optional(),
  /** This site's extension: the document's language, a BCP 47 tag such as `zh` or `en`. */
  language: z.string({ error: 'expected a language tag' }).optional(),
  /** This site's extension: the other languages' copies (to-json-resume.ts). */
  alternates: listOf(alternateSchema, 'copies').optional(),
});

export const resumeSchema = z.strictObject({
  $schema: z.string({ error: 'expected the address of a schema' }).optional(),
  basics: basicsSchema.optional(),
  work: listOf(workSchema, 'work entries').optional(),
  volunteer: listOf(volunteerSchema, 'volunteer entries').optional(),
  education: listOf(educationSchema, 'education entries').optional(),
  awards: listOf(awardSchema, 'awards').optional(),
  certificates: listOf(certificateSchema, 'certificates').optional(),
  publications: listOf(publicationSchema, 'publications').optional(),
  skills: listOf(skillSchema, 'skill groups').optional(),
  languages: listOf(spokenLanguageSchema, 'languages').optional(),
  interests: listOf(interestSchema, 'interests').optional(),
  references: listOf(testimonialSchema, 'references').optional(),
  projects: listOf(projectSchema, 'projects').optional(),
  /** This site's extension: the main open-source contributions to other people's projects. */
  contributions: listOf(contributionSchema, 'contributions').optional(),
  meta: metaSchema.optional(),
});

/** A résumé document as the schema parses it: JSON Resume's optional fields still optional. */
export type ResumeDocument = z.infer<typeof resumeSchema>;

type Item<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;
/** An entry with an id (given or derived: normalize-resume.ts). */
type WithId<T> = Omit<T, 'id'> & { id: string };
/** An object whose listed optional lists are always there, empty if the document leaves them out. */
type WithLists<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };

/*
 * The résumé as the app uses it (normalize-resume.ts makes it): every entry has an id, every list is
 * there (empty if absent), and every project says whether it is work or personal.
 */
export type Basics = WithLists<NonNullable<ResumeDocument['basics']>, 'profiles'>;
export type Profile = Item<Basics['profiles']>;
export type Meta = NonNullable<ResumeDocument['meta']>;
export type WorkEntry = WithId<WithLists<Item<ResumeDocument['work']>, 'highlights'>>;
export type Volunteer = WithId<WithLists<Item<ResumeDocument['volunteer']>, 'highlights'>>;
export type Education = WithId<WithLists<Item<ResumeDocument['education']>, 'courses'>>;
export type Award = WithId<Item<ResumeDocument['awards']>>;
export type Certificate = WithId<Item<ResumeDocument['certificates']>>;
export type Publication = WithId<Item<ResumeDocument['publications']>>;
export type SkillGroup = WithLists<Item<ResumeDocument['skills']>, 'keywords'>;
export type SpokenLanguage = Item<ResumeDocument['languages']>;
export type Interest = WithLists<Item<ResumeDocument['interests']>, 'keywords'>;
export type Testimonial = Item<ResumeDocument['references']>;
export type Contribution = WithId<Item<ResumeDocument['contributions']>>;
type ProjectFields = WithId<
  WithLists<
    Item<ResumeDocument['projects']>,
    'highlights' | 'keywords' | 'roles' | 'challenges' | 'references'
  >
>;
/** A project done at an employer: one with an `employer`. */
export type WorkProject = Omit<ProjectFields, 'employer'> & { kind: 'work'; employer: string };
/** A project of the owner's own: one without an `employer`. */
export type PersonalProject = Omit<ProjectFields, 'employer'> & {
  kind: 'personal';
  employer?: undefined;
};
export type Project = WorkProject | PersonalProject;
export type Reference = Item<Project['references']>;

export interface Resume {
  $schema?: string;
  meta: Meta;
  basics: Basics;
  work: WorkEntry[];
  volunteer: Volunteer[];
  education: Education[];
  awards: Award[];
  certificates: Certificate[];
  publications: Publication[];
  skills: SkillGroup[];
  languages: SpokenLanguage[];
  interests: Interest[];
  references: Testimonial[];
  projects: Project[];
  contributions: Contribution[];
}
