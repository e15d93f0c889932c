import { useEffect, useRef, type ReactElement } from 'react';
import { AssessmentPage } from './pages/AssessmentPage';
import { LanguagePage } from './pages/LanguagePage';
import { OverviewPage } from './pages/OverviewPage';
import { TheoryOfChangePage } from './pages/TheoryOfChangePage';
import { WellbeingPage } from './pages/WellbeingPage';
import { ROUTES, type RoutePath } from './routing/routes';
import { useHashRoute } from './routing/useHashRoute';

const PAGES: Record<RoutePath, () => ReactElement> = {
  '/': OverviewPage,
  '/assessment': AssessmentPage,
  '/theory-of-change': TheoryOfChangePage,
  '/language': LanguagePage,
  '/wellbeing': WellbeingPage,
};

export function App() {
  const route = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const Page = PAGES[route];
  const label = ROUTES.find((r) => r.path === route)!.label;

  // After moving to another page, put focus at the start of the new content (not on first load).
  useEffect(() => {
    document.title = `${label}: Pathfinder`;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [label]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <p className="site-name">Pathfinder</p>
        <p className="site-tagline">Trauma-informed practice in substance use services</p>
        <nav aria-label="Main">
          <ul className="site-nav">
            {ROUTES.map((r) => (
              <li key={r.path}>
                <a href={`#${r.path}`} aria-current={r.path === route ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Page />
      </main>
      <footer className="site-footer">
        <p>Nothing is sent anywhere: this app works without a connection and keeps your work on this device.</p>
      </footer>
    </>
  );
}
