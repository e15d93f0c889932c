import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testExamples } from '../../test-utils/examples-harness';
import { Details } from './Details';
import { examples } from './Details.examples';

testExamples(examples);

describe('Details', () => {
  it('is closed until people choose to open it, and reports each change', () => {
    const onToggle = vi.fn();
    const { container } = render(<Details summary="Why we ask" onToggle={onToggle}>Because it helps.</Details>);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(onToggle).toHaveBeenLastCalledWith(true);
    expect(screen.getByText('Why we ask').closest('summary')).toBeTruthy();
  });

  it('can start open', () => {
    const { container } = render(<Details summary="Why we ask" open>Because it helps.</Details>);
    expect(container.querySelector('details')!.open).toBe(true);
  });
});
