package org.evaluation.api.assessment;

/** Which names the grades carry: civil servants (公务员) or public institutions (事业单位). */
public enum GradeScheme {
    CIVIL_SERVANT, PUBLIC_INSTITUTION;

    /** The bundle key of a grade's name in this scheme, e.g. {@code Grade.CIVIL_SERVANT.EXCELLENT}. */
    public String key(Grade grade) {
        return "Grade." + name() + "." + grade.name();
    }
}
