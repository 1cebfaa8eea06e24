import type { ReactNode } from 'react';
import { themeColors } from '../config/theme-preference';
import { contentSecurityPolicy } from './content-security-policy';
import { startScript } from './start-script';
import { themeScript } from './theme-script';
import { pageStateElementId, type PageState } from './page-state';

export interface DocumentAssets {
  /** The entry module, which the page imports once it has loaded (startScript). */
  script: string;
  /**
   * The site's stylesheet, inlined: it is small (about 3 KB gzip), and a page that carries it can
   * paint as soon as its HTML arrives, without waiting for another request.
   */
  css: string;
  /** The stylesheet's SHA-256, base64: the page's policy allows that stylesheet and no other. */
  cssHash: string;
  /** The SHA-256 of the inline theme script (themeScript), base64. */
  themeScriptHash: string;
  /** The SHA-256 of the inline script that starts the app (startScript of `script`), base64. */
  startScriptHash: string;
  /** The modules the page starts with, which the entry fetches once the page has loaded. */
  modules: string[];
  /**
   * The modules the page loads once it has hydrated (the home page's timeline), which the entry
   * fetches once it has run `modules`, as the page starts to hydrate, and leaves to the page to run.
   */
  laterModules: string[];
}

interface DocumentProps {
  htmlLang: string;
  assets: DocumentAssets;
  icon: string;
  /** Structured data for the page, as JSON-LD. */
  jsonLd?: Record<string, unknown>;
  /** The state the browser hydrates with; absent where it renders from scratch (404.html). */
  pageState?: PageState;
  children: ReactNode;
}

/**
 * The whole HTML document of a prerendered page. The page's own title, description and links come
 * from its components; React hoists them into this head.
 */
export function Document({ htmlLang, assets, icon, jsonLd, pageState, children }: DocumentProps) {
  return (
    <html lang={htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta
          httpEquiv="Content-Security-Policy"
          content={contentSecurityPolicy({
            scriptHashes: [assets.themeScriptHash, assets.startScriptHash],
            styleHash: assets.cssHash,
          })}
        />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta
          name="theme-color"
          media="(prefers-color-scheme: light)"
          content={themeColors.light}
        />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content={themeColors.dark} />
        {/* After the theme-color metas, which it sets; before the stylesheet and the body. */}
        <script>{themeScript}</script>
        <meta name="referrer" content="strict-origin-when-cross-origin" />
        <link rel="icon" type="image/svg+xml" href={icon} />
        <style>{assets.css}</style>
        {/* Starts the app once the page has loaded: the entry then fetches the modules listed
            here (src/main.tsx). */}
        <script
          data-modules={assets.modules.join(' ')}
          data-later-modules={assets.laterModules.join(' ') || undefined}
        >
          {startScript(assets.script)}
        </script>
        {jsonLd && <script type="application/ld+json">{JSON.stringify(jsonLd)}</script>}
      </head>
      <body>
        <div id="root">{children}</div>
        {pageState && (
          <script type="application/json" id={pageStateElementId}>
            {JSON.stringify(pageState)}
          </script>
        )}
      </body>
    </html>
  );
}
