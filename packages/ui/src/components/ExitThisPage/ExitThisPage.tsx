import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, MouseEvent, ReactElement } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';

/**
 * The shortcut listens from the moment the button is on screen: a passive effect can run after a person's
 * first Shift presses (or a story's play function) and miss them. On the server, layout effects do not run.
 */
const useListenerEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Where the button goes when no `redirectUrl` is given: the same neutral page GOV.UK uses. */
export const EXIT_THIS_PAGE_DEFAULT_URL = 'https://www.bbc.co.uk/weather';

/** How long the Shift presses count towards leaving, in milliseconds (GOV.UK uses 5 seconds). */
export const EXIT_THIS_PAGE_KEYPRESS_TIMEOUT = 5000;

export interface ExitThisPageText {
  /** The button's visible text. */
  text: string;
  /** Read out before the button text by screen readers only. */
  hiddenPrefix: string;
  /** Shown on the overlay while the next page loads. */
  activated: string;
  /** Announced when the Shift presses stop counting. */
  timedOut: string;
  /** Announced after the first Shift press. */
  pressTwoMoreTimes: string;
  /** Announced after the second Shift press. */
  pressOneMoreTime: string;
}

export const EXIT_THIS_PAGE_TEXT: ExitThisPageText = {
  text: 'Exit this page',
  hiddenPrefix: 'Emergency',
  activated: 'Loading.',
  timedOut: 'Exit this page expired.',
  pressTwoMoreTimes: 'Shift, press 2 more times to exit.',
  pressOneMoreTime: 'Shift, press 1 more time to exit.',
};

export interface ExitPageOptions {
  redirectUrl?: string;
  activatedText?: string;
  /** Replaces the current history entry by default, so Back does not return to this page. */
  navigate?: (url: string) => void;
}

const HIDE_CONTENT_CLASS = 'nttp-exit-this-page-hide-content';
const OVERLAY_CLASS = 'nttp-exit-this-page-overlay';

function defaultNavigate(url: string): void {
  window.location.replace(url);
}

/**
 * Leaves the page at once: hides the page's content behind a plain overlay (so nothing stays on screen
 * while the next page loads) and replaces the current history entry with a neutral page.
 */
export function exitPage(options: ExitPageOptions = {}): void {
  const { redirectUrl = EXIT_THIS_PAGE_DEFAULT_URL, activatedText = EXIT_THIS_PAGE_TEXT.activated, navigate = defaultNavigate } = options;
  document.body.classList.add(HIDE_CONTENT_CLASS);
  if (!document.querySelector(`.${OVERLAY_CLASS}`)) {
    const overlay = document.createElement('div');
    // The overlay sits on <body>, outside the page's .nttp-root, so it carries the tokens' scope itself.
    overlay.className = `nttp-root ${OVERLAY_CLASS}`;
    overlay.setAttribute('role', 'alert');
    overlay.textContent = activatedText;
    document.body.appendChild(overlay);
  }
  navigate(redirectUrl);
}

/** Takes the overlay away again, for when someone comes back to the page from the browser's cache. */
export function resetExitPage(): void {
  document.body.classList.remove(HIDE_CONTENT_CLASS);
  document.querySelectorAll(`.${OVERLAY_CLASS}`).forEach((node) => node.remove());
}

export interface ExitThisPageProps extends Partial<ExitThisPageText> {
  /** A neutral page to go to. Defaults to BBC Weather, as GOV.UK does. */
  redirectUrl?: string;
  /** Listen for Shift pressed three times anywhere on the page. On by default. */
  keyboardShortcut?: boolean;
  /** How long Shift presses count towards leaving. */
  keypressTimeout?: number;
  /** How to leave; `location.replace` by default. Tests and routers can pass their own. */
  navigate?: (url: string) => void;
  className?: string;
}

/**
 * A button that leaves the page quickly and safely, for people who may be watched or interrupted.
 * Works like GOV.UK's "Exit this page": click or press Shift three times within 5 seconds.
 */
