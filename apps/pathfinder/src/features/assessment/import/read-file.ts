// Reads a chosen file into a table of cells. The XLSX reader is loaded only when an XLSX file is chosen,
// so it stays out of the app's first load.
import { parseCsv } from './csv';
import type { Cell } from './plan';

export class FileReadError extends Error {}

export async function readTable(file: File): Promise<Cell[][]> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) {
    const { readSheet } = await import('read-excel-file/browser');
    try {
      const rows = await readSheet(file);
      return rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? null : (cell as Cell))));
    } catch {
      throw new FileReadError('This file could not be opened as an Excel workbook. Save it again from the spreadsheet as .xlsx or .csv, and choose it again.');
    }
  }
  if (name.endsWith('.xls')) throw new FileReadError('Older .xls workbooks cannot be read here. Save the sheet as .xlsx or .csv from your spreadsheet, and choose it again.');
  const text = await file.text();
  return parseCsv(text).rows;
}
