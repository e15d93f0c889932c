import { PHASES } from '@nttp/domain';

export function PhasesSection() {
  return (
    <section aria-labelledby="phases-heading">
      <h2 id="phases-heading">The three phases</h2>
      <ol className="phase-list">
        {PHASES.map((phase) => (
          <li key={phase.id} className="phase">
            <h3>
              <span className="phase-number">Phase {phase.number}:</span> {phase.name}
            </h3>
            <p>{phase.description}</p>
            <details>
              <summary>Tools used in this phase</summary>
              <ul>
                {phase.tools.map((tool) => (
                  <li key={tool}>{tool}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
