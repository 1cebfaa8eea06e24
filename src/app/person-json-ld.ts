import type { Resume } from '../content/schema';

/**
 * The schema.org Person for a home page's JSON-LD, from the résumé alone. The phone number is left
 * out on purpose: it belongs on a printed résumé, not in data that crawlers harvest.
 */
export function personJsonLd(resume: Resume, url: string): Record<string, unknown> {
  const current = resume.work.find((entry) => !entry.endDate);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: resume.basics.name,
    jobTitle: resume.basics.label,
    ...(resume.basics.email && { email: `mailto:${resume.basics.email}` }),
    url,
    sameAs: resume.basics.profiles.map((profile) => profile.url),
    ...(current && { worksFor: { '@type': 'Organization', name: current.name } }),
    alumniOf: resume.education.map((school) => ({
      '@type': 'CollegeOrUniversity',
      name: school.institution,
      ...(school.url && { sameAs: school.url }),
    })),
    knowsAbout: resume.skills.flatMap((group) => group.keywords),
  };
}