export function ExitThisPage(props: ExitThisPageProps): ReactElement {
  const {
    redirectUrl = EXIT_THIS_PAGE_DEFAULT_URL,
    keyboardShortcut = true,
    keypressTimeout = EXIT_THIS_PAGE_KEYPRESS_TIMEOUT,
    navigate,
    className,
  } = props;
  const text: ExitThisPageText = { ...EXIT_THIS_PAGE_TEXT, ...definedOnly(props) };
  useLanguageWarning('ExitThisPage', { ...text });
  const [presses, setPresses] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const state = useRef({ presses: 0, lastKeyWasModified: false, timer: 0, messageTimer: 0 });
  const latest = useRef({ text, redirectUrl, navigate, keypressTimeout });
  useEffect(() => {
    latest.current = { text, redirectUrl, navigate, keypressTimeout };
  });

  const exit = useCallback(() => {
    const { text: t, redirectUrl: url, navigate: nav } = latest.current;
    setAnnouncement('');
    exitPage({ redirectUrl: url, activatedText: t.activated, navigate: nav });
  }, []);

  useListenerEffect(() => {
    const s = state.current;
    const clearTimers = () => {
      window.clearTimeout(s.timer);
      window.clearTimeout(s.messageTimer);
      s.timer = 0;
    };
    const reset = (message: string) => {
      clearTimers();
      s.presses = 0;
      setPresses(0);
      setAnnouncement(message);
      if (message) s.messageTimer = window.setTimeout(() => setAnnouncement(''), latest.current.keypressTimeout);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      const t = latest.current.text;
      if (keyboardShortcut && event.key === 'Shift' && !s.lastKeyWasModified) {
        clearTimers();
        s.presses += 1;
        if (s.presses >= 3) {
          s.presses = 0;
          setPresses(3);
          exit();
        } else {
          setPresses(s.presses);
          setAnnouncement(s.presses === 1 ? t.pressTwoMoreTimes : t.pressOneMoreTime);
          s.timer = window.setTimeout(() => reset(latest.current.text.timedOut), latest.current.keypressTimeout);
        }
      } else if (s.timer) {
        reset('');
      }
      // A capital letter (Shift held with another key) is typing, not a press towards leaving. Shift's own
      // key-up says nothing either way: browsers report it without shiftKey, some test tools with it.
      s.lastKeyWasModified = event.key === 'Shift' ? false : event.shiftKey;
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) {
        resetExitPage();
        reset('');
      }
    };
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      clearTimers();
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [keyboardShortcut, exit]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    exit();
  };
  // A link with role="button" must also work with Space, as a real button does.
  const onKeyDown = (event: ReactKeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === ' ') {
      event.preventDefault();
      exit();
    }
  };

  return (
    <div className={cx('nttp-exit-this-page', className)} data-module="nttp-exit-this-page">
      <span className="nttp-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
      <a href={redirectUrl} role="button" draggable={false} className="nttp-exit-this-page__button" onClick={onClick} onKeyDown={onKeyDown}>
        <span className="nttp-visually-hidden">{text.hiddenPrefix}</span> {text.text}
      </a>
      {keyboardShortcut && presses > 0 ? (
        <span className="nttp-exit-this-page__indicator" aria-hidden="true" data-presses={presses}>
          {[1, 2, 3].map((n) => (
            <span key={n} className={cx('nttp-exit-this-page__light', n <= presses && 'nttp-exit-this-page__light--on')} />
          ))}
        </span>
      ) : null}
    </div>
  );
}

export interface ExitThisPageSkipLinkProps extends ExitPageOptions {
  /** Defaults to "Exit this page". */
  children?: string;
  className?: string;
}

/**
 * The first link on the page, seen when focused: lets keyboard users leave before tabbing anywhere else.
 * Put it before the page's other skip links.
 */
export function ExitThisPageSkipLink({
  redirectUrl = EXIT_THIS_PAGE_DEFAULT_URL,
  activatedText,
  navigate,
  children = EXIT_THIS_PAGE_TEXT.text,
  className,
}: ExitThisPageSkipLinkProps): ReactElement {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    exitPage({ redirectUrl, activatedText, navigate });
  };
  return (
    <a href={redirectUrl} className={cx('nttp-exit-this-page__skip-link', className)} onClick={onClick}>
      {children}
    </a>
  );
}

function definedOnly(props: ExitThisPageProps): Partial<ExitThisPageText> {
  const out: Partial<ExitThisPageText> = {};
  for (const key of Object.keys(EXIT_THIS_PAGE_TEXT) as (keyof ExitThisPageText)[]) {
    const value = props[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}
