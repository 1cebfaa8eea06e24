/**
 * Keywords (technologies, skills) as a list of chips. Plain text: no page shows one technology yet;
 * when the timeline can be filtered by technology, this is the one place to make them links.
 */
export function Chips({ keywords, label }: { keywords: readonly string[]; label?: string }) {
  return (
    <ul className="chips" aria-label={label}>
      {keywords.map((keyword) => (
        <li key={keyword} className="chip">
          {keyword}
        </li>
      ))}
    </ul>
  );
}
