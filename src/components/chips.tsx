import { Link } from 'react-router';
import { paths } from '../config/paths';
import { technologySlug } from '../content/technologies';
import { useLanguage } from '../i18n/use-language';

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
  const language = useLanguage();
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
