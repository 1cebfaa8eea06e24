import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useHydrated } from '../../../components/use-hydrated';
import type { Language } from '../../../config/languages';
import { paths } from '../../../config/paths';
import type { Resume } from '../../../content/schema';
import { formatYearMonth } from '../../../i18n/format-date';
import { useFormatPeriod } from '../../../i18n/use-format-period';
import { buildTimelineItems } from '../layout/build-timeline-items';
import type { Tick } from '../layout/choose-ticks';
import { timelineDomain } from '../layout/create-time-scale';
import { readTimelineUrlState } from '../timeline-url';
import { HorizontalTimeline } from './horizontal-timeline';
import { VerticalTimeline } from './vertical-timeline';

interface CareerTimelineProps {
  resume: Resume;
  language: Language;
  /** "Now", the end of the axis and of ongoing periods: an input, so rendering stays pure. */
  now: Date;
}

/**
 * The career timeline: the horizontal chart on wide screens, the vertical one on narrow screens.
 * Both are rendered and CSS shows one, so the page needs no measuring to pick and does not shift.
 */
export function CareerTimeline({ resume, language, now }: CareerTimelineProps) {
  const { t } = useTranslation();
  const formatPeriod = useFormatPeriod();
  const { search } = useLocation();
  // The view in the URL applies once hydrated: the prerendered page shows the whole career.
  const hydrated = useHydrated();
  const urlState = useMemo(() => readTimelineUrlState(hydrated ? search : ''), [search, hydrated]);
  // Charts start from the URL's state: remount them when it arrives, but only if there is any.
  const hasUrlState = Boolean(urlState.view ?? urlState.zoom ?? urlState.focus);
  const remountKey = hasUrlState ? 'from-url' : 'default';

  const items = useMemo(
    () =>
      buildTimelineItems(resume, now, {
        formatPeriod,
        employerPeriod: (employer, period) => t('period.employerPeriod', { employer, period }),
        repositoryPeriod: (period) => t('period.repositoryActive', { period }),
        accessibleName: (name, period, external) =>
          external
            ? t('timeline.externalNodeName', { name, period })
            : t('timeline.nodeName', { name, period }),
        workHref: (id) => paths.work(language, id),
        projectHref: (id) => paths.project(language, id),
      }),
    // formatPeriod and t change with the language, as does the résumé.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [resume, now, language],
  );
  const domain = useMemo(() => timelineDomain(items, now), [items, now]);

  const text = useMemo(() => {
    // One formatter for every month tick: zoom frames format a dozen ticks each.
    const formatMonth = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en', {
      month: 'short',
      timeZone: 'UTC',
    });
    return {
      laneTitles: {
        education: t('timeline.lanes.education'),
        work: t('timeline.lanes.work'),
        'open-source': t('timeline.lanes.openSource'),
      },
      formatTick: (tick: Tick) =>
        tick.isYear
          ? t('timeline.tickYear', { year: tick.date.getUTCFullYear() })
          : formatMonth.format(tick.date),
      caption: ([from, to]: [Date, Date]) =>
        t('timeline.showing', {
          from: formatYearMonth(from.toISOString().slice(0, 7), language),
          to: formatYearMonth(to.toISOString().slice(0, 7), language),
        }),
    };
  }, [t, language]);

  return (
    <section className="career-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="career-timeline__title">
        {t('timeline.title')}
      </h2>
      <p className="career-timeline__note">
        {t('timeline.undatedNote')}{' '}
        <span className="career-timeline__keys">{t('timeline.instructions')}</span>
      </p>
      <HorizontalTimeline
        key={`horizontal-${remountKey}`}
        items={items}
        domain={domain}
        text={text}
        initialView={urlState.view}
        highlightedId={urlState.focus}
      />
      <VerticalTimeline
        key={`vertical-${remountKey}`}
        items={items}
        domain={domain}
        text={text}
        initialZoom={urlState.zoom}
        highlightedId={urlState.focus}
      />
    </section>
  );
}
