package org.evaluation.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evaluation.api.assessment.CycleOutline;

import java.util.Locale;

/** An assessment cycle of the key's organisation; its results can be read once {@code resultsFinal}. */
@Schema(name = "Cycle")
public record CycleAnswer(int year,
                          @Schema(enumeration = {"PREPARING", "OPEN", "PUBLICITY", "AWAITING_CONFIRMATION",
                                  "CONFIRMED", "CLOSED"}) String status,
                          @Schema(description = "the status in the caller's language") String statusLabel,
                          @Schema(enumeration = {"CIVIL_SERVANT", "PUBLIC_INSTITUTION"}) String scheme,
                          long participants, boolean resultsFinal) {

    static CycleAnswer of(CycleOutline c, Locale locale) {
        return new CycleAnswer(c.year(), c.status().name(), ApiTexts.text(locale, "CycleStatus." + c.status().name()),
                c.scheme().name(), c.participants(), c.resultsFinal());
    }
}
