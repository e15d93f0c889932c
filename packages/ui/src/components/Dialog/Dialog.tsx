import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

export interface DialogProps {
  open: boolean;
  /** Called when people close it: the close button, Escape, or your own action. */
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Buttons at the end of the dialog, such as "Continue" and "Go back". */
  actions?: ReactNode;
  /** The close button's text. */
  closeLabel?: string;
  /** What gets focus on opening; the title (read first, with no frame drawn round the whole dialog) when not given. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** The id of what describes the dialog, when not its whole content (a countdown describes itself less often). */
  describedBy?: string;
  /** `alertdialog` when it interrupts to ask for a response, such as a timeout warning. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

const FOCUSABLE = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), iframe, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** The elements inside `root` that Tab can reach, in order. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.closest('[hidden], [inert]'));
}

/**
 * Open dialogs, oldest first. Only the newest keeps focus inside itself: with two open, each pulling
 * focus back would bounce it between them for ever.
 */
const openDialogs: HTMLElement[] = [];

/**
 * A modal dialog. Focus moves into it on opening, stays inside it while it is open (Tab and Shift+Tab
 * wrap, and focus that escapes is brought back), and returns to where it was on closing. Escape closes
 * it. Clicking outside does not, so nobody loses what they were doing by accident.
 */
export function Dialog({ open, onClose, title, children, actions, closeLabel = 'Close', initialFocus, describedBy, role = 'dialog', className }: DialogProps) {
  useLanguageWarning('Dialog', { title, closeLabel });
  const ref = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const base = `nttp-dialog${useId().replace(/[^\w-]/g, '')}`;

  useEffect(() => {
    if (!open) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const self = ref.current;
    if (self) openDialogs.push(self);
    // The title takes focus, so it is read first; focusing the whole dialog drew a frame round everything.
    const start = () => initialFocus?.current ?? titleRef.current ?? self;
    start()?.focus();
    const keepFocusInside = (event: FocusEvent) => {
      if (!self || openDialogs.at(-1) !== self) return;
      if (event.target instanceof Node && !self.contains(event.target)) (titleRef.current ?? self).focus();
    };
    document.addEventListener('focusin', keepFocusInside);
    return () => {
      document.removeEventListener('focusin', keepFocusInside);
      const index = self ? openDialogs.lastIndexOf(self) : -1;
      if (index >= 0) openDialogs.splice(index, 1);
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [open, initialFocus]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = focusableIn(ref.current);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === ref.current || active === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="nttp-dialog__backdrop">
      <div
        ref={ref}
        role={role}
        aria-modal="true"
        aria-labelledby={`${base}-title`}
        aria-describedby={describedBy ?? `${base}-content`}
        tabIndex={-1}
        className={cx('nttp-dialog', className)}
        onKeyDown={onKeyDown}
      >
        <div className="nttp-dialog__header">
          <h2 id={`${base}-title`} className="nttp-dialog__title" tabIndex={-1} ref={titleRef}>
            {title}
          </h2>
          <button type="button" className="nttp-dialog__close" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
        <div id={`${base}-content`} className="nttp-dialog__content">
          {children}
        </div>
        {actions ? <div className="nttp-dialog__actions">{actions}</div> : null}
      </div>
    </div>
  );
}
