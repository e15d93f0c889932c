// Arial's advance widths (Helvetica metrics, in thousandths of an em) for printable ASCII, with sensible
// widths for everything else. The server's width table (measure.ts) uses them for characters beyond ASCII;
// layout and the exported helpers measure through the hook in measure.ts.

// Widths for code points 32 (space) to 126 (~), in thousandths of an em.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

function charWidth(code: number): number {
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32]!;
  if (code === 0x2019 || code === 0x2018) return 222; // curly quotes
  if (code === 0x2013) return 556;
  if (code === 0x2014 || code === 0x2026) return 1000;
  if (code >= 0x0300 && code <= 0x036f) return 0; // combining marks
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60))
    return 1000; // wide East Asian characters
  if (code >= 0x1f000) return 1000; // emoji and symbols
  return 580; // accented Latin, Greek, Cyrillic and the rest: about an average letter
}

/** Width of `text` in pixels at `fontSize`. */
export function measureText(text: string, fontSize: number): number {
  let total = 0;
  for (const char of text) total += charWidth(char.codePointAt(0)!);
  return (total * fontSize) / 1000;
}
