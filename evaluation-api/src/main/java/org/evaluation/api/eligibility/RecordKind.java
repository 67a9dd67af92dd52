package org.evaluation.api.eligibility;

/**
 * The kinds of dated record that decide whether a person may be graded in an annual assessment.
 * The bundle key of a kind's name is {@code RecordKind.<NAME>}. Which fields a record of a kind
 * carries is told by {@link #takesClosing()}, {@link #takesDays()} and {@link #takesYear()}; the
 * start date is always there (the decision date of a sanction or measure, the day a case is
 * opened, the first day of a leave, the day a refusal was established).
 */
public enum RecordKind {

    /** 警告 (政务处分). */
    WARNING(Category.SANCTION),
    /** 记过 (政务处分). */
    DEMERIT(Category.SANCTION),
    /** 记大过 (政务处分). */
    MAJOR_DEMERIT(Category.SANCTION),
    /** 降级 (政务处分). */
    DEMOTION(Category.SANCTION),
    /** 撤职 (政务处分). */
    REMOVAL_FROM_POST(Category.SANCTION),
    /** 党内警告 (党纪处分). */
    PARTY_WARNING(Category.PARTY_SANCTION),
    /** 党内严重警告 (党纪处分). */
    PARTY_SERIOUS_WARNING(Category.PARTY_SANCTION),
    /** 撤销党内职务 (党纪处分). */
    PARTY_POST_REMOVAL(Category.PARTY_SANCTION),
    /** 留党察看 (党纪处分). */
    PARTY_PROBATION(Category.PARTY_SANCTION),
    /** 开除党籍 (党纪处分). */
    PARTY_EXPULSION(Category.PARTY_SANCTION),
    /** 诫勉 (组织处理). */
    ADMONITION(Category.ORGANISATIONAL_MEASURE),
    /** 调整职务 (组织处理). */
    POST_ADJUSTMENT(Category.ORGANISATIONAL_MEASURE),
    /** 立案审查调查: open until a closing date is recorded, with the outcome of the case. */
    INVESTIGATION(Category.INVESTIGATION),
    /** 病假, with its number of days. */
    SICK_LEAVE(Category.LEAVE),
    /** 事假, with its number of days. */
    PERSONAL_LEAVE(Category.LEAVE),
    /** 无正当理由不参加年度考核, for the year of the assessment. */
    REFUSED_TO_TAKE_PART(Category.ASSESSMENT);

    /** Groups of kinds, for choosing one from a list; bundle key {@code RecordKind.Category.<NAME>}. */
    public enum Category {
        SANCTION, PARTY_SANCTION, ORGANISATIONAL_MEASURE, INVESTIGATION, LEAVE, ASSESSMENT
    }

    private final Category category;

    RecordKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** An investigation: closed by a closing date (结案日期) with an {@link InvestigationOutcome}. */
    public boolean takesClosing() {
        return this == INVESTIGATION;
    }

    /** A leave: carries its number of days. */
    public boolean takesDays() {
        return category == Category.LEAVE;
    }

    /** A refusal to take part: carries the assessment year it concerns. */
    public boolean takesYear() {
        return this == REFUSED_TO_TAKE_PART;
    }

    /** The bundle key of the kind's name. */
    public String key() {
        return "RecordKind." + name();
    }
}
