import { z } from "zod";
import { FLAG_REASONS, WATCHED_WORD_ACTIONS } from "../../db/schema/moderation";
import { patternProblem } from "./patterns";

// zod input schemas for the moderation forms, shared by the routes and the domain functions.

const reason = (what: string) =>
  z
    .string({ error: `Give a short reason ${what}.` })
    .trim()
    .min(3, `Give a short reason ${what}.`)
    .max(1000, "Use at most 1,000 characters.");

export const FlagSchema = z
  .object({
    postId: z.string().trim().min(1, "Choose a post to flag."),
    reason: z.enum(FLAG_REASONS, { error: "Choose a reason." }),
    note: z.string().trim().max(1000, "Use at most 1,000 characters.").optional().default(""),
  })
  .refine((v) => v.reason !== "other" || v.note.length >= 3, { path: ["note"], message: "Tell us a little about what is wrong." });

export const watchedWordFields = {
  pattern: z
    .string({ error: "Enter a word or phrase." })
    .trim()
    .superRefine((v, ctx) => {
      const problem = patternProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  action: z.enum(WATCHED_WORD_ACTIONS, { error: "Choose block, hold or flag." }),
  note: z.string().trim().max(300, "Use at most 300 characters.").optional().default(""),
};
export const WatchedWordSchema = z.object(watchedWordFields);

export const TestTextSchema = z.object({
  text: z.string().trim().min(1, "Paste or type some text to test.").max(20_000, "Use at most 20,000 characters."),
});

export const CsvImportSchema = z.object({
  csv: z.string().trim().min(1, "Paste the CSV, or choose a file.").max(500_000, "That file is too large (over 500 KB)."),
});

export const REVIEW_DECISIONS = ["approve", "hide", "edit", "delete", "warn", "mute", "remove"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ReviewPostSchema = z
  .object({
    postId: z.string().min(1),
    decision: z.enum(REVIEW_DECISIONS, { error: "Choose what to do." }),
    reason: z.string().trim().max(1000, "Use at most 1,000 characters.").optional().default(""),
    body: z.string().optional().default(""),
    muteDays: z.coerce.number().int().min(1, "Mute for at least 1 day.").max(90, "Mute for at most 90 days.").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "approve" && v.reason.length < 3)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a short reason: the author will read it." });
    if (v.decision === "edit" && !v.body.trim()) ctx.addIssue({ code: "custom", path: ["body"], message: "Enter the edited text." });
    if (v.decision === "mute" && !v.muteDays) ctx.addIssue({ code: "custom", path: ["muteDays"], message: "Choose for how many days." });
  });

export const ReviewJoinSchema = z.object({
  membershipId: z.string().min(1),
  decision: z.enum(["approve_join", "decline_join"]),
  reason: z.string().trim().max(1000).optional().default(""),
});

export const AppealSchema = z.object({
  actionId: z.string().min(1),
  message: z
    .string({ error: "Tell the moderator why." })
    .trim()
    .min(10, "Tell the moderator a little more (at least 10 characters).")
    .max(2000, "Use at most 2,000 characters."),
});

export const AppealDecisionSchema = z.object({
  decision: z.enum(["uphold", "overturn"], { error: "Choose whether to keep or reverse the decision." }),
  note: reason("for your decision (the member will read it)"),
});

export const CareCloseSchema = z.object({ note: reason("for closing (seen only by the care team)") });

export const PeerRequestSchema = z.object({ circleId: z.string().min(1), postId: z.string().min(1) });
/** Closing the private care note: which post, and the thread page to go back to (checked before use). */
export const CloseCareNoteSchema = PeerRequestSchema.extend({ returnTo: z.string().max(500).optional() });

export const RevealRequestSchema = z.object({
  membershipId: z.string().min(1, "Choose whose identity to reveal."),
  reason: reason("why the identity is needed (it is recorded and the member is told)").min(
    10,
    "Explain why in at least 10 characters: it is recorded and the member is told.",
  ),
});

export const RevealDecisionSchema = z.object({
  decision: z.enum(["approve", "decline"]),
  note: z.string().trim().max(1000).optional().default(""),
});

export const REFLECTION_DECISIONS = ["approve", "hide", "delete"] as const;
export type ReflectionDecision = (typeof REFLECTION_DECISIONS)[number];

/** A decision on a reflection from the site-wide queue; hiding and deleting need a reason the author reads. */
export const ReviewReflectionSchema = z
  .object({
    reflectionId: z.string().min(1),
    decision: z.enum(REFLECTION_DECISIONS, { error: "Choose what to do." }),
    reason: z.string().trim().max(300, "Use at most 300 characters.").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "approve" && v.reason.length < 3)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give a short reason: the author will read it." });
  });
