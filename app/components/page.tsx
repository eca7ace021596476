import type { ReactNode } from "react";

/** A calm statement of who can see the content on this page or form. */
export function Visibility({ children }: { children: ReactNode }) {
  return (
    <aside className="visibility" aria-label="Who can see this">
      <svg aria-hidden="true" focusable="false" className="visibility-icon" viewBox="0 0 24 24" width="20" height="20">
        <path
          d="M12 5C6.5 5 2.7 9.4 1.5 12c1.2 2.6 5 7 10.5 7s9.3-4.4 10.5-7C21.3 9.4 17.5 5 12 5zm0 11.5a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9zm0-2.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z"
          fill="currentColor"
        />
      </svg>
      <p>
        <strong>Who can see this: </strong>
        {children}
      </p>
    </aside>
  );
}

/**
 * A data table that may be wider than a phone: it scrolls inside this region, which keyboard users can focus
 * and scroll, and which screen readers announce by its label.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // Named as a table, so the region never shares its name with the section around it (axe landmark-unique).
    <div className="table-scroll" role="region" aria-label={`${label} (table)`} tabIndex={0}>
      {children}
    </div>
  );
}
