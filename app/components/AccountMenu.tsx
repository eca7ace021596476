import { useEffect, useRef, type ReactNode } from "react";

/**
 * The account menu: a native <details>, so it opens and closes without JavaScript. With JavaScript,
 * Escape closes it and puts focus back on its button, as people expect of a menu.
 */
export function AccountMenu({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const menu = ref.current;
      if (event.key !== "Escape" || !menu?.open) return;
      menu.open = false;
      menu.querySelector("summary")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <details ref={ref}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
