package org.evaluation.documents;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What every generated document carries on each page: its number (unique, from the database), the
 * cycle it belongs to (e.g. "市政务服务中心 2026 年度考核") and the moment it was generated.
 */
public record DocumentStamp(String number, String cycle, LocalDateTime generatedAt) {

    public DocumentStamp {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
