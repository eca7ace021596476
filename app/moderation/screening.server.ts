import { getDb } from "~/utils/db.server";
import { detectDistress } from "./distress/index";
import { checkForIdentifiers, identifierHoldMessage } from "./identifier-guard";
import { findWatchedWords, type WatchedWordHit } from "./watched-words.server";

/**
 * Screens a circle post before it is saved: watched words (block / hold / flag), the identifier guard,
 * and distress detection. Owned by the moderation domain; circles call it from their write verbs BEFORE
 * opening the transaction: the detectors are CPU-heavy and PGlite has one connection, so screening reads the
 * watched words through its own handle and never runs inside a write.
 *
 * - outcome "block": refuse with `message` (kind, specific); the form keeps the text.
 * - outcome "hold": save with status "held" for review; tell the author gently with `message`.
 * - outcome "publish": save visible. `flag` true means also file an automatic flag for review.
 * - distress true: the post is NOT a violation and stays visible for that reason; the author sees a private
 *   care panel and a care alert is raised (see raiseCareAlert in ./care.server.ts).
 */
export type ScreeningResult = {
  outcome: "publish" | "hold" | "block";
  flag: boolean;
  /** Short machine reasons, e.g. "watched_word", "identifier", for audit metadata (never the matched text). */
  reasons: string[];
  /** A kind explanation for the author, when held or blocked. */
  message?: string;
  distress: boolean;
};

export type ScreeningDetail = ScreeningResult & { watchedWords: WatchedWordHit[]; identifierKinds: string[] };

const quote = (s: string) => `“${s}”`;

function blockMessage(hits: WatchedWordHit[]) {
  const words = [...new Set(hits.map((h) => quote(h.matchedText)))].join(", ");
  return `Your post has not been shared yet, and your text is kept below. It includes ${words}, which this ${
    hits.some((h) => h.scope === "circle") ? "circle" : "site"
  } has asked members not to use. Could you put it another way? If you think this is a mistake, a facilitator can help.`;
}

const WATCHED_HOLD_MESSAGE =
  "Thank you for posting. A facilitator will read this before others can see it, because it includes a word or phrase this circle reviews first. You have done nothing wrong, and you can see your post while it waits.";

/**
 * The full screening with what matched, for the "test this text" box. `screenPost` returns the same
 * decision without the matched words.
 *
 * Distress is met with care, never sanctions: when a post expresses distress, a watched word that would
 * block or hold it is set aside and the post is published; the care alert, not the moderation queue,
 * brings a person to it. The identifier guard still
 * holds it, because that protects a patient, not the author.
 */
export async function screenText(input: { circleId: string | null; text: string }): Promise<ScreeningDetail> {
  const watched = await findWatchedWords(await getDb(), input.circleId, input.text);
  const identifiers = checkForIdentifiers(input.text);
  const { distress } = await detectDistress(input.text);
  const reasons = new Set<string>();
  let outcome: ScreeningResult["outcome"] = "publish";
  let message: string | undefined;
  let flag = false;

  const blocks = watched.filter((w) => w.action === "block");
  const holds = watched.filter((w) => w.action === "hold");
  if (watched.some((w) => w.action === "flag")) {
    flag = true;
    reasons.add("watched_word_flag");
  }
  if (distress) reasons.add("distress");
  if (distress && (blocks.length || holds.length)) {
    reasons.add("watched_word_softened_for_distress");
  } else if (blocks.length) {
    outcome = "block";
    message = blockMessage(blocks);
    reasons.add("watched_word_block");
  } else if (holds.length) {
    outcome = "hold";
    message = WATCHED_HOLD_MESSAGE;
    reasons.add("watched_word_hold");
  }
  if (outcome !== "block" && identifiers.hold) {
    outcome = "hold";
    message = identifierHoldMessage(identifiers.kinds);
    reasons.add("identifier");
  }
  return { outcome, flag, reasons: [...reasons], message, distress, watchedWords: watched, identifierKinds: identifiers.kinds };
}

export async function screenPost(input: { circleId: string; authorId: string; text: string; language?: string }): Promise<ScreeningResult> {
  const { watchedWords: _hits, identifierKinds: _kinds, ...result } = await screenText({ circleId: input.circleId, text: input.text });
  return result;
}
