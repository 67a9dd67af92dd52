package org.evaluation.api.authority;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The filing (备案) of a closed cycle's results with the competent authority: when, with whom, under
 * which number, and how many people with how many 优秀.
 */
public record FilingView(long id, long cycleId, String organisationName, int year, String authorityName,
                         String number, LocalDateTime filedAt, int people, int excellent) implements Serializable {
}
