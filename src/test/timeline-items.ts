import { originalLanguage } from '../config/languages';
import { resumeIn } from './resumes';
import { buildTimelineItems } from '../features/timeline/layout/build-timeline-items';
import type { TimelineItem } from '../features/timeline/layout/timeline-item';

/** A fixed "now" so that expected positions do not move with the calendar. */
export const testNow = new Date(Date.UTC(2026, 10, 24));

/** The content's résumé in its original language as timeline items, with plain formatting. */
export function realItems(): TimelineItem[] {
  return buildTimelineItems(resumeIn(originalLanguage), testNow, {
    formatPeriod: (start, end) => `${start} – ${end ?? 'now'}`,
    employerPeriod: (employer, period) => `${employer}: ${period}`,
    repositoryPeriod: (period) => `repository ${period}`,
    accessibleName: (name, period, external) => `${name}, ${period}${external ? ' (GitHub)' : ''}`,
    commits: (count) => `${count} commits`,
    workHref: (id) => `/${originalLanguage}/work/${id}`,
    projectHref: (id) => `/${originalLanguage}/projects/${id}`,
    resumeEntryHref: (section, id) => `/${originalLanguage}/resume/#${section}-${id}`,
  });
}

/** A title for every lane, in plain English. */
export const testLaneTitles = {
  education: 'Education',
  work: 'Work',
  volunteer: 'Volunteering',
  'open-source': 'Open source',
  publications: 'Publications',
  awards: 'Awards',
  certificates: 'Certificates',
};

/** A month in UTC, as the d3-scale tests build dates: independent of the machine's timezone. */
export function utc(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
