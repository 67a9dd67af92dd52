package org.evaluation.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.assessment.MyAssessment;
import org.evaluation.api.assessment.SelfSummaryService;
import org.evaluation.api.assessment.SummaryContent;
import org.evaluation.api.assessment.SummaryVersionView;
import org.evaluation.api.assessment.SummaryView;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member of staff's own assessment ({@code staff/assessment.xhtml?id=..}): writing the
 * self-summary (saved automatically while typing and on request), submitting it, comparing its
 * versions, and acknowledging the result.
 */
@Named("selfSummary")
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @EJB
    private SelfSummaryService service;

    private String id;
    private List<MyAssessment> assessments;
    private SummaryView view;
    private long version;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private String savedAt;
    private boolean conflict;
    private Integer compareFrom;
    private Integer compareTo;
    private String acknowledgement;

    public void load() {
        assessments = service.myAssessments();
        Long chosen = null;
        try {
            chosen = id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            chosen = null;
        }
        if (chosen == null && !assessments.isEmpty()) {
            chosen = assessments.get(0).participantId();
        }
        if (chosen != null) {
            try {
                show(service.summary(chosen));
            } catch (NotFoundException e) {
                Texts.error("assessment.notFound");
            }
        }
    }

    private void show(SummaryView v) {
        view = v;
        version = v.version();
        for (String section : SummaryContent.SECTIONS) {
            texts.put(section, v.draft().section(section));
        }
        List<SummaryVersionView> versions = v.versions();
        if (versions.size() >= 2) {
            compareFrom = versions.get(versions.size() - 2).number();
            compareTo = versions.get(versions.size() - 1).number();
        }
    }

    private SummaryContent content() {
        return new SummaryContent(texts.get("morality"), texts.get("ability"), texts.get("diligence"),
                texts.get("performance"), texts.get("integrity"), texts.get("achievements"));
    }

    /** Saved while typing: quietly, showing only when it was saved, or that someone else saved meanwhile. */
    public void autosave() {
        if (view == null || !view.editable() || conflict) {
            return;
        }
        try {
            version = service.saveDraft(view.participantId(), version, content());
            savedAt = LocalTime.now(ZoneId.of("Asia/Shanghai")).format(TIME);
        } catch (EditConflictException e) {
            conflict = true;
        }
    }

    public void save() {
        try {
            version = service.saveDraft(view.participantId(), version, content());
            savedAt = LocalTime.now(ZoneId.of("Asia/Shanghai")).format(TIME);
            Texts.info("assessment.saved");
        } catch (EditConflictException e) {
            conflict = true;
            throw e;
        }
    }

    public void submit() {
        version = service.saveDraft(view.participantId(), version, content());
        service.submit(view.participantId(), version);
        show(service.summary(view.participantId()));
        assessments = service.myAssessments();
        Texts.info(view.versions().get(view.versions().size() - 1).late() ? "assessment.submittedLate"
                : "assessment.submitted");
    }

    /** After a conflict: take the stored draft, discarding what this page still holds. */
    public void reloadStored() {
        conflict = false;
        show(service.summary(view.participantId()));
    }

    public void acknowledge() {
        service.acknowledge(view.participantId(), version, acknowledgement);
        show(service.summary(view.participantId()));
        assessments = service.myAssessments();
        Texts.info("assessment.acknowledged");
    }

    public SummaryVersionView version(Integer number) {
        return number == null || view == null ? null : view.versions().stream()
                .filter(v -> v.number() == number).findFirst().orElse(null);
    }

    public boolean isComparing() {
        return version(compareFrom) != null && version(compareTo) != null;
    }

    public boolean changed(String section) {
        return isComparing() && !version(compareFrom).content().section(section)
                .equals(version(compareTo).content().section(section));
    }

    public int limit(String section) {
        return SummaryContent.limit(section);
    }

    public String[] getSections() {
        return SummaryContent.SECTIONS;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<MyAssessment> getAssessments() {
        return assessments;
    }

    public SummaryView getView() {
        return view;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(String acknowledgement) {
        this.acknowledgement = acknowledgement;
    }
}
