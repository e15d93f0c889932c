import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from '../../internal/class-names';
import { useLanguageWarning } from '../../internal/dev-language-warning';
import { checkProps } from '../../internal/dev-props';
import { useControllable } from '../../internal/use-controllable';

export interface TabItem {
  /** Stable and unique within the tabs. */
  id: string;
  label: string;
  content: ReactNode;
}

export interface TabsProps {
  /** What the tabs are for, read to screen reader users with the tab list. */
  label: string;
  items: readonly TabItem[];
  /** The chosen tab's id, if the parent controls it. */
  selected?: string;
  defaultSelected?: string;
  onSelect?: (id: string) => void;
  className?: string;
}

/** The index reached from `index` by a key, wrapping at the ends; undefined for other keys. */
export function nextTabIndex(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Tabs for switching between views of related content on one page (WAI-ARIA tabs pattern): arrow keys,
 * Home and End move between tabs, and Tab moves into the panel. All panels render on the server, so
 * the content is there before JavaScript runs.
 */
export function Tabs({ label, items, selected, defaultSelected, onSelect, className }: TabsProps) {
  useLanguageWarning('Tabs', { label, items: items.map((item) => item.label) });
  checkProps('Tabs', (check) => check.notEmpty(items, 'items', 'tab').unique(items, 'items', 'id', (item) => item.id));
  const base = `nttp-tabs${useId().replace(/[^\w-]/g, '')}`;
  const [current, setCurrent] = useControllable(selected, defaultSelected ?? items[0]?.id ?? '', onSelect);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const currentIndex = Math.max(0, items.findIndex((item) => item.id === current));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = nextTabIndex(event.key, index, items.length);
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(items[next]!.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className={cx('nttp-tabs', className)}>
      <div role="tablist" aria-label={label} className="nttp-tabs__list">
        {items.map((item, index) => {
          const isSelected = index === currentIndex;
          return (
            <button
              key={item.id}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${item.id}`}
              aria-controls={`${base}-panel-${item.id}`}
              aria-selected={isSelected}
              tabIndex={isSelected ? 0 : -1}
              className={cx('nttp-tabs__tab', isSelected && 'nttp-tabs__tab--selected')}
              onClick={() => setCurrent(item.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item, index) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`${base}-panel-${item.id}`}
          aria-labelledby={`${base}-tab-${item.id}`}
          hidden={index !== currentIndex}
          tabIndex={0}
          className="nttp-tabs__panel"
        >
          {item.content}
        </div>
      ))}
    </div>
  );
}
