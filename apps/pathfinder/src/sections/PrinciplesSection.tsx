import { PRINCIPLES } from '@nttp/domain';

export function PrinciplesSection() {
  return (
    <section aria-labelledby="principles-heading">
      <h2 id="principles-heading">The five principles</h2>
      <dl className="principle-list">
        {PRINCIPLES.map((principle) => (
          <div key={principle.id} className="principle">
            <dt>{principle.name}</dt>
            <dd>{principle.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
