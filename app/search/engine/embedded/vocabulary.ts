// Every distinct word of an index, interned to a small integer (term id) and kept in a trie,
// so that typo-tolerant and prefix lookups walk only the branches within the typo budget
// instead of comparing the query word against the whole vocabulary.

class TrieNode {
  /** Char codes of the children, parallel to `children`; linear scan is fastest at these sizes. */
  readonly keys: number[] = [];
  readonly children: TrieNode[] = [];
  termId = -1;

  child(code: number): TrieNode | undefined {
    const i = this.keys.indexOf(code);
    return i === -1 ? undefined : this.children[i];
  }
}

/** A vocabulary word that matches a query word. */
export interface Derivation {
  termId: number;
  /** Edit distance (Damerau, adjacent transposition = 1) between the query word and the word or its prefix. */
  typos: number;
}

export class Vocabulary {
  private readonly root = new TrieNode();
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** DP rows reused across walks, one per trie depth (never shared between concurrent walks: all sync). */
  private rows: Int32Array[] = [];

  get size(): number {
    return this.words.length;
  }

  wordOf(termId: number): string {
    return this.words[termId];
  }

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Returns the term id of a word, adding it if new. Words are never removed: ids stay stable. */
  intern(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const termId = this.words.length;
    this.words.push(word);
    this.ids.set(word, termId);
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = node.child(code);
      if (!next) {
        next = new TrieNode();
        node.keys.push(code);
        node.children.push(next);
      }
      node = next;
    }
    node.termId = termId;
    return termId;
  }

  /**
   * Words matching `query` with at most `maxTypos` edits. With `isPrefix`, a word matches when
   * one of its prefixes is within the budget (search-as-you-type), scored by its best prefix.
   */
  derive(query: string, maxTypos: number, isPrefix: boolean): Derivation[] {
    const out: Derivation[] = [];
    if (maxTypos === 0) {
      if (!isPrefix) {
        const termId = this.ids.get(query);
        if (termId !== undefined) out.push({ termId, typos: 0 });
        return out;
      }
      let node: TrieNode | undefined = this.root;
      for (let i = 0; i < query.length && node; i++) node = node.child(query.charCodeAt(i));
      if (node) collectSubtree(node, 0, out);
      return out;
    }
    const width = query.length + 1;
    const queryCodes = new Int32Array(query.length);
    for (let i = 0; i < query.length; i++) queryCodes[i] = query.charCodeAt(i);
    const first = this.row(0, width);
    for (let j = 0; j < width; j++) first[j] = j;
    const walk = { queryCodes, maxTypos, isPrefix, out };
    for (let i = 0; i < this.root.children.length; i++) {
      this.visit(walk, this.root.children[i], this.root.keys[i], -1, 1, Infinity);
    }
    return out;
  }

  private row(depth: number, width: number): Int32Array {
    let row = this.rows[depth];
    if (!row || row.length < width) {
      row = new Int32Array(Math.max(width, 16));
      this.rows[depth] = row;
    }
    return row;
  }

  /**
   * One step of the bounded edit-distance walk (optimal string alignment). `depth` is the length
   * of the trie path; `inherited` is the best prefix distance already seen on the path (prefix mode).
   */
  private visit(
    walk: { queryCodes: Int32Array; maxTypos: number; isPrefix: boolean; out: Derivation[] },
    node: TrieNode,
    code: number,
    parentCode: number,
    depth: number,
    inherited: number,
  ): void {
    const { queryCodes, maxTypos, isPrefix, out } = walk;
    const m = queryCodes.length;
    const prev = this.rows[depth - 1];
    const prevPrev = depth >= 2 ? this.rows[depth - 2] : undefined;
    const row = this.row(depth, m + 1);
    row[0] = depth;
    let rowMin = row[0];
    for (let j = 1; j <= m; j++) {
      const substitution = prev[j - 1] + (queryCodes[j - 1] === code ? 0 : 1);
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, substitution);
      if (prevPrev && j > 1 && queryCodes[j - 1] === parentCode && queryCodes[j - 2] === code) {
        best = Math.min(best, prevPrev[j - 2] + 1);
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    const whole = row[m];
    const pathBest = isPrefix && whole <= maxTypos ? Math.min(inherited, whole) : inherited;
    if (pathBest <= rowMin) {
      // Row minima never decrease down the trie, so no deeper prefix can beat pathBest:
      // everything below matches with exactly pathBest typos, no more rows needed.
      collectSubtree(node, pathBest, out);
      return;
    }
    if (node.termId !== -1) {
      const typos = isPrefix ? pathBest : whole;
      if (typos <= maxTypos) out.push({ termId: node.termId, typos });
    }
    if (rowMin > maxTypos && pathBest > maxTypos) return;
    for (let i = 0; i < node.children.length; i++) {
      this.visit(walk, node.children[i], node.keys[i], code, depth + 1, pathBest);
    }
  }
}

function collectSubtree(node: TrieNode, typos: number, out: Derivation[]): void {
  if (node.termId !== -1) out.push({ termId: node.termId, typos });
  for (const child of node.children) collectSubtree(child, typos, out);
}
