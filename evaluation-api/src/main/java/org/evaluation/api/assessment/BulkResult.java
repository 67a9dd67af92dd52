package org.evaluation.api.assessment;

import java.io.Serializable;

/** What deciding many lines as proposed did: how many, and the 优秀 quota afterwards. */
public record BulkResult(int decided, int excellent, long excellentDecided, Quota quota) implements Serializable {
}
