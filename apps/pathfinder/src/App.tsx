import { PhasesSection } from './sections/PhasesSection';
import { PrinciplesSection } from './sections/PrinciplesSection';
import { ThemesSection } from './sections/ThemesSection';

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to main content</a>
      <header className="site-header">
        <p className="site-name">Pathfinder</p>
        <p className="site-tagline">Trauma-informed practice in substance use services</p>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>Becoming a trauma-informed service</h1>
        <p className="lead">
          This app follows the National Trauma Transformation Programme pathfinders: three phases of work,
          nine themes to improve, and five principles that run through all of it. Everything you enter stays
          on this device unless you choose to export it.
        </p>
        <PhasesSection />
        <PrinciplesSection />
        <ThemesSection />
      </main>
      <footer className="site-footer">
        <p>Nothing is sent anywhere: this app works without a connection and keeps your work on this device.</p>
      </footer>
    </>
  );
}
