// Steps several end-to-end tests share.
import type { Page } from 'playwright-core';

/** Starts a blank workspace through the form and waits for its overview. */
export async function startBlank(page: Page, url: string, name = 'Riverside pathfinder'): Promise<string> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Pathfinder name' }).fill(name);
  await page.getByRole('textbox', { name: 'Area' }).fill('Riverside Health and Social Care Partnership');
  await page.getByLabel('Start date').fill('2025-04-01');
  await page.getByRole('textbox', { name: 'First service’s name' }).fill('Riverside Recovery Hub');
  await page.getByRole('combobox', { name: 'Kind of service' }).selectOption('recovery-community');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
  return new URL(page.url()).hash;
}
