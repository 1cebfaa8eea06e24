/**
 * The Content-Security-Policy of every prerendered page. Scripts come only from the site itself: the
 * build emits no inline script (the router's hydration data and the JSON-LD are data blocks, which
 * never run), so no hash is needed. Inline style attributes are allowed: React sets a few (the
 * timeline preview's position); they cannot run code.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
