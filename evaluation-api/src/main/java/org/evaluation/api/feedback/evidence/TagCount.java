package org.evaluation.api.feedback.evidence;

import org.evaluation.api.feedback.ServiceTag;

import java.io.Serializable;

/** How often a tag of the window-service norms was ticked on the real ratings of a period. */
public record TagCount(ServiceTag tag, long count) implements Serializable {
}
