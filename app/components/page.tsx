import type { ReactNode } from "react";

/** A calm statement of who can see the content on this page or form. */
export function Visibility({ children }: { children: ReactNode }) {
  return (
    <aside className="visibility" aria-label="Who can see this">
      <span aria-hidden="true" className="visibility-icon">👁</span>
      <p><strong>Who can see this: </strong>{children}</p>
    </aside>
  );
}

/** A page for a capability that is still being built: it says what will be here. */
export function ComingSoon({ title, intro, items }: { title: string; intro: string; items: string[] }) {
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <h2>What will be here</h2>
      <ul>{items.map((i) => <li key={i}>{i}</li>)}</ul>
    </div>
  );
}
