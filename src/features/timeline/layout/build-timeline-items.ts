import type { ResumeEntrySection } from '../../../config/paths';
import type { Resume } from '../../../content/schema';
import { technologySlug } from '../../../content/technologies';
import { utcMonth } from 'd3-time';
import { startOfMonth } from '../../../content/year-month';
import type { LaneId, NodeItem, TimelineItem, UndatedEntry } from './timeline-item';

/** The first instant after a content month: a period that ends in August runs through August. */
export function endOfMonth(yearMonth: string): Date {
  return utcMonth.offset(startOfMonth(yearMonth), 1);
}

type NodeKind = Extract<NodeItem['kind'], ResumeEntrySection>;

export interface TimelineText {
  /** Formats a content period; an absent end means "to now". */
  formatPeriod: (startDate?: string, endDate?: string) => string;
  /** Says that a period is an employer's, for projects the résumé does not date. */
  employerPeriod: (employer: string, period: string) => string;
  /** Says that a personal project's period is its repository's activity. */
  repositoryPeriod: (period: string) => string;
  /** The name of a mark's link: its visible label first, then its period, saying so if it leaves the site. */
  accessibleName: (label: string, period: string, external: boolean) => string;
  /** A contribution's note in the undated list. */
  commits: (count: number) => string;
  workHref: (id: string) => string;
  projectHref: (id: string) => string;
  /** Where an entry with no page of its own opens: the résumé, at that entry. */
  resumeEntryHref: (section: ResumeEntrySection, id: string) => string;
}

const slugs = (keywords: readonly string[]) => [...new Set(keywords.map(technologySlug))];

/** An entry the résumé dates once (a publication, award or certificate), as a node in its own lane. */
interface DatedEntry {
  id: string;
  name?: string;
  /** Who published, awarded or issued it. */
  by?: string;
  date?: string;
  summary?: string;
}

/**
 * Turns the résumé into timeline items in chronological order: education, each employer followed by
 * its work projects (in the résumé's order, dated only by the employer), volunteering, the dated
 * open-source work, and the dated publications, awards and certificates. An entry without a start
 * (or date) is not on the axis; undated personal projects and contributions are listed beside it
 * (see `buildUndatedEntries`).
 */
