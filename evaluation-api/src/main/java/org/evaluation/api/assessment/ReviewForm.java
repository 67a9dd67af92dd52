package org.evaluation.api.assessment;

import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** The leader's comment (评语), improvement requirements (改进提高要求) and proposed grade. */
public record ReviewForm(@Size(max = 2000, message = "{review.tooLong}") String comment,
                         @Size(max = 2000, message = "{review.tooLong}") String improvement,
                         Grade grade) implements Serializable {
}
