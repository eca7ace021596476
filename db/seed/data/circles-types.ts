// The shape of the circles seed data (kept apart so the data files can name it without importing their index).

export type CircleKind = "open" | "request" | "invite";
export type AuthorKey = "member" | "peer" | "facilitator" | "member2" | "member3" | "member4";

export type SeedReply = {
  authorKey: AuthorKey;
  /** Markdown. */
  body: string;
  /** Index of an earlier reply in the same thread, or -1 for the thread opener. */
  quoteOf?: number;
};

export type SeedThread = {
  title: string;
  contentWarning?: string;
  authorKey: AuthorKey;
  /** Markdown. */
  body: string;
  replies: SeedReply[];
};

export type SeedGathering = {
  title: string;
  startsInDays: number;
  /** Local hour (0–23) in the circle's time zone. */
  startHour: number;
  durationMinutes: number;
  onlineUrl?: string;
  place?: string;
  capacity?: number;
};

export type SeedCircle = {
  slug: string;
  name: string;
  /** 2–3 sentences. */
  purpose: string;
  kind: CircleKind;
  language: "en" | "fr";
  /** IANA time zone. */
  timeZone: string;
  capacity?: number;
  firstPostsHeld: number;
  /** Ground rules, in the circle's language. */
  rulesMarkdown: string;
  threads: SeedThread[];
  gatherings: SeedGathering[];
};
