package org.evaluation.documents;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.documents.BatchArchive;
import org.evaluation.api.documents.BatchStatus;
import org.evaluation.api.documents.BatchView;
import org.evaluation.api.documents.DocumentFile;
import org.evaluation.api.documents.DocumentKind;
import org.evaluation.api.documents.DocumentService;
import org.evaluation.api.documents.PersonDocuments;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;
import org.evaluation.audit.AuditTrail;
import org.evaluation.calendar.WorkingCalendars;
import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.evaluation.organisation.UnitTree;
import org.evaluation.platform.InputValidation;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;
import org.evaluation.security.ReachCheck;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.STAFF;

@Stateless
@Local(DocumentService.class)
@DeclareRoles({HR, STAFF})
@Interceptors({ReachCheck.class, InputValidation.class})
public class DocumentServiceBean implements DocumentService {

    static final String BATCH = "DocumentBatch";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DocumentIssuer issuer;

    @Inject
    private Event<BatchRequested> batchRequested;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @Inject
    private WorkingCalendars calendars;

    @Override
    @RolesAllowed({HR, STAFF})
    public DocumentFile registerForm(long participantId) {
        Participant p = readable(participantId);
        IssuedDocument doc = issuer.issue(DocumentKind.REGISTER_FORM, p.getCycle(), p, null);
        readBy(p, doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterFormPdf.write(issuer.registerForm(p, doc.stamp()), out);
        return new DocumentFile(doc.getNumber(), fileName(p.getCycle().getYear() + "-" + p.getPerson().getName()
                + "-考核登记表", doc), out.toByteArray());
    }

    @Override
    @RolesAllowed({HR, STAFF})
    public DocumentFile resultNotice(long participantId) {
        Participant p = readable(participantId);
        if (p.getNoticeOn() == null) {
            throw new RuleViolationException("documents.noNoticeYet", p.getPerson().getName());
        }
        AssessmentCycle c = p.getCycle();
        IssuedDocument doc = issuer.issue(DocumentKind.RESULT_NOTICE, c, p, null);
        readBy(p, doc);
        String result = p.getFinalGrade() != null ? FormTexts.grade(c.getScheme(), p.getFinalGrade())
                : "不定等次（" + FormTexts.reason(p.eligibility().reason()) + "）";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticePdf.write(new ResultNotice(doc.stamp(), c.getOrganisation().getName(), c.getYear(),
                p.getPerson().getName(), p.getUnit().getName(), result, p.getNoticeOn(),
                p.getNoticeOn().plusDays(30)), out);
        return new DocumentFile(doc.getNumber(), fileName(c.getYear() + "-" + p.getPerson().getName()
                + "-考核结果通知书", doc), out.toByteArray());
    }

    @Override
    @RolesAllowed({HR, STAFF})
    public DocumentFile publicityNotice(long cycleId) {
        AssessmentCycle c = Records.find(em, AssessmentCycle.class, cycleId);
        if (!caller.isInRole(HR)) {
            // the members of the organisation see its publicity; to anybody else it does not exist
            Person me = caller.requirePerson();
            if (!me.belongsTo(c.getOrganisation())) {
                throw new NotFoundException("AssessmentCycle", cycleId);
            }
        }
        if (c.getPublicityStart() == null) {
            throw new RuleViolationException("documents.noPublicityYet");
        }
        List<PublicityList.Entry> entries = em.createQuery("SELECT p FROM Participant p WHERE p.cycle.id = :cycle"
                        + " AND p.removed = :no AND p.decided = :yes AND p.decidedGrade = :excellent"
                        + " ORDER BY p.unit.name, p.person.name", Participant.class)
                .setParameter("cycle", cycleId).setParameter("no", false).setParameter("yes", true)
                .setParameter("excellent", Grade.EXCELLENT).getResultStream()
                .map(p -> new PublicityList.Entry(p.getPerson().getName(), p.getUnit().getName(),
                        FormTexts.grade(c.getScheme(), Grade.EXCELLENT)))
                .toList();
        IssuedDocument doc = issuer.issue(DocumentKind.PUBLICITY_NOTICE, c, null, null);
        int days = calendars.of(c.getOrganisation().getId()).between(c.getPublicityStart().minusDays(1),
                c.getPublicityEnd());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticePdf.write(new PublicityList(doc.stamp(), c.getOrganisation().getName(), c.getYear(),
                c.getPublicityStart(), c.getPublicityEnd(), days, entries), out);
        return new DocumentFile(doc.getNumber(), fileName(c.getYear() + "-" + c.getOrganisation().getName()
                + "-公示名单", doc), out.toByteArray());
    }

    /** HR reads anybody's documents; staff only their own, and anybody else's do not exist for them. */
    /** Someone else's form or notice is their personal data: the read is kept in the audit trail. */
    private void readBy(Participant p, IssuedDocument doc) {
        if (caller.person().filter(me -> p.getPerson().isSameAs(me)).isEmpty()) {
            audit.record("read", "Participant", p.getId(), null, Map.of("document", doc.getNumber()));
        }
    }

    private Participant readable(long participantId) {
        Participant p = Records.find(em, Participant.class, participantId);
        if (!caller.isInRole(HR)) {
            Person me = caller.requirePerson();
            if (!p.getPerson().isSameAs(me)) {
                throw new NotFoundException("Participant", participantId);
            }
        }
        return p;
    }

    private static String fileName(String base, IssuedDocument doc) {
        return base + "-" + doc.getNumber() + ".pdf";
    }

    @Override
    @RolesAllowed(HR)
    public List<PersonDocuments> participations(long personId) {
        Records.find(em, Person.class, personId);
        return em.createQuery("SELECT p FROM Participant p WHERE p.person.id = :person ORDER BY p.cycle.year DESC",
                        Participant.class).setParameter("person", personId).getResultStream()
                .map(p -> new PersonDocuments(p.getId(), p.getCycle().getId(), p.getCycle().getYear(),
                        p.getCycle().getOrganisation().getName(), p.stage(), p.getNoticeOn() != null))
                .toList();
    }

    @Override
    @RolesAllowed(HR)
    public long startBatch(long cycleId, Long unitId) {
        AssessmentCycle c = Records.find(em, AssessmentCycle.class, cycleId);
        Unit unit = unitId == null ? null : Records.find(em, Unit.class, unitId);
        if (unit != null && !unit.getOrganisation().getId().equals(c.getOrganisation().getId())) {
            throw new NotFoundException("Unit", unitId);
        }
        List<Long> ids = participantIds(c, unit);
        if (ids.isEmpty()) {
            throw new RuleViolationException("documents.batchEmpty");
        }
        DocumentBatch batch = new DocumentBatch(c, unit, ids.size(), caller.username(), today.now());
        em.persist(batch);
        em.flush();
        audit.record("startBatch", BATCH, batch.getId(), null, batch.auditSnapshot());
        // the worker starts once this transaction has committed, so that it finds the batch row
        batchRequested.fire(new BatchRequested(batch.getId(), ids));
        return batch.getId();
    }

    private List<Long> participantIds(AssessmentCycle c, Unit unit) {
        if (unit == null) {
            return em.createQuery("SELECT p.id FROM Participant p WHERE p.cycle.id = :cycle"
                            + " ORDER BY p.unit.name, p.person.name, p.id", Long.class)
                    .setParameter("cycle", c.getId()).getResultList();
        }
        Set<Long> units = UnitTree.withUnitsBelow(em, unit);
        return em.createQuery("SELECT p.id FROM Participant p WHERE p.cycle.id = :cycle AND p.unit.id IN :units"
                        + " ORDER BY p.unit.name, p.person.name, p.id", Long.class)
                .setParameter("cycle", c.getId()).setParameter("units", units).getResultList();
    }

    @Override
    @RolesAllowed(HR)
    public List<BatchView> batches(long cycleId) {
        return em.createQuery("SELECT b FROM DocumentBatch b WHERE b.cycle.id = :cycle ORDER BY b.id DESC",
                DocumentBatch.class).setParameter("cycle", cycleId).getResultStream().map(b -> b.view(today.now())).toList();
    }

    @Override
    @RolesAllowed(HR)
    public BatchView batch(long batchId) {
        return Records.find(em, DocumentBatch.class, batchId).view(today.now());
    }

    @Override
    @RolesAllowed(HR)
    public BatchArchive archive(long batchId) {
        DocumentBatch batch = Records.find(em, DocumentBatch.class, batchId);
        Path file = BatchWorker.archivePath(batchId);
        if (batch.getStatus() == BatchStatus.EXPIRED) {
            throw new RuleViolationException("documents.batchExpired", ArchiveRetention.keepDays());
        }
        if (batch.getStatus() != BatchStatus.DONE || !Files.isRegularFile(file)) {
            throw new RuleViolationException("documents.batchNotReady");
        }
        audit.record("export", BATCH, batchId, null, Map.of("file", batch.getFileName()));
        return new BatchArchive(batch.getFileName(), file.toString());
    }
}