export function buildTimelineItems(resume: Resume, now: Date, text: TimelineText): TimelineItem[] {
  const items: TimelineItem[] = [];
  const endOf = (endDate?: string) => (endDate ? endOfMonth(endDate) : now);

  for (const school of resume.education) {
    // An entry the content gives no start has no place on the axis.
    if (!school.startDate) continue;
    const period = text.formatPeriod(school.startDate, school.endDate);
    const detail = [school.studyType, school.area].filter(Boolean).join(' · ');
    items.push({
      id: school.id,
      kind: 'education',
      lane: 'education',
      name: school.institution ?? '',
      detail,
      period,
      summary: detail,
      accessibleName: text.accessibleName(`${school.institution ?? ''} ${detail}`, period, false),
      technologies: [],
      start: startOfMonth(school.startDate),
      end: endOf(school.endDate),
      anchor: startOfMonth(school.startDate),
      ongoing: !school.endDate,
    });
  }

  for (const job of resume.work) {
    if (!job.startDate) continue;
    const period = text.formatPeriod(job.startDate, job.endDate);
    const projects = resume.projects.filter(
      (project) => project.kind === 'work' && project.employer === job.id,
    );
    const start = startOfMonth(job.startDate);
    const end = endOf(job.endDate);
    items.push({
      id: job.id,
      kind: 'employer',
      lane: 'work',
      name: job.name ?? '',
      detail: job.position ?? '',
      period,
      summary: job.summary ?? '',
      accessibleName: text.accessibleName(`${job.name ?? ''} ${job.position ?? ''}`, period, false),
      technologies: slugs(projects.flatMap((project) => project.keywords)),
      start,
      end,
      anchor: start,
      ongoing: !job.endDate,
      href: text.workHref(job.id),
    });
    for (const project of projects) {
      const projectPeriod = text.employerPeriod(job.name ?? '', period);
      items.push({
        id: project.id,
        kind: 'work-project',
        lane: 'work',
        name: project.name ?? '',
        period: projectPeriod,
        summary: project.description ?? '',
        accessibleName: text.accessibleName(project.name ?? '', projectPeriod, false),
        technologies: slugs(project.keywords),
        start,
        end,
        anchor: start,
        ongoing: !job.endDate,
        href: text.projectHref(project.id),
        employerId: job.id,
      });
    }
  }

  for (const entry of resume.volunteer) {
    if (!entry.startDate) continue;
    const period = text.formatPeriod(entry.startDate, entry.endDate);
    const name = entry.organization ?? '';
    const detail = entry.position ?? '';
    items.push({
      id: entry.id,
      kind: 'volunteer',
      lane: 'volunteer',
      name,
      detail,
      period,
      summary: entry.summary ?? detail,
      accessibleName: text.accessibleName(`${name} ${detail}`.trim(), period, false),
      technologies: [],
      start: startOfMonth(entry.startDate),
      end: endOf(entry.endDate),
      anchor: startOfMonth(entry.startDate),
      ongoing: !entry.endDate,
      href: text.resumeEntryHref('volunteer', entry.id),
    });
  }

  for (const project of resume.projects) {
    if (project.kind !== 'personal' || !project.startDate) continue;
    const period = text.repositoryPeriod(text.formatPeriod(project.startDate, project.endDate));
    items.push({
      id: project.id,
      kind: 'project',
      lane: 'open-source',
      name: project.name ?? '',
      period,
      summary: project.description ?? '',
      accessibleName: text.accessibleName(project.name ?? '', period, false),
      technologies: slugs(project.keywords),
      start: startOfMonth(project.startDate),
      end: endOf(project.endDate),
      anchor: startOfMonth(project.startDate),
      ongoing: !project.endDate,
      href: text.projectHref(project.id),
    });
  }

  for (const contribution of resume.contributions) {
    // A contribution is a link to the commits: without one there is nothing to show.
    if (!contribution.startDate || !contribution.url) continue;
    const period = text.formatPeriod(contribution.startDate, contribution.endDate);
    items.push({
      id: contribution.id,
      kind: 'contribution',
      lane: 'open-source',
      name: contribution.name ?? '',
      period,
      summary: contribution.summary ?? contribution.name ?? '',
      accessibleName: text.accessibleName(contribution.name ?? '', period, true),
      technologies: [],
      start: startOfMonth(contribution.startDate),
      end: endOf(contribution.endDate),
      anchor: startOfMonth(contribution.startDate),
      ongoing: !contribution.endDate,
      href: contribution.url,
      external: true,
    });
  }

  const datedSections: [NodeKind, LaneId, DatedEntry[]][] = [
    [
      'publication',
      'publications',
      resume.publications.map(({ id, name, publisher, releaseDate, summary }) => ({
        id,
        name,
        by: publisher,
        date: releaseDate,
        summary,
      })),
    ],
    [
      'award',
      'awards',
      resume.awards.map(({ id, title, awarder, date, summary }) => ({
        id,
        name: title,
        by: awarder,
        date,
        summary,
      })),
    ],
    [
      'certificate',
      'certificates',
      resume.certificates.map(({ id, name, issuer, date }) => ({ id, name, by: issuer, date })),
    ],
  ];
  for (const [kind, lane, entries] of datedSections) {
    for (const entry of entries) {
      if (!entry.date) continue;
      const period = text.formatPeriod(undefined, entry.date);
      const at = startOfMonth(entry.date);
      items.push({
        id: entry.id,
        kind,
        lane,
        name: entry.name ?? '',
        period,
        summary: entry.summary ?? entry.by ?? '',
        accessibleName: text.accessibleName(entry.name ?? '', period, false),
        technologies: [],
        start: at,
        end: at,
        anchor: at,
        ongoing: false,
        href: text.resumeEntryHref(kind, entry.id),
      });
    }
  }

  // A stable sort: an employer's projects, which share its start, stay right after it.
  return items.sort((a, b) => a.anchor.getTime() - b.anchor.getTime());
}

/**
 * The personal projects and contributions the résumé gives no date, in its order (projects, then
 * contributions), each linking where the résumé document links it.
 */
export function buildUndatedEntries(
  resume: Resume,
  text: Pick<TimelineText, 'commits' | 'projectHref'>,
): UndatedEntry[] {
  const entries: UndatedEntry[] = [];
  for (const project of resume.projects) {
    if (project.kind !== 'personal' || project.startDate) continue;
    entries.push({
      id: project.id,
      kind: 'project',
      name: project.name ?? '',
      note: project.entity ?? '',
      technologies: slugs(project.keywords),
      href: text.projectHref(project.id),
      external: false,
    });
  }
  for (const contribution of resume.contributions) {
    if (contribution.startDate || !contribution.url) continue;
    entries.push({
      id: contribution.id,
      kind: 'contribution',
      name: contribution.name ?? '',
      note: contribution.commits === undefined ? '' : text.commits(contribution.commits),
      technologies: [],
      href: contribution.url,
      external: true,
    });
  }
  return entries;
}
