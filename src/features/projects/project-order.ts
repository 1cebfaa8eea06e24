import { compareContentDates } from '../../content/content-date';
import type { Project, Resume } from '../../content/schema';

/**
 * Every project in chronological order: the work projects by their employer's start (in résumé order
 * within one employer, as the résumé gives them no dates of their own), then the personal projects in
 * résumé order (most of them have no dates either).
 */
export function orderProjectsChronologically(resume: Pick<Resume, 'work' | 'projects'>): Project[] {
  const employerStart = new Map(resume.work.map((entry) => [entry.id, entry.startDate]));
  const workProjects = resume.projects.filter((project) => project.kind === 'work');
  const personalProjects = resume.projects.filter((project) => project.kind === 'personal');
  // Array.prototype.sort is stable, so projects of one employer keep their résumé order.
  const byEmployerStart = [...workProjects].sort((a, b) =>
    compareContentDates(employerStart.get(a.employer), employerStart.get(b.employer)),
  );
  return [...byEmployerStart, ...personalProjects];
}
