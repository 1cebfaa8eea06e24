/**
 * The Content-Security-Policy of every prerendered page. Scripts come only from the site itself,
 * plus the one inline script that applies the visitor's theme before the first paint, allowed by
 * its hash (`scriptHash`); the router's hydration data and the JSON-LD are data blocks, which never
 * run. Styles come from the site and from the page's one inline stylesheet, allowed by its hash
 * (`styleHash`). No page has a style attribute; React and d3 set styles in the browser through the
 * CSSOM, which a policy does not restrict. Trusted Types are enforced with no policy at all: no
 * string can reach a sink that parses HTML or runs script (innerHTML, script.src, eval…), and
 * nothing in the app needs one. Hashes are base64 SHA-256.
 */
export function contentSecurityPolicy({
  scriptHash,
  styleHash,
}: {
  scriptHash: string;
  styleHash: string;
}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${scriptHash}'`,
    `style-src 'self' 'sha256-${styleHash}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}
