import type { Resume } from '../../../content/schema';
import { endOfMonth, startOfMonth } from './parse-year-month';
import type { TimelineItem } from './timeline-item';

export interface TimelineText {
  /** Formats a content period; an absent end means "to now". */
  formatPeriod: (startDate: string, endDate?: string) => string;
  /** Says that a period is an employer's, for projects the résumé does not date. */
  employerPeriod: (employer: string, period: string) => string;
  /** Says that a personal project's period is its repository's activity. */
  repositoryPeriod: (period: string) => string;
  /** The name of an item's link: its name and period, saying so if it leaves the site. */
  accessibleName: (name: string, period: string, external: boolean) => string;
  workHref: (id: string) => string;
  projectHref: (id: string) => string;
}

/**
 * Turns the résumé into timeline items in chronological order: education, employers, the work projects
 * (dated only by their employer), and the dated open-source work. Undated personal projects are left
 * out: the timeline does not invent dates for them.
 */
export function buildTimelineItems(resume: Resume, now: Date, text: TimelineText): TimelineItem[] {
  const items: TimelineItem[] = [];
  const endOf = (endDate?: string) => (endDate ? endOfMonth(endDate) : now);

  for (const school of resume.education) {
    const period = text.formatPeriod(school.startDate, school.endDate);
    items.push({
      id: school.id,
      kind: 'education',
      lane: 'education',
      name: school.institution,
      detail: `${school.studyType} · ${school.area}`,
      period,
      summary: `${school.studyType} · ${school.area}`,
      accessibleName: text.accessibleName(school.institution, period, false),
      start: startOfMonth(school.startDate),
      end: endOf(school.endDate),
      anchor: startOfMonth(school.startDate),
      ongoing: !school.endDate,
    });
  }

  for (const job of resume.work) {
    const period = text.formatPeriod(job.startDate, job.endDate);
    items.push({
      id: job.id,
      kind: 'employer',
      lane: 'work',
      name: job.name,
      detail: job.position,
      period,
      summary: job.summary,
      accessibleName: text.accessibleName(job.name, period, false),
      start: startOfMonth(job.startDate),
      end: endOf(job.endDate),
      anchor: startOfMonth(job.startDate),
      ongoing: !job.endDate,
      href: text.workHref(job.id),
    });
    const projects = resume.projects.filter(
      (project) => project.type === 'work' && project.employer === job.id,
    );
    const start = startOfMonth(job.startDate).getTime();
    const span = endOf(job.endDate).getTime() - start;
    projects.forEach((project, index) => {
      const projectPeriod = text.employerPeriod(job.name, period);
      items.push({
        id: project.id,
        kind: 'project',
        lane: 'work',
        name: project.name,
        detail: job.name,
        period: projectPeriod,
        summary: project.description,
        accessibleName: text.accessibleName(project.name, projectPeriod, false),
        start: startOfMonth(job.startDate),
        end: endOf(job.endDate),
        ongoing: !job.endDate,
        href: text.projectHref(project.id),
        employerId: job.id,
        anchor: new Date(start + (span * (index + 1)) / (projects.length + 1)),
      });
    });
  }

  for (const project of resume.projects) {
    if (project.type !== 'personal' || !project.startDate) continue;
    const period = text.repositoryPeriod(text.formatPeriod(project.startDate, project.endDate));
    items.push({
      id: project.id,
      kind: 'project',
      lane: 'open-source',
      name: project.name,
      detail: project.entity,
      period,
      summary: project.description,
      accessibleName: text.accessibleName(project.name, period, false),
      start: startOfMonth(project.startDate),
      end: endOf(project.endDate),
      anchor: startOfMonth(project.startDate),
      ongoing: !project.endDate,
      href: text.projectHref(project.id),
    });
  }

  for (const contribution of resume.contributions) {
    if (!contribution.startDate) continue;
    const period = text.formatPeriod(contribution.startDate, contribution.endDate);
    items.push({
      id: contribution.id,
      kind: 'contribution',
      lane: 'open-source',
      name: contribution.name,
      detail: '',
      period,
      summary: contribution.summary ?? contribution.name,
      accessibleName: text.accessibleName(contribution.name, period, true),
      start: startOfMonth(contribution.startDate),
      end: endOf(contribution.endDate),
      anchor: startOfMonth(contribution.startDate),
      ongoing: !contribution.endDate,
      href: contribution.url,
      external: true,
    });
  }

  return items.sort((a, b) => a.anchor.getTime() - b.anchor.getTime());
}
