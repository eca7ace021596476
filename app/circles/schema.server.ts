import { z } from "zod";
import { emailField } from "~/accounts/schema.server";
import { LANGUAGES } from "~/taxonomy";
import { CIRCLE_KINDS, MEMBER_IDENTITIES } from "../../db/schema/circles";
import { MUTE_DAYS } from "./choices";

// Input schemas shared by the circle forms and the server. Messages are written to be shown next to the field.

/** Empty form fields become undefined, so optional fields can be left blank. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number, message: string) => z.preprocess(blankToUndefined, z.string().trim().max(max, message).optional());
const optionalCount = (message: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int(message).min(1, message).max(10_000, message).optional());

/** Slugs that are route names under /circles. */
export const RESERVED_SLUGS = ["new", "invitations"];

export const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
};

const bodyField = z
  .string({ error: "Write something before posting." })
  .trim()
  .min(1, "Write something before posting.")
  .max(20_000, "Please keep a post under 20,000 characters; you could split it into two.");

export const CreateCircleSchema = z.object({
  name: z
    .string({ error: "Give the circle a name." })
    .trim()
    .min(3, "Give the circle a name of at least 3 characters.")
    .max(80, "Use at most 80 characters for the name."),
  slug: z
    .string({ error: "Choose a web address for the circle." })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, numbers and single hyphens, like after-a-difficult-birth.")
    .min(3, "Use at least 3 characters for the web address.")
    .max(60, "Use at most 60 characters for the web address.")
    .refine((s) => !RESERVED_SLUGS.includes(s), "That web address is reserved; please choose another."),
  purpose: z
    .string({ error: "Say who the circle is for." })
    .trim()
    .min(20, "Say in a sentence or two who the circle is for (at least 20 characters).")
    .max(800, "Please keep the purpose under 800 characters."),
  kind: z.enum(CIRCLE_KINDS, { error: "Choose how people join." }),
  language: z.string().refine((l) => l in LANGUAGES, "Choose the circle's language."),
  timeZone: z.string({ error: "Choose a time zone." }).refine(isTimeZone, "Choose a time zone from the list."),
  capacity: optionalCount("Capacity is a whole number of members, or leave it blank."),
  firstPostsHeld: z.preprocess(blankToUndefined, z.coerce.number().int().min(0, "Use a number from 0 to 10.").max(10, "Use a number from 0 to 10.").default(2)),
  rulesMarkdown: z
    .string({ error: "Write the ground rules." })
    .trim()
    .min(40, "Write the ground rules: confidentiality, respect and no identifying details (at least 40 characters).")
    .max(10_000, "Please keep the ground rules under 10,000 characters."),
  facilitatorEmails: optionalText(1000, "That list is too long."),
});
export type CreateCircleInput = z.infer<typeof CreateCircleSchema>;

export const PSEUDONYM_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} .'_-]*$/u;

export const IdentitySchema = z
  .object({
    identity: z.enum(MEMBER_IDENTITIES, { error: "Choose how you would like to appear." }),
    pseudonym: optionalText(40, "Use at most 40 characters for a pseudonym."),
  })
  .superRefine((v, ctx) => {
    if (v.identity !== "pseudonym") return;
    if (!v.pseudonym || v.pseudonym.length < 2) ctx.addIssue({ code: "custom", path: ["pseudonym"], message: "Choose a pseudonym of at least 2 characters." });
    else if (!PSEUDONYM_PATTERN.test(v.pseudonym))
      ctx.addIssue({ code: "custom", path: ["pseudonym"], message: "Use letters, numbers, spaces, dots, hyphens or apostrophes." });
  });
export type IdentityInput = z.infer<typeof IdentitySchema>;

export const JoinRequestSchema = z.object({
  message: z
    .string({ error: "Write a short message to the facilitators." })
    .trim()
    .min(1, "Write a short message to the facilitators: a line about why you would like to join is enough.")
    .max(600, "Please keep the message under 600 characters."),
});

export const DecideRequestSchema = z.object({
  membershipId: z.string().min(1),
  decision: z.enum(["approve", "decline"]),
  reason: optionalText(500, "Please keep the reason under 500 characters."),
});

export const InviteSchema = z.object({ email: emailField });

const reasonField = z
  .string({ error: "Give a short reason." })
  .trim()
  .min(3, "Give a short reason; it is recorded and shown to the member.")
  .max(500, "Please keep the reason under 500 characters.");

export const RemoveMemberSchema = z.object({ membershipId: z.string().min(1), reason: reasonField });

export const MuteMemberSchema = z.object({
  membershipId: z.string().min(1),
  days: z.coerce.number().refine((d) => (MUTE_DAYS as readonly number[]).includes(d), "Choose how long the mute lasts."),
  reason: reasonField,
});

export const RulesSchema = z.object({
  bodyMarkdown: z
    .string({ error: "Write the ground rules." })
    .trim()
    .min(40, "Write the ground rules (at least 40 characters).")
    .max(10_000, "Please keep the ground rules under 10,000 characters."),
});

export const ThreadSchema = z.object({
  title: z
    .string({ error: "Give the thread a title." })
    .trim()
    .min(3, "Give the thread a title of at least 3 characters.")
    .max(140, "Use at most 140 characters for the title."),
  body: bodyField,
  contentWarning: optionalText(120, "Keep the content warning short (under 120 characters)."),
});

export const ReplySchema = z.object({
  body: bodyField,
  contentWarning: optionalText(120, "Keep the content warning short (under 120 characters)."),
  quoteOf: z.preprocess(blankToUndefined, z.string().max(64).optional()),
});

export const EditPostSchema = z.object({
  body: bodyField,
  contentWarning: optionalText(120, "Keep the content warning short (under 120 characters)."),
});

export const DeletePostSchema = z.object({ postId: z.string().min(1), reason: reasonField });

const localDateTime = (label: string) =>
  z.string({ error: `Enter the ${label} date and time.` }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter the ${label} date and time.`);

export const GatheringSchema = z
  .object({
    title: z
      .string({ error: "Give the gathering a title." })
      .trim()
      .min(3, "Give the gathering a title of at least 3 characters.")
      .max(120, "Use at most 120 characters for the title."),
    startsLocal: localDateTime("start"),
    endsLocal: localDateTime("end"),
    onlineUrl: z.preprocess(
      blankToUndefined,
      z
        .url({ protocol: /^https?$/, error: "Enter a full link starting with https://" })
        .max(500)
        .optional(),
    ),
    place: optionalText(300, "Please keep the place under 300 characters."),
    capacity: optionalCount("Capacity is a whole number of people, or leave it blank."),
    /** The zone the times were typed in: the circle's (the default) or the facilitator's own. */
    inputZone: z.preprocess(blankToUndefined, z.string().refine(isTimeZone, "Choose a time zone from the list.").optional()),
  })
  .superRefine((v, ctx) => {
    if (v.endsLocal <= v.startsLocal) ctx.addIssue({ code: "custom", path: ["endsLocal"], message: "The end must be after the start." });
    if (!v.onlineUrl && !v.place) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "Give an online link or a place (or both)." });
  });
export type GatheringInput = z.infer<typeof GatheringSchema>;
