import { z } from 'zod';
import { languages } from '../config/languages.ts';

/**
 * The résumé documents' shape: JSON Resume (https://jsonresume.org/schema) plus the extra fields this
 * site needs. Objects are strict so that a misspelt field is reported instead of silently dropped.
 */

const yearMonth = z
  .string({ error: 'expected a date as YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected YYYY-MM' });

const httpsUrl = z
  .string({ error: 'expected an https:// URL' })
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'expected an https:// URL',
  });

const slug = z
  .string({ error: 'expected an id' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected an id in kebab-case (a-z, 0-9, -)' });

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text' });
const textList = z.array(text, { error: 'expected a list of text' });

const profileSchema = z.strictObject({
  network: text,
  username: text,
  url: httpsUrl,
});

const basicsSchema = z.strictObject({
  name: text,
  label: text,
  email: z.email({ error: 'expected an email address' }),
  phone: text.optional(),
  url: httpsUrl.optional(),
  summary: text.optional(),
  profiles: z.array(profileSchema, { error: 'expected a list of profiles' }),
});

const workSchema = z.strictObject({
  id: slug,
  name: text,
  /** What the organization does (JSON Resume's work.description), where its name does not say. */
  description: text.optional(),
  position: text,
  url: httpsUrl.optional(),
  startDate: yearMonth,
  /** Absent while the job is current. */
  endDate: yearMonth.optional(),
  summary: text,
  highlights: textList.optional(),
});

const educationSchema = z.strictObject({
  id: slug,
  institution: text,
  url: httpsUrl.optional(),
  area: text,
  studyType: text,
  startDate: yearMonth,
  endDate: yearMonth.optional(),
});

/** A link the résumé gives for something a project's text names (a library, a repository). */
const referenceSchema = z.strictObject({
  name: text,
  url: httpsUrl,
});

const workProjectSchema = z.strictObject({
  id: slug,
  type: z.literal('work'),
  /** The id of the work entry the project was done at. */
  employer: slug,
  name: text,
  /** One sentence, used for previews and the page's meta description. */
  description: text,
  background: text,
  responsibility: text,
  /** The technologies used. */
  keywords: textList,
  /** Technical challenges and innovations. */
  challenges: textList,
  /** Results. */
  highlights: textList,
  /** Links for names the text mentions. */
  references: z.array(referenceSchema, { error: 'expected a list of links' }).optional(),
  url: httpsUrl.optional(),
  startDate: yearMonth.optional(),
  endDate: yearMonth.optional(),
});

const personalProjectSchema = z.strictObject({
  id: slug,
  type: z.literal('personal'),
  name: text,
  /** The GitHub owner the repository lives under. */
  entity: text,
  description: text,
  keywords: textList,
  url: httpsUrl,
  /**
   * When its repository was active. The résumé dates no personal project, so these dates come from
   * the repository and the site shows them as such ("repository active …"), never as project dates.
   */
  startDate: yearMonth.optional(),
  endDate: yearMonth.optional(),
});

const projectSchema = z.discriminatedUnion('type', [workProjectSchema, personalProjectSchema], {
  error: 'expected a project with "type": "work" or "personal"',
});

const contributionSchema = z.strictObject({
  id: slug,
  name: text,
  url: httpsUrl,
  commits: z.int({ error: 'expected a whole number of commits' }).positive(),
  summary: text.optional(),
  startDate: yearMonth.optional(),
  endDate: yearMonth.optional(),
});

const skillSchema = z.strictObject({
  name: text,
  keywords: textList,
});

const awardSchema = z.strictObject({
  title: text,
  awarder: text,
  date: yearMonth.optional(),
  summary: text.optional(),
  url: httpsUrl.optional(),
});

export const resumeSchema = z.strictObject({
  $schema: z.string().optional(),
  meta: z.strictObject({
    language: z.enum(languages, {
      error: `expected ${languages.map((language) => `"${language}"`).join(' or ')}`,
    }),
  }),
  basics: basicsSchema,
  work: z.array(workSchema, { error: 'expected a list of work entries' }),
  education: z.array(educationSchema, { error: 'expected a list of education entries' }),
  projects: z.array(projectSchema, { error: 'expected a list of projects' }),
  /** Extra section: the main open-source contributions to other people's projects. */
  contributions: z.array(contributionSchema, { error: 'expected a list of contributions' }),
  skills: z.array(skillSchema, { error: 'expected a list of skill groups' }),
  awards: z.array(awardSchema, { error: 'expected a list of awards' }),
});

export type Resume = z.infer<typeof resumeSchema>;
export type WorkEntry = Resume['work'][number];
export type Education = Resume['education'][number];
export type Project = Resume['projects'][number];
export type WorkProject = Extract<Project, { type: 'work' }>;
export type PersonalProject = Extract<Project, { type: 'personal' }>;
export type Contribution = Resume['contributions'][number];
export type SkillGroup = Resume['skills'][number];
export type Award = Resume['awards'][number];
export type Reference = NonNullable<WorkProject['references']>[number];
