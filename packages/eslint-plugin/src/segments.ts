/**
 * Builds checkable text from pieces of source (JSX text, string literals, template literal parts),
 * remembering where each piece came from so findings can be placed and fixed in the source.
 */
export type SegmentKind = 'jsx-text' | 'jsx-attribute' | 'double-quoted' | 'single-quoted' | 'template';

export interface Segment {
  /** Offset of the piece in the combined text. */
  textStart: number;
  /** Offset of the piece in the source file. */
  sourceStart: number;
  length: number;
  kind: SegmentKind;
}

export class TextBuilder {
  text = '';
  readonly segments: Segment[] = [];

  /** Adds a piece of source text as written. Character references are blanked so offsets stay put. */
  add(raw: string, sourceStart: number, kind: SegmentKind): void {
    const cleaned = kind === 'jsx-text' || kind === 'jsx-attribute' ? raw.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (entity) => ' '.repeat(entity.length)) : raw.replace(/\\./g, '  ');
    this.segments.push({ textStart: this.text.length, sourceStart, length: raw.length, kind });
    this.text += cleaned;
  }

  /** Stands for an expression we cannot read: a gap between words, never part of a fix. */
  gap(): void {
    this.text += ' ';
  }

  get empty(): boolean {
    return this.segments.length === 0 || this.text.trim() === '';
  }

  /**
   * Maps a range of the combined text to the source. `fixable` is true only when the range lies inside
   * one piece, so a suggestion never rewrites an expression.
   */
  toSource(start: number, end: number): { start: number; end: number; fixable: boolean; kind: SegmentKind } | undefined {
    const first = this.segments.find((segment) => start >= segment.textStart && start < segment.textStart + segment.length);
    const last = this.segments.find((segment) => end > segment.textStart && end <= segment.textStart + segment.length);
    if (!first || !last) return undefined;
    return {
      start: first.sourceStart + (start - first.textStart),
      end: last.sourceStart + (end - last.textStart),
      fixable: first === last,
      kind: first.kind,
    };
  }
}

/** Escapes a replacement so it is valid inside the kind of text it goes into. */
export function escapeFor(kind: SegmentKind, text: string): string {
  switch (kind) {
    case 'double-quoted':
      return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    case 'single-quoted':
      return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    case 'jsx-attribute':
      // JSX attribute strings have no backslash escapes: use character references.
      return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    case 'template':
      return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    default:
      return text.replace(/[{}<>]/g, '');
  }
}
