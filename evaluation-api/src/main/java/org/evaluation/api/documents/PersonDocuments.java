package org.evaluation.api.documents;

import org.evaluation.api.assessment.Stage;

import java.io.Serializable;

/** One year in which a person took part in an assessment, with what may be printed of it. */
public record PersonDocuments(long participantId, long cycleId, int year, String organisationName, Stage stage,
                              boolean noticeIssued) implements Serializable {
}
