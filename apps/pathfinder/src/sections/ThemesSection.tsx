import { THEMES } from '@nttp/domain';

export function ThemesSection() {
  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">The nine themes</h2>
      <p>Phase 3 puts the agreed priorities into practice across these themes.</p>
      <ul className="theme-grid">
        {THEMES.map((theme) => (
          <li key={theme.id} className="theme-card">
            <h3>
              <span className="theme-number">{theme.order}.</span> {theme.name}
            </h3>
            <p>{theme.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
