// The page frame every page shares: quick exit, skip link, header, navigation (a disclosure on small
// screens), breadcrumbs, the main content and a footer with support contacts.
import { useId, useState, type MouseEvent, type ReactNode } from 'react';
import { Button, ExitThisPage, ExitThisPageSkipLink, SupportSignpost, Text } from '@nttp/ui';
import { SUPPORT_CONTACTS } from './support';
import { ThemeSwitch } from './theme';

export interface NavItem {
  href: string;
  title: string;
  current: boolean;
}

export interface Crumb {
  title: string;
  /** No address for the current page. */
  href?: string;
}

export interface FrameProps {
  /** The open workspace's name and save status, under the app's name. */
  workspaceLine?: ReactNode;
  nav?: readonly NavItem[];
  crumbs?: readonly Crumb[];
  /** Shown above the page, such as the two-tab notice. */
  notice?: ReactNode;
  children: ReactNode;
}

export const MAIN_ID = 'main';

/** The skip link moves focus without changing the address (the hash names pages here). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

export function Frame({ workspaceLine, nav, crumbs, notice, children }: FrameProps) {
  const menuId = useId();
  const currentHref = nav?.find((item) => item.current)?.href ?? '';
  // The menu is open for the page it was opened on: moving to another page closes it on small screens.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === currentHref;

  return (
    <>
      <ExitThisPageSkipLink />
      <a className="app-skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        Skip to main content
      </a>
      <ExitThisPage className="app-exit" />
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__names">
            <a className="app-header__home" href="#/">
              Pathfinder
            </a>
            {workspaceLine}
          </div>
        </div>
        {nav && nav.length > 0 ? (
          <nav className="app-nav" aria-label="Workspace" data-open={menuOpen}>
            <Button variant="secondary" className="app-nav__toggle" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setOpenOn(menuOpen ? null : currentHref)}>
              Menu
            </Button>
            <ul className="app-nav__list" id={menuId}>
              {nav.map((item) => (
                <li key={item.href}>
                  <a className="app-nav__link" href={item.href} aria-current={item.current ? 'page' : undefined}>
                    {item.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <div className="app-page">
        {crumbs && crumbs.length > 0 ? (
          <nav className="app-breadcrumbs" aria-label="You are here">
            <ol>
              {crumbs.map((crumb) => (
                <li key={`${crumb.href ?? 'here'}-${crumb.title}`}>
                  {crumb.href ? (
                    <a className="nttp-link" href={crumb.href}>
                      {crumb.title}
                    </a>
                  ) : (
                    <span aria-current="page">{crumb.title}</span>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <main id={MAIN_ID} tabIndex={-1} className="app-main">
          {notice}
          {children}
        </main>
      </div>
      <footer className="app-footer">
        <div className="app-footer__inner">
          <SupportSignpost contacts={SUPPORT_CONTACTS} title="Support for you" intro="Work on trauma can stir up difficult feelings. These services are free and confidential." />
          <ThemeSwitch />
          <Text tone="secondary" size="s">
            Pathfinder keeps your work in this browser on this device. Nothing is sent anywhere, and there is no tracking.
          </Text>
        </div>
      </footer>
    </>
  );
}
