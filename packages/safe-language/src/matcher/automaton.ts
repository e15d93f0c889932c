/**
 * An Aho–Corasick automaton over word ids: every pattern is a sequence of normalised words, and one
 * left-to-right pass over a text's tokens finds every occurrence of every pattern. The work done is
 * linear in the number of tokens plus the number of matches; `steps` counts it so tests can prove it.
 */
export interface AutomatonMatch {
  /** Index of the pattern, in the order the patterns were added. */
  pattern: number;
  /** First token of the match. */
  first: number;
  /** Last token of the match (inclusive). */
  last: number;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of a word, adding it when it is new. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  /** The id of a word, or -1 when no pattern or guard uses it. */
  lookup(word: string): number {
    return this.ids.get(word) ?? -1;
  }
}

export class Automaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly depth: number[] = [0];
  private readonly outputs: number[][] = [[]];
  private fail: Int32Array = new Int32Array(1);
  /** Nearest state along the failure chain that has its own outputs (a dictionary link). */
  private outLink: Int32Array = new Int32Array(1);
  private compiled = false;
  private patternCount = 0;

  add(words: readonly number[]): number {
    if (this.compiled) throw new Error('The automaton is already compiled.');
    let state = 0;
    for (const word of words) {
      const edges = this.next[state] as Map<number, number>;
      let to = edges.get(word);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.depth.push((this.depth[state] as number) + 1);
        this.outputs.push([]);
        edges.set(word, to);
      }
      state = to;
    }
    const id = this.patternCount++;
    (this.outputs[state] as number[]).push(id);
    return id;
  }

  compile(): this {
    const size = this.next.length;
    this.fail = new Int32Array(size);
    this.outLink = new Int32Array(size).fill(-1);
    const queue: number[] = [];
    for (const to of (this.next[0] as Map<number, number>).values()) queue.push(to);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [word, to] of this.next[state] as Map<number, number>) {
        let f = this.fail[state] as number;
        while (f > 0 && !(this.next[f] as Map<number, number>).has(word)) f = this.fail[f] as number;
        const target = (this.next[f] as Map<number, number>).get(word);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        const failState = this.fail[to] as number;
        this.outLink[to] = (this.outputs[failState] as number[]).length > 0 ? failState : (this.outLink[failState] as number);
        queue.push(to);
      }
    }
    this.compiled = true;
    return this;
  }

  /**
   * Runs the automaton over word ids. `boundary[i] !== boundary[i-1]` resets the state, so no match
   * crosses a sentence. Returns the matches and the number of steps taken.
   */
  run(ids: Int32Array, count: number, boundary: Int32Array): { matches: AutomatonMatch[]; steps: number } {
    if (!this.compiled) this.compile();
    const matches: AutomatonMatch[] = [];
    let state = 0;
    let steps = 0;
    let lastSentence = -1;
    for (let i = 0; i < count; i++) {
      steps++;
      const sentence = boundary[i] as number;
      if (sentence !== lastSentence) {
        state = 0;
        lastSentence = sentence;
      }
      const word = ids[i] as number;
      if (word < 0) {
        state = 0;
        continue;
      }
      let to = (this.next[state] as Map<number, number>).get(word);
      while (to === undefined && state > 0) {
        steps++;
        state = this.fail[state] as number;
        to = (this.next[state] as Map<number, number>).get(word);
      }
      state = to ?? 0;
      let out = (this.outputs[state] as number[]).length > 0 ? state : (this.outLink[state] as number);
      while (out > 0) {
        steps++;
        const length = this.depth[out] as number;
        for (const pattern of this.outputs[out] as number[]) matches.push({ pattern, first: i - length + 1, last: i });
        out = this.outLink[out] as number;
      }
    }
    return { matches, steps };
  }
}
