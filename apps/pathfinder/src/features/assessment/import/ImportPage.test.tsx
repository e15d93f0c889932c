import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { AXE, renderInWorkspace, workspaceWithOpenRound } from '../test-support';
import { parseCsv, toCsv } from './csv';
import { surveyMonkeyCsv } from './fixtures';
import ImportPage from './ImportPage';

describe('the import page', () => {
  it('previews a SurveyMonkey export, asks about duplicates and an unknown word, then saves only answers under new codes', async () => {
    const user = userEvent.setup();
    const { workspace, roundId } = workspaceWithOpenRound();
    const { container, latest } = renderInWorkspace(<ImportPage params={{ roundId }} />, workspace);
    const rows = parseCsv(surveyMonkeyCsv(6)).rows;
    rows[3]![9] = 'Somewhat';
    rows.push([...rows[2]!]);
    await user.upload(screen.getByLabelText('Spreadsheet file'), new File([toCsv(rows)], 'monkey.csv', { type: 'text/csv' }));
    await screen.findByRole('heading', { name: 'Check how monkey.csv was read' });
    expect(screen.getByText(/never stored: IP Address, Email Address, First Name, Last Name, Custom Data 1/)).toBeTruthy();
    expect(screen.getByText(/^Row 4: “Somewhat”/)).toBeTruthy();
    expect((await axe(container, AXE)).violations).toEqual([]);

    // Nothing is saved until the duplicate is decided.
    await user.click(screen.getByRole('button', { name: 'Save 6 responses' }));
    expect(screen.getByText('Choose which of rows 3, 9 to keep.')).toBeTruthy();
    expect(latest().responses.filter((r) => r.roundId === roundId)).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Only row 9 (the latest)' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /“Somewhat”/ }), '4');
    await user.click(screen.getByRole('button', { name: 'Save 6 responses' }));
    expect(await screen.findByText('6 responses saved')).toBeTruthy();
    const saved = latest().responses.filter((r) => r.roundId === roundId);
    expect(saved).toHaveLength(6);
    expect(JSON.stringify(saved)).not.toMatch(/192\.0\.2|114000/);
    for (const r of saved) expect(r.respondentId).toMatch(/^p-[0-9a-f]{12}$/);
  });

  it('explains a file it cannot read, calmly, and keeps nothing', async () => {
    const user = userEvent.setup();
    const { workspace, roundId } = workspaceWithOpenRound();
    renderInWorkspace(<ImportPage params={{ roundId }} />, workspace);
    await user.upload(screen.getByLabelText('Spreadsheet file'), new File(['only a heading'], 'empty.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/has a header row but no answers beneath it/)).toBeTruthy();
  });
});
