// Reads a file's bytes as text the way editors do: a byte-order mark says UTF-8 or UTF-16, UTF-16 without
// one is recognised by its zero bytes, and anything else with zero bytes is not text at all (an image, a
// PDF), so the CLI can say it skipped the file instead of claiming there was nothing to change.

export type Decoded = { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { kind: 'binary' };

const SAMPLE = 4096;

export function decodeFile(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const guess = guessUtf16(bytes);
  if (guess) return utf16(bytes, guess);
  if (bytes.subarray(0, SAMPLE).includes(0)) return { kind: 'binary' };
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  return { kind: 'text', text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** UTF-16 text without a mark: mostly-Latin text has a zero in every other byte, and only there. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return undefined;
}
