import { presentsOpenSource } from '../../../content/open-source-framing';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { paths, type ResumeEntrySection } from '../../../config/paths';
import type { Resume } from '../../../content/schema';
import { projectTechnologies, technologySlug } from '../../../content/technologies';
import { formatMonth, formatYearMonth } from '../../../i18n/format-date';
import { useFormatPeriod } from '../../../i18n/use-format-period';
import { useTimelineSearch } from '../hooks/use-timeline-search';
import { buildTimelineItems, buildUndatedEntries } from '../layout/build-timeline-items';
import type { Tick } from '../layout/choose-ticks';
import { timelineDomain } from '../layout/create-time-scale';
import { HorizontalTimeline } from './horizontal-timeline';
import type { OrientationChartProps } from './orientation-chart-props';
import { TechnologyFilter } from './technology-filter';
import { UndatedEntries } from './undated-entries';
import { VerticalTimeline } from './vertical-timeline';
import { sentenceSpace } from '../../../i18n/language-facts';
import { useLanguage } from '../../../i18n/use-language';

interface CareerTimelineProps {
  resume: Resume;
  /** "Now", the end of the axis and of ongoing periods: an input, so rendering stays pure. */
  now: Date;
}

/**
 * The career timeline: the horizontal chart on wide screens, the vertical one on narrow screens.
 * Both are rendered and CSS shows one, so the page needs no measuring to pick and does not shift.
 */
export function CareerTimeline({ resume, now }: CareerTimelineProps) {
  const language = useLanguage();
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  // The state in the URL applies once hydrated: the prerendered page shows the whole career.
  const url = useTimelineSearch();

  const [items, undated] = useMemo(() => {
    const text = {
      formatPeriod,
      employerPeriod: (employer: string, period: string) =>
        t('period.employerPeriod', { employer, period }),
      repositoryPeriod: (period: string) => t('period.repositoryActive', { period }),
      accessibleName: (name: string, period: string, external: boolean) =>
        external
          ? t('timeline.externalNodeName', { name, period })
          : t('timeline.nodeName', { name, period }),
      commits: (count: number) => t('contribution.commits', { count }),
      workHref: (id: string) => paths.work(language, id),
      projectHref: (id: string) => paths.project(language, id),
      resumeEntryHref: (section: ResumeEntrySection, id: string) =>
        paths.resumeEntry(language, section, id),
    };
    return [buildTimelineItems(resume, now, text), buildUndatedEntries(resume, text)] as const;
  }, [resume, now, language, formatPeriod, t]);
  const technologies = useMemo(() => projectTechnologies(resume.projects), [resume]);
  // An unknown technology is no filter, silently, as is an unknown focus id.
  const technology = technologies.find((candidate) => candidate.slug === url.state.tech) ?? null;
  const emphasis = useMemo(
    () => (technology ? { technology: technology.slug } : undefined),
    [technology],
  );
  const count = technology && {
    matching: resume.projects.filter((project) =>
      project.keywords.some((keyword) => technologySlug(keyword) === technology.slug),
    ).length,
    total: resume.projects.length,
  };
  const domain = useMemo(() => timelineDomain(items, now), [items, now]);

  const openSource = presentsOpenSource(resume);
  const text = useMemo(
    () => ({
      laneTitles: {
        education: t('timeline.lanes.education'),
        work: t('timeline.lanes.work'),
        volunteer: t('timeline.lanes.volunteer'),
        'open-source': openSource ? t('timeline.lanes.openSource') : t('timeline.lanes.projects'),
        publications: t('timeline.lanes.publications'),
        awards: t('timeline.lanes.awards'),
        certificates: t('timeline.lanes.certificates'),
      },
      formatTick: (tick: Tick) =>
        tick.isYear
          ? t('timeline.tickYear', { year: tick.date.getUTCFullYear() })
          : formatMonth(tick.date, language),
      caption: ([from, to]: [Date, Date]) =>
        t('timeline.showing', {
          from: formatYearMonth(from.toISOString().slice(0, 7), language),
          to: formatYearMonth(to.toISOString().slice(0, 7), language),
        }),
    }),
    [t, language, openSource],
  );

  const chart: OrientationChartProps = { items, domain, text, url, emphasis };

  return (
    <section id="timeline" className="career-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="career-timeline__title">
        {t('timeline.title')}
      </h2>
      <p className="career-timeline__note">
        {/* Said only where it is so: of work projects the résumé gives no dates of their own. */}
        {resume.projects.some((project) => project.kind === 'work' && !project.startDate) && (
          <>
            {t('timeline.undatedNote')}
            {sentenceSpace(language)}
          </>
        )}
        <span className="career-timeline__keys">{t('timeline.instructions')}</span>
      </p>
      <TechnologyFilter
        technologies={technologies}
        active={technology?.slug ?? null}
        count={count}
        search={url.search}
      />
      <HorizontalTimeline {...chart} />
      <VerticalTimeline {...chart} />
      <UndatedEntries entries={undated} technology={technology?.slug ?? null} search={url.search} />
    </section>
  );
}
