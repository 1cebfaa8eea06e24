/**
 * An entry's list of results or highlights, as the résumé document sets them under the entry; none
 * when the list is empty. `label` names the list for screen readers.
 */
export function EntryResults({ items, label }: { items: readonly string[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="entry__results" aria-label={label}>
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  );
}
