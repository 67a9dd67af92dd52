package org.evaluation.documents;

import org.evaluation.api.assessment.EligibilityReason;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PoliticalStatus;

/**
 * The words the official forms print. The forms are Chinese documents of record whatever the
 * reader's language, so their texts live here and not in the pages' bundles.
 */
public final class FormTexts {

    private FormTexts() {
    }

    static String gender(Gender g) {
        return g == null ? null : g == Gender.MALE ? "男" : "女";
    }

    static String political(PoliticalStatus s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case CPC_MEMBER -> "中共党员";
            case CPC_PROBATIONARY_MEMBER -> "中共预备党员";
            case CYL_MEMBER -> "共青团员";
            case DEMOCRATIC_PARTY_MEMBER -> "民主党派成员";
            case NON_PARTISAN -> "无党派人士";
            case MASSES -> "群众";
        };
    }

    public static String grade(GradeScheme scheme, Grade g) {
        if (g == null) {
            return null;
        }
        boolean institution = scheme == GradeScheme.PUBLIC_INSTITUTION;
        return switch (g) {
            case EXCELLENT -> "优秀";
            case COMPETENT -> institution ? "合格" : "称职";
            case BASICALLY_COMPETENT -> institution ? "基本合格" : "基本称职";
            case INCOMPETENT -> institution ? "不合格" : "不称职";
        };
    }

    static String reason(EligibilityReason r) {
        return switch (r) {
            case NONE -> null;
            case PROBATION -> "试用期内";
            case INVESTIGATION_OPEN -> "正在接受立案审查调查，尚未结案";
            case SANCTION_NOT_EXCELLENT -> "受警告、党内警告、诫勉或调整职务，影响期内不得评为优秀";
            case SANCTION_COMMENT_ONLY -> "受记过或党内严重警告，影响期内只写评语";
            case SANCTION_NO_GRADE_TWO_YEARS -> "受记大过、降级或撤职，当年及次年不定等次";
            case PARTY_SANCTION_INCOMPETENT -> "受撤销党内职务、留党察看或开除党籍，确定为不称职";
            case REFUSED_TO_TAKE_PART -> "无正当理由不参加年度考核";
            case LEAVE_OVER_HALF_YEAR -> "病假、事假累计超过半年";
            case QUARTERLY_RULE -> "平时考核结果不满足评优条件";
        };
    }
}
