import type { ReactNode } from 'react';

/** `children` as a link to `url`, an external page the content gives, or as plain text without one. */
export function LinkedText({ url, children }: { url?: string; children: ReactNode }) {
  if (!url) return <>{children}</>;
  return (
    <a href={url} rel="noopener noreferrer">
      {children}
    </a>
  );
}
