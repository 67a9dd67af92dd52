package org.evaluation.api.assessment;

/**
 * What a participant's records mean for this year's assessment, from no restriction to the most
 * severe. When several records apply, the most severe effect wins.
 */
public enum EligibilityEffect {
    /** May be given any grade. */
    MAY_BE_GRADED,
    /** May be graded, but not 优秀. */
    NOT_EXCELLENT,
    /** 不称职 by rule: the only grade possible. */
    INCOMPETENT_BY_RULE,
    /** The leader writes a comment; no grade is given (不定等次). */
    COMMENT_ONLY,
    /** Neither comment nor grade this year, e.g. while an investigation is open (graded later). */
    NO_COMMENT_NO_GRADE;

    public boolean allows(Grade grade) {
        return switch (this) {
            case MAY_BE_GRADED -> true;
            case NOT_EXCELLENT -> grade != Grade.EXCELLENT;
            case INCOMPETENT_BY_RULE -> grade == Grade.INCOMPETENT;
            case COMMENT_ONLY, NO_COMMENT_NO_GRADE -> false;
        };
    }

    /** Whether the leader writes a comment (评语) for this participant. */
    public boolean takesComment() {
        return this != NO_COMMENT_NO_GRADE;
    }

    /** Whether the participant receives a grade at all. */
    public boolean graded() {
        return this == MAY_BE_GRADED || this == NOT_EXCELLENT || this == INCOMPETENT_BY_RULE;
    }

    public EligibilityEffect mostSevere(EligibilityEffect other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
