import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../config/languages';
import { paths } from '../config/paths';
import { technologySlug } from '../content/technologies';

interface ChipsProps {
  keywords: readonly string[];
  label?: string;
  /**
   * The technologies (slugs) the timeline can be filtered by; a chip for one of them links to the
   * filtered timeline, any other is plain text. Absent: every keyword is a project technology.
   */
  linkable?: ReadonlySet<string>;
}

/** Keywords (technologies, skills) as a list of chips, each a way to see where it was used. */
export function Chips({ keywords, label, linkable }: ChipsProps) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <ul className="chips" aria-label={label}>
      {keywords.map((keyword) => {
        const slug = technologySlug(keyword);
        const links = !linkable || linkable.has(slug);
        return (
          <li key={keyword} className={links ? 'chip chip--link' : 'chip'}>
            {links ? <Link to={paths.technology(language, slug)}>{keyword}</Link> : keyword}
          </li>
        );
      })}
    </ul>
  );
}
