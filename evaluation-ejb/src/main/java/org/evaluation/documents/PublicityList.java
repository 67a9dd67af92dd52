package org.evaluation.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The publicity notice (公示名单) of a cycle's proposed 优秀, by unit and name. */
public record PublicityList(DocumentStamp stamp, String organisation, int year, LocalDate start, LocalDate end,
                            int workingDays, List<Entry> entries) {

    public PublicityList {
        Objects.requireNonNull(stamp, "stamp");
        entries = List.copyOf(entries);
    }

    public record Entry(String name, String unit, String grade) {
    }
}
