/**
 * Matches of a pattern that opens with a run of capitalised words but is sure only at its last word ("… Rugby
 * Club", "… (brother)"): tried only in windows around that key word, not from every capital of the text. Each
 * window runs from a space (or the text's start) up to 120 characters before a key to a space after it, and
 * windows that touch are merged, so a match is found once and exactly as a scan of the whole text finds it
 * (the patterns' look-behinds and look-aheads see a space or the text's edge at a window's ends).
 */
const BACK = 120;
const AHEAD = 60;

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === " " || c === "\t" || c === "\n" || c === "\r";
}

export function* nearKeys(text: string, keys: RegExp, re: RegExp): Generator<RegExpMatchArray> {
  const windows: [number, number][] = [];
  for (const k of text.matchAll(keys)) {
    let from = Math.max(0, k.index! - BACK);
    while (from > 0 && !isSpace(text[from - 1])) from--;
    let to = Math.min(text.length, k.index! + k[0].length + AHEAD);
    while (to < text.length && !isSpace(text[to])) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  for (const [from, to] of windows) {
    for (const m of text.slice(from, to).matchAll(re)) {
      m.index = m.index! + from;
      m.input = text;
      yield m;
    }
  }
}
