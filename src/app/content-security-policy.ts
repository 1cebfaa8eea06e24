/**
 * The Content-Security-Policy of every prerendered page. Scripts come only from the site itself,
 * plus two inline scripts allowed by their hashes (`scriptHashes`): the one that applies the
 * visitor's theme before the first paint, and the one that starts the app once the page has loaded;
 * the router's hydration data and the JSON-LD are data blocks, which never run. Styles come from
 * the site and from the page's one inline stylesheet, allowed by its hash (`styleHash`). No page
 * has a style attribute; React and d3 set styles in the browser through the CSSOM, which a policy
 * does not restrict. Trusted Types are enforced with no policy at all: no string can reach a sink
 * that parses HTML or runs script (innerHTML, script.src, eval…), and nothing in the app needs one.
 * Hashes are base64 SHA-256.
 */
export function contentSecurityPolicy({
  scriptHashes,
  styleHash,
}: {
  scriptHashes: readonly string[];
  styleHash: string;
}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
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
