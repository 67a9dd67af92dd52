package org.evaluation.feedback;

import org.evaluation.api.feedback.RatingKind;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.platform.Sha256;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a rating request asked for, as a SHA-256: the service, the kind and everything rated. Two
 * requests with the same idempotency key are the same request if and only if their fingerprints
 * are equal; the order of tags or indicators does not matter.
 */
public final class RatingFingerprint {

    private RatingFingerprint() {
    }

    public static String of(long serviceRecordId, RatingKind kind, RatingSubmission s) {
        StringBuilder text = new StringBuilder();
        field(text, "record", String.valueOf(serviceRecordId));
        field(text, "kind", kind.name());
        field(text, "level", String.valueOf(s.level()));
        field(text, "channel", s.channel() == null ? "" : s.channel().name());
        field(text, "indicators", s.indicators().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(",")));
        field(text, "tags", s.tags().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        field(text, "comment", s.comment() == null ? "" : s.comment());
        field(text, "paperForm", s.paperFormNumber() == null ? "" : s.paperFormNumber());
        return Sha256.hex(text.toString());
    }

    /** Each value with its length, so that no value can pass for a neighbour's. */
    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(':').append(value.length()).append(':').append(value).append('\n');
    }
}
