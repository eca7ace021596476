// The publication gate as a pure function over the state it judges, so that every rule can be unit-tested
// and the server can run exactly this inside the publishing transaction.

export type GateFinding = { hash: string; type: string };
export type GateApproval = { reviewerId: string; stage: number; reviewerEligible: boolean; clearedHashes: readonly string[] };

export type GateInput = {
  authorId: string;
  /** What the de-identifier finds in the text right now (re-run at the gate, never trusted from the client). */
  findings: readonly GateFinding[];
  /** Approvals of the current submission. */
  approvals: readonly GateApproval[];
  hasConsentRecord: boolean;
};

export type GateRefusal =
  | { code: "author_reviewed"; message: string }
  | { code: "missing_approval"; message: string }
  | { code: "same_reviewer"; message: string }
  | { code: "ineligible_reviewer"; message: string }
  | { code: "uncleared_findings"; message: string; types: string[] }
  | { code: "no_consent"; message: string };

export type GateOutcome = { ok: true } | { ok: false; refusals: GateRefusal[] };

/** Findings not cleared by every one of the given reviewers' clearances. */
export function unclearedFindings(findings: readonly GateFinding[], clearances: ReadonlyArray<readonly string[]>): GateFinding[] {
  return findings.filter((f) => clearances.length === 0 || clearances.some((cleared) => !cleared.includes(f.hash)));
}

export function evaluatePublicationGate(input: GateInput): GateOutcome {
  const refusals: GateRefusal[] = [];
  const first = input.approvals.filter((a) => a.stage === 1);
  const second = input.approvals.filter((a) => a.stage === 2);
  if (input.approvals.some((a) => a.reviewerId === input.authorId)) {
    refusals.push({ code: "author_reviewed", message: "The author cannot review their own learning." });
  }
  if (input.approvals.some((a) => !a.reviewerEligible)) {
    refusals.push({ code: "ineligible_reviewer", message: "Every approval must come from a current reviewer." });
  }
  if (first.length === 0 || second.length === 0) {
    refusals.push({ code: "missing_approval", message: "Publication needs two approvals: reviewer one and reviewer two." });
  }
  const reviewers = new Set(input.approvals.map((a) => a.reviewerId));
  if (first.length > 0 && second.length > 0 && reviewers.size < 2) {
    refusals.push({ code: "same_reviewer", message: "The two approvals must come from two different people." });
  }
  const approvers = [...first.slice(0, 1), ...second.slice(0, 1)];
  const uncleared = unclearedFindings(
    input.findings,
    approvers.map((a) => a.clearedHashes),
  );
  if (uncleared.length > 0) {
    const types = [...new Set(uncleared.map((f) => f.type))].sort();
    refusals.push({
      code: "uncleared_findings",
      message: `The de-identifier still finds ${uncleared.length} possible identifier${uncleared.length === 1 ? "" : "s"} (${types.join(", ").toLowerCase()}) that both reviewers have not cleared.`,
      types,
    });
  }
  if (!input.hasConsentRecord) refusals.push({ code: "no_consent", message: "The learning has no consent record." });
  return refusals.length ? { ok: false, refusals } : { ok: true };
}
