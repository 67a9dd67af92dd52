package org.evaluation.api.assessment;

/**
 * The four grades of the annual assessment, from best to worst. Their names depend on the
 * {@link GradeScheme}: 优秀/称职/基本称职/不称职 for civil servants, 优秀/合格/基本合格/不合格 for
 * public institutions; the bundle key is {@code Grade.<SCHEME>.<GRADE>}.
 */
public enum Grade {
    EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT;

    /** Whether this grade is worse than {@code other} (a review may never end harsher). */
    public boolean harsherThan(Grade other) {
        return ordinal() > other.ordinal();
    }

    /** 称职 (合格) or better: the years that count toward wage steps and levels. */
    public boolean competentOrBetter() {
        return this == EXCELLENT || this == COMPETENT;
    }
}
