import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFile } from './decode';

const utf16le = (text: string, bom: boolean) => {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
};
const utf16be = (text: string) => {
  const body = Buffer.from(text, 'utf16le').swap16();
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), body]));
};

describe('decodeFile', () => {
  it('reads UTF-16 with either byte-order mark, and little-endian UTF-16 without one', () => {
    const text = 'Some staff still say addicts.\n';
    expect(decodeFile(utf16le(text, true))).toEqual({ kind: 'text', text, encoding: 'utf-16le' });
    expect(decodeFile(utf16be(text))).toEqual({ kind: 'text', text, encoding: 'utf-16be' });
    expect(decodeFile(utf16le(text, false))).toEqual({ kind: 'text', text, encoding: 'utf-16le' });
  });

  it('drops a UTF-8 byte-order mark so offsets start at the first character', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('addict', 'utf8')]));
    expect(decodeFile(bytes)).toEqual({ kind: 'text', text: 'addict', encoding: 'utf-8' });
  });

  it('calls a file with zero bytes that is not UTF-16 binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeFile(png)).toEqual({ kind: 'binary' });
  });

  it('round-trips any UTF-8 text without zero bytes, and any text written as UTF-16 with a mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\0') && !s.startsWith('\uFEFF')), (text) => {
        expect(decodeFile(new Uint8Array(Buffer.from(text, 'utf8')))).toMatchObject({ kind: 'text', text });
        expect(decodeFile(utf16le(text, true))).toMatchObject({ kind: 'text', text });
      }),
    );
  });
});
