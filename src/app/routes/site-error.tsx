import { paths, withBasePath } from '../../config/paths';
import { originalLanguage } from '../../config/languages';

/*
 * The last line of defence: the language's strings or content could not be loaded (a network error,
 * say), so this message cannot come from them. It is written in both languages.
 */
const heading = { zh: '页面没能加载', en: 'The page could not be loaded' };

export function SiteError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main id="main" className="page page--message" role="alert">
      <title>{`${heading.zh} · ${heading.en}`}</title>
      <h1>
        <span lang="zh-CN">{heading.zh}</span> · <span lang="en">{heading.en}</span>
      </h1>
      <p lang="zh-CN">请检查网络连接后重新加载。</p>
      <p lang="en">Please check your connection and reload the page.</p>
      <p className="page__error-detail">
        <code>{message}</code>
      </p>
      <p className="page__actions">
        <a className="button-link" href={withBasePath(paths.home(originalLanguage))}>
          首页 · Home
        </a>
      </p>
    </main>
  );
}
