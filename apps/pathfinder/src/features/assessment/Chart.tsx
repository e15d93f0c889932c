// A bar chart drawn with CSS, where every bar carries its value in words: meaning never rests on colour or
// length alone, and the same numbers are in the table beside it.
import { useId, type ReactNode } from 'react';
import { TableFrame } from '../../app/TableFrame';

export interface Bar {
  key: string;
  label: ReactNode;
  /** Null draws a hatched bar marked "not shown". */
  value: number | null;
  valueText: string;
}

export function BarChart({ title, bars, min, max, scaleText }: { title: string; bars: readonly Bar[]; min: number; max: number; scaleText: [string, string] }) {
  const captionId = useId();
  return (
    <figure className="assessment-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{title}</strong> (chart; the table below has the same numbers)
      </figcaption>
      <ul className="assessment-bars">
        {bars.map((bar) => {
          const share = bar.value === null ? 0 : Math.max(0, Math.min(1, (bar.value - min) / (max - min)));
          return (
            <li key={bar.key}>
              <span className="assessment-bar__label">
                <span>{bar.label}</span>
                <span>{bar.valueText}</span>
              </span>
              <span className="assessment-bar__track" aria-hidden="true" style={{ display: 'block' }}>
                <span
                  className={bar.value === null ? 'assessment-bar__fill assessment-bar__fill--withheld' : 'assessment-bar__fill'}
                  style={{
                    display: 'block',
                    width: bar.value === null ? undefined : `${Math.round(share * 1000) / 10}%`,
                  }}
                />
              </span>
            </li>
          );
        })}
      </ul>
      <span className="assessment-bar__scale" aria-hidden="true">
        <span>{scaleText[0]}</span>
        <span>{scaleText[1]}</span>
      </span>
    </figure>
  );
}

export interface Column {
  label: ReactNode;
  numeric?: boolean;
}

/** A table of numbers with its caption and column headings; it scrolls inside its own frame on narrow screens. */
export function DataTable({ caption, columns, children }: { caption: string; columns: readonly Column[]; children: ReactNode }) {
  return (
    <TableFrame label={caption}>
      <table className="assessment-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? 'assessment-number' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableFrame>
  );
}
