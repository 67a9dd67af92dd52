package org.evaluation.api.documents;

import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.util.List;

/**
 * The documents of an assessment as PDF, each numbered and recorded in the audit trail: a person's
 * register form and notice of result (for HR, and for the person themself), the publicity list of
 * a cycle, and all register forms of a cycle as one ZIP, written in the background.
 */
public interface DocumentService {

    /** 《公务员年度考核登记表》 of one participant. */
    DocumentFile registerForm(@Ref(Kind.PARTICIPANT) long participantId);

    /** 考核结果通知书 of one participant, once the result has been confirmed. */
    DocumentFile resultNotice(@Ref(Kind.PARTICIPANT) long participantId);

    /** The publicity list of a cycle's proposed 优秀, once publicity has started. */
    DocumentFile publicityNotice(@Ref(Kind.CYCLE) long cycleId);

    /** HR: the years a person took part in, latest first. */
    List<PersonDocuments> participations(@Ref(Kind.PERSON) long personId);

    /**
     * HR: starts writing the register forms of a cycle (or of one unit and the units below it) into
     * a ZIP, and returns at once with the batch's id; {@link #batch} tells the progress.
     */
    long startBatch(@Ref(Kind.CYCLE) long cycleId, @Ref(Kind.UNIT) Long unitId);

    /** HR: a cycle's batches, latest first. */
    List<BatchView> batches(@Ref(Kind.CYCLE) long cycleId);

    BatchView batch(@Ref(Kind.DOCUMENT_BATCH) long batchId);

    /** HR: the ZIP of a finished batch. */
    BatchArchive archive(@Ref(Kind.DOCUMENT_BATCH) long batchId);
}
