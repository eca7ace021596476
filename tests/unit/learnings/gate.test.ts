import { describe, expect, it } from "vitest";
import { evaluatePublicationGate, unclearedFindings, type GateInput } from "../../../app/learnings/gate";

const author = "author-1";
const base: GateInput = {
  authorId: author,
  findings: [],
  approvals: [
    { reviewerId: "rev-a", stage: 1, reviewerEligible: true, clearedHashes: [] },
    { reviewerId: "rev-b", stage: 2, reviewerEligible: true, clearedHashes: [] },
  ],
  hasConsentRecord: true,
};
const codes = (input: GateInput) => {
  const outcome = evaluatePublicationGate(input);
  return outcome.ok ? [] : outcome.refusals.map((r) => r.code);
};

describe("the publication gate", () => {
  it("passes with two approvals from two eligible reviewers, nothing found and a consent record", () => {
    expect(evaluatePublicationGate(base)).toEqual({ ok: true });
  });

  it("refuses with only one approval", () => {
    expect(codes({ ...base, approvals: [base.approvals[0]!] })).toEqual(["missing_approval"]);
    expect(codes({ ...base, approvals: [] })).toContain("missing_approval");
  });

  it("refuses when the author is one of the reviewers", () => {
    const approvals = [{ ...base.approvals[0]!, reviewerId: author }, base.approvals[1]!];
    expect(codes({ ...base, approvals })).toContain("author_reviewed");
  });

  it("refuses when both approvals come from the same person", () => {
    const approvals = [base.approvals[0]!, { ...base.approvals[1]!, reviewerId: "rev-a" }];
    expect(codes({ ...base, approvals })).toEqual(["same_reviewer"]);
  });

  it("refuses an approval from someone who is no longer a reviewer", () => {
    const approvals = [base.approvals[0]!, { ...base.approvals[1]!, reviewerEligible: false }];
    expect(codes({ ...base, approvals })).toEqual(["ineligible_reviewer"]);
  });

  it("refuses while a finding is not cleared by both reviewers, naming its type but never its text", () => {
    const findings = [
      { hash: "h-person", type: "PERSON" },
      { hash: "h-date", type: "DATE" },
    ];
    const onlyFirst = [
      { ...base.approvals[0]!, clearedHashes: ["h-person", "h-date"] },
      { ...base.approvals[1]!, clearedHashes: ["h-person"] },
    ];
    const outcome = evaluatePublicationGate({ ...base, findings, approvals: onlyFirst });
    expect(outcome.ok).toBe(false);
    const refusal = !outcome.ok ? outcome.refusals.find((r) => r.code === "uncleared_findings") : undefined;
    expect(refusal && "types" in refusal ? refusal.types : []).toEqual(["DATE"]);
    const both = onlyFirst.map((a) => ({ ...a, clearedHashes: ["h-person", "h-date"] }));
    expect(evaluatePublicationGate({ ...base, findings, approvals: both })).toEqual({ ok: true });
  });

  it("treats a finding with no approvals at all as uncleared", () => {
    expect(unclearedFindings([{ hash: "x", type: "ID" }], [])).toHaveLength(1);
  });

  it("refuses without a consent record", () => {
    expect(codes({ ...base, hasConsentRecord: false })).toEqual(["no_consent"]);
  });
});
