package org.evaluation.api.ballot;

import org.evaluation.api.assessment.GradeScheme;

import java.io.Serializable;
import java.util.List;

/** What the voting page shows for a valid, unused token: the ballot and every candidate to grade. */
public record BallotPaper(String title, String organisationName, int year, GradeScheme scheme, VoterGroup group,
                          List<PaperCandidate> candidates) implements Serializable {
}
