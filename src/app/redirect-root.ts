import { basePath } from '../config/paths';
import { preferredLanguage } from '../config/language-preference';

/** The root page shows the default language; sends the visitor to theirs (remembered, or the browser's). */
export function redirectRoot() {
  window.location.replace(
    `${basePath}${preferredLanguage()}/${window.location.search}${window.location.hash}`,
  );
}
