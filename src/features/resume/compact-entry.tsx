import { LinkedText } from '../../components/linked-text';

interface CompactEntryProps {
  /** The entry's HTML id, so that a link can land on it (resumeEntryAnchor). */
  anchor: string;
  title?: string;
  url?: string;
  /** One line under the title; none when empty. */
  detail?: string;
}

/** One entry of a compact list (an award, a publication, a certificate): its title, linked where it has a page, and a line of detail. */
export function CompactEntry({ anchor, title, url, detail }: CompactEntryProps) {
  return (
    <li id={anchor}>
      <h3 className="compact-list__title">
        <LinkedText url={url}>{title}</LinkedText>
      </h3>
      {detail && <p className="compact-list__detail">{detail}</p>}
    </li>
  );
}
