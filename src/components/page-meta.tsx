import { useLocation } from 'react-router';
import { languages, originalLanguage } from '../config/languages';
import { openGraphLocale } from '../i18n/language-facts';
import { useLanguage } from '../i18n/use-language';
import { pathInLanguage } from '../config/paths';
import { absoluteUrl } from '../config/site';

interface PageMetaProps {
  title: string;
  /** Absent when the content has none: the page then has no description. */
  description?: string;
  /** False for pages that must not be indexed, such as the not-found page. */
  indexable?: boolean;
}

/**
 * The page's `<head>` entries: title, description, canonical URL, the same page in each language,
 * and the Open Graph and Twitter card tags for link previews. React places them in the head, on the
 * server and after each client-side navigation.
 */
export function PageMeta({ title, description, indexable = true }: PageMetaProps) {
  const language = useLanguage();
  const { pathname } = useLocation();
  const url = absoluteUrl(pathname);
  // Only an image drawn from this résumé as it is now (og-card.mjs): else the preview has none.
  const image = import.meta.env.VITE_OG_IMAGE_LANGUAGES.includes(language)
    ? absoluteUrl(`/og/${language}.png`)
    : undefined;
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      {indexable ? (
        <>
          <link rel="canonical" href={url} />
          {languages.length > 1 && <LanguageAlternates pathname={pathname} />}
        </>
      ) : (
        <meta name="robots" content="noindex" />
      )}
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      {image && (
        <>
          <meta property="og:image" content={image} />
          <meta property="og:image:width" content="1200" />
          <meta property="og:image:height" content="630" />
        </>
      )}
      <meta property="og:locale" content={openGraphLocale(language)} />
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {image && <meta name="twitter:image" content={image} />}
    </>
  );
}

/** The same page in every language, the original as the default: for a site in several. */
function LanguageAlternates({ pathname }: { pathname: string }) {
  return (
    <>
      {languages.map((other) => (
        <link
          key={other}
          rel="alternate"
          hrefLang={other}
          href={absoluteUrl(pathInLanguage(pathname, other))}
        />
      ))}
      <link
        rel="alternate"
        hrefLang="x-default"
        href={absoluteUrl(pathInLanguage(pathname, originalLanguage))}
      />
    </>
  );
}
