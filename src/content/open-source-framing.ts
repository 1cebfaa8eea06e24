import type { Resume } from './schema';

/**
 * Whether the site presents the résumé's personal projects as open source. A résumé that lists
 * open-source contributions (this site's `contributions` extension) is an open-source profile: its
 * own projects are shown beside them as open-source projects. Any other résumé's projects are
 * simply projects, since JSON Resume does not say whether a project's code is open.
 */
export function presentsOpenSource(resume: Pick<Resume, 'contributions'>): boolean {
  return resume.contributions.length > 0;
}
