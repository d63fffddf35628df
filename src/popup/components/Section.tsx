import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sectionOpenKey } from '../../shared/storage-keys';

function remembered(id: string, fallback: boolean): boolean {
  try {
    const v = localStorage.getItem(sectionOpenKey(id));
    return v === null ? fallback : v === '1';
  } catch {
    return fallback;
  }
}

interface Props {
  id: string;
  title: string;
  /** Shown next to the title while closed too: the section's one-line gist. */
  summary?: ComponentChildren;
  open?: boolean;
  onOpen?: () => void;
  children: ComponentChildren;
}

/**
 * A collapsible section (native details/summary: keyboard and screen-reader friendly). The rep's
 * choice of open sections is remembered, so the popup opens the way they last left it.
 */
export function Section({ id, title, summary, open: defaultOpen = false, onOpen, children }: Props) {
  const [open, setOpen] = useState(() => remembered(id, defaultOpen));
  useEffect(() => {
    if (open) onOpen?.();
  }, [open]);
  return (
    <details
      class={`section section-${id}`}
      open={open}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        if (now === open) return;
        setOpen(now);
        try {
          localStorage.setItem(sectionOpenKey(id), now ? '1' : '0');
        } catch {
          // Storage can be unavailable (private mode): the section just forgets.
        }
      }}
    >
      <summary>
        <span class="section-title">{title}</span>
        {summary !== undefined && <span class="section-summary">{summary}</span>}
      </summary>
      <div class="section-body">{children}</div>
    </details>
  );
}
