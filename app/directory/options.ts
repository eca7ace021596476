// Labels for the directory's own lists. Client-safe: route components import these.
import type { ConcernKind, Timeframe } from "../../db/schema/directory";

export const TIMEFRAME_OPTIONS: ReadonlyArray<{ value: Timeframe; label: string }> = [
  { value: "within_2_weeks", label: "Within two weeks" },
  { value: "within_month", label: "Within a month" },
  { value: "within_3_months", label: "Within three months" },
  { value: "flexible", label: "We are flexible" },
];
export const TIMEFRAMES = TIMEFRAME_OPTIONS.map((o) => o.value) as [Timeframe, ...Timeframe[]];

export const CONCERN_OPTIONS: ReadonlyArray<{ value: ConcernKind; label: string }> = [
  { value: "training", label: "Their training or verification" },
  { value: "conduct", label: "How a process was facilitated" },
  { value: "conflict_of_interest", label: "A possible conflict of interest" },
  { value: "other", label: "Something else" },
];
export const CONCERN_KINDS = CONCERN_OPTIONS.map((o) => o.value) as [ConcernKind, ...ConcernKind[]];

export const FEE_OPTIONS = [
  { value: "pro_bono", label: "Pro bono (no fee)" },
  { value: "range", label: "A fee range" },
  { value: "funded", label: "Funded by an organisation" },
] as const;

export const REQUEST_STATUS_LABELS: Record<string, string> = {
  pending: "Waiting for an answer",
  accepted: "Accepted: contact details shared",
  declined: "Declined",
  expired: "No answer within 48 hours",
};
