package org.evaluation.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** The results of a closed cycle as filed (备案) with the competent authority. */
public record FilingList(DocumentStamp stamp, String organisation, String authority, int year,
                         LocalDateTime filedAt, List<Entry> entries) {

    public FilingList {
        Objects.requireNonNull(stamp, "stamp");
        entries = List.copyOf(entries);
    }

    public record Entry(String unit, String name, String position, String grade) {
    }
}
