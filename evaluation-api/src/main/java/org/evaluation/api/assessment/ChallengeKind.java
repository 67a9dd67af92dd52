package org.evaluation.api.assessment;

/** 复核 (internal review by the committee) or 申诉 (appeal to the competent department). */
public enum ChallengeKind {
    REVIEW, APPEAL
}
