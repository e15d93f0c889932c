import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, toCsv, trimTable, type Separator } from './csv';

describe('parseCsv', () => {
  it('reads a byte-order mark, Windows line ends and quoted fields with commas, quotes and new lines', () => {
    const text = '\uFEFFId,"Staff explain, calmly",Note\r\n1,Agree,"said ""fine""\r\nthen left"\r\n2,"Strongly disagree",\r\n';
    expect(parseCsv(text)).toEqual({
      separator: ',',
      rows: [
        ['Id', 'Staff explain, calmly', 'Note'],
        ['1', 'Agree', 'said "fine"\r\nthen left'],
        ['2', 'Strongly disagree', ''],
      ],
    });
  });

  it('detects semicolons from locales that write decimal commas, ignoring commas inside quotes', () => {
    expect(detectSeparator('"Q1, the first";Q2\n1,5;2')).toBe(';');
    expect(parseCsv('Q1;Q2\n"1,5";4').rows).toEqual([['Q1', 'Q2'], ['1,5', '4']]);
  });

  it('drops trailing columns and rows that are empty everywhere, and keeps inner empty cells', () => {
    expect(parseCsv('a,b,,,\n1,,,,\n,,,,\n\n').rows).toEqual([['a', 'b'], ['1', '']]);
  });

  it('reads old Mac line ends and a last line without a line end', () => {
    expect(parseCsv('a,b\r1,2').rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('a\tb\n1\t2').rows).toEqual([['a', 'b'], ['1', '2']]);
  });
});

const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r', 'é', '’', '1') });

describe('parseCsv properties', () => {
  it('reads back exactly what toCsv wrote, for any cells and any separator', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        fc.constantFrom<Separator>(',', ';', '\t'),
        fc.boolean(),
        (rows, separator, bom) => {
          const text = (bom ? '\uFEFF' : '') + toCsv(rows, separator);
          expect(parseCsv(text, separator).rows).toEqual(trimTable(rows));
        },
      ),
    );
  });

  it('gives the same rows whether lines end in CRLF or LF when no cell holds a line end', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', ',', '"') });
    fc.assert(
      fc.property(fc.array(fc.array(plain, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const crlf = toCsv(rows);
        expect(parseCsv(crlf.replaceAll('\r\n', '\n'), ',').rows).toEqual(parseCsv(crlf, ',').rows);
      }),
    );
  });

  it('never throws and always gives rows of one width', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { rows } = parseCsv(text);
        expect(new Set(rows.map((r) => r.length)).size).toBeLessThanOrEqual(1);
      }),
    );
  });
});
