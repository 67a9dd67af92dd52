package org.evaluation.eligibility;

import org.evaluation.api.eligibility.RecordKind;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link EligibilityTable} needs of a record: its id (null for one not stored), kind, start
 * date, and, by kind, the closing date of an investigation, the days of a leave, the year of a
 * refusal to take part.
 */
public record RecordFact(Long id, RecordKind kind, LocalDate start, LocalDate end, Integer days, Integer year) {

    public RecordFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
    }
}
