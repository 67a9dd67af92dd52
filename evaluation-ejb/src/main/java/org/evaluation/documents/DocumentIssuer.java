package org.evaluation.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.api.assessment.GradeScheme;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryStatus;
import org.evaluation.api.documents.DocumentKind;
import org.evaluation.assessment.AssessmentCycle;
import org.evaluation.assessment.Participant;
import org.evaluation.assessment.SummaryVersion;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.Person;
import org.evaluation.platform.Records;
import org.evaluation.platform.Today;
import org.evaluation.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.evaluation.api.security.Role.Names.HR;
import static org.evaluation.api.security.Role.Names.STAFF;

/**
 * Gives a document its number, records it in the audit trail, and gathers what it shows from the
 * records. Access is checked by the callers ({@link DocumentServiceBean}); this bean only issues.
 */
@Stateless
public class DocumentIssuer {

    static final String SUBJECT = "Document";

    /** The self-summary's sections as the form heads them. */
    private static final String[] HEADINGS = {"德", "能", "勤", "绩", "廉", "本年度主要工作成绩"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Caller caller;

    @Inject
    private Today today;

    @RolesAllowed({HR, STAFF})
    public IssuedDocument issue(DocumentKind kind, AssessmentCycle cycle, Participant participant, Long batchId) {
        IssuedDocument doc = new IssuedDocument(kind, cycle, participant, batchId, today.now(), caller.username());
        em.persist(doc); // a sequence gives the id here, before the row is written
        doc.assignNumber();
        em.flush();
        audit.record("issue", SUBJECT, doc.getId(), null, doc.auditSnapshot());
        return doc;
    }

    /** One form of a batch, in a transaction of its own: its number and audit entry stay with it. */
    @RolesAllowed(HR)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RegisterForm batchForm(long participantId, long batchId) {
        Participant p = Records.find(em, Participant.class, participantId);
        IssuedDocument doc = issue(DocumentKind.REGISTER_FORM, p.getCycle(), p, batchId);
        return registerForm(p, doc.stamp());
    }

    /**
     * The summary as last submitted: while it stays submitted that is the text itself; once returned
     * for revision the draft may have changed, and the last submitted version counts. A draft never
     * submitted is not printed.
     */
    private Optional<SummaryContent> submittedSummary(Participant p) {
        if (p.getSummaryStatus() == SummaryStatus.SUBMITTED) {
            return Optional.of(p.draft());
        }
        if (p.getSummaryVersions() == 0) {
            return Optional.empty();
        }
        List<SummaryVersion> versions = em.createNamedQuery("SummaryVersion.ofParticipant", SummaryVersion.class)
                .setParameter("participant", p.getId()).getResultList();
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1).content());
    }

    private static String unitAndPosition(AssessmentCycle c, Participant p, Person person) {
        List<String> names = new ArrayList<>();
        names.add(c.getOrganisation().getName());
        p.getUnit().path().stream().filter(n -> !names.contains(n)).forEach(names::add);
        names.add(person.getPosition());
        return String.join(" ", names);
    }

    @RolesAllowed({HR, STAFF})
    public RegisterForm registerForm(Participant p, DocumentStamp stamp) {
        AssessmentCycle c = p.getCycle();
        GradeScheme scheme = c.getScheme();
        Person person = p.getPerson();
        List<RegisterForm.Section> summary = new ArrayList<>();
        submittedSummary(p).ifPresent(content -> {
            for (int i = 0; i < SummaryContent.SECTIONS.length; i++) {
                summary.add(new RegisterForm.Section(HEADINGS[i], content.section(SummaryContent.SECTIONS[i])));
            }
        });

        String leaderComment = null;
        String leaderGrade = null;
        if (p.isReviewSubmitted()) {
            leaderComment = p.getReviewComment() == null ? "" : p.getReviewComment();
            if (p.getReviewImprovement() != null) {
                leaderComment += "\n改进提高要求：" + p.getReviewImprovement();
            }
            leaderGrade = p.getProposedGrade() == null ? "不定等次" : FormTexts.grade(scheme, p.getProposedGrade());
        }

        String committee = null;
        if (p.isDecided() || p.getNoticeOn() != null) {
            Grade decided = p.getDecidedGrade();
            committee = (decided == null ? "不定等次。" : "确定为" + FormTexts.grade(scheme, decided) + "等次。")
                    + (p.getDecisionReason() == null ? "" : "理由：" + p.getDecisionReason());
        }

        String head = null;
        String headName = null;
        if (p.getNoticeOn() != null) {
            Grade result = p.getFinalGrade();
            head = result == null ? "同意，不定等次。" : "同意，确定为" + FormTexts.grade(scheme, result) + "等次。";
            headName = c.getOrganisation().getHead() == null ? null : c.getOrganisation().getHead().getName();
        }

        String notGraded = null;
        if (p.isRemoved()) {
            notGraded = "不参加本年度考核：" + p.getRemovalReason();
        } else {
            EligibilityEffect effect = p.getFinalEffect() != null ? p.getFinalEffect() : p.eligibility().effect();
            if (!effect.graded()) {
                notGraded = "不定等次：" + FormTexts.reason(p.eligibility().reason());
            }
        }

        return new RegisterForm(stamp, c.getOrganisation().getName(), c.getYear(), person.getName(),
                FormTexts.gender(person.getGender()), person.toForm().getBirthDate(),
                FormTexts.political(person.getPoliticalStatus()), person.getEducation(),
                unitAndPosition(c, p, person), person.getInPositionSince(), summary,
                leaderComment, leaderGrade, p.getReviewer() == null || !p.isReviewSubmitted() ? null
                        : p.getReviewer().getName(), p.getReviewedOn(),
                committee, p.getDecidedOn(),
                head, headName, p.getNoticeOn() == null ? null : c.getConfirmedOn(),
                p.getAcknowledgementComment(), p.getAcknowledgedOn(), p.getRefusedOn(),
                notGraded);
    }
}
