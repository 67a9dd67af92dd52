package org.evaluation.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one 《公务员年度考核登记表》 shows, as plain texts ready to print. A field the records do not
 * hold is null and its cell stays empty: nothing is made up.
 *
 * @param summary      the self-summary as submitted: one heading and text per section
 * @param leaderGrade  the grade the supervising leader proposed (or null)
 * @param ownComment   what the person wrote when signing; {@code signedOn} or {@code refusedOn} says which
 */
public record RegisterForm(DocumentStamp stamp, String organisation, int year,
                           String name, String gender, LocalDate birthDate, String politicalStatus,
                           String education, String unitAndPosition, LocalDate inPositionSince,
                           List<Section> summary,
                           String leaderComment, String leaderGrade, String leaderName, LocalDate reviewedOn,
                           String committeeOpinion, LocalDate decidedOn,
                           String headOpinion, String headName, LocalDate confirmedOn,
                           String ownComment, LocalDate signedOn, LocalDate refusedOn,
                           String notGradedReason) {

    public RegisterForm {
        Objects.requireNonNull(stamp, "stamp");
        summary = List.copyOf(summary);
    }

    /** One part of the self-summary: 德、能、勤、绩、廉 or the year's main results. */
    public record Section(String heading, String text) {
    }
}
