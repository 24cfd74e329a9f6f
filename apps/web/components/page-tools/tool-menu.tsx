'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A compact menu of page tools: a <details> disclosure, so it opens without JavaScript, from the
 * keyboard (Enter, Space) and is announced as a collapsed or expanded button. With scripts, Escape
 * closes it and gives the focus back to its button, and so does a click or focus outside it.
 */
export function ToolMenu({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const close = (returnFocus: boolean) => {
      if (!details.open) return;
      details.open = false;
      if (returnFocus) details.querySelector('summary')?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      event.preventDefault();
      close(true);
    };
    const onOutside = (event: Event) => {
      if (event.target instanceof Node && !details.contains(event.target)) close(false);
    };
    details.addEventListener('keydown', onKey);
    document.addEventListener('click', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, []);

  return (
    <details ref={menu} className={['tool-menu', className].filter(Boolean).join(' ')}>
      <summary className="tool-button">{label}</summary>
      <ul>{children}</ul>
    </details>
  );
}
