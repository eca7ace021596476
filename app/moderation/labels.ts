// Labels for the moderation forms. Client-safe (no zod): route components and pages import these.
import type { FLAG_REASONS, WATCHED_WORD_ACTIONS } from "../../db/schema/moderation";

export const FLAG_REASON_LABELS: Record<(typeof FLAG_REASONS)[number], string> = {
  unsafe: "It feels unsafe",
  identifies: "It identifies a patient or colleague",
  harassment: "Harassment",
  spam: "Spam",
  other: "Something else",
};

export const WATCHED_WORD_ACTION_LABELS: Record<(typeof WATCHED_WORD_ACTIONS)[number], string> = {
  block: "Block: refuse the post and explain",
  hold: "Hold for review",
  flag: "Publish and flag for review",
};
