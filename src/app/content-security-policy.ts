/**
 * The Content-Security-Policy of every prerendered page. Scripts come only from the site itself: the
 * build emits no inline script (the router's hydration data and the JSON-LD are data blocks, which
 * never run), so no hash is needed. Styles come from the site and from the page's one inline
 * stylesheet, allowed by its hash (`styleHash`, base64 SHA-256). No page has a style attribute;
 * React and d3 set styles in the browser through the CSSOM, which a policy does not restrict.
 */
export function contentSecurityPolicy(styleHash: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'sha256-${styleHash}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
