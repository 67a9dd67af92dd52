package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.notification.ReminderPolicyService;
import org.evaluation.api.notification.ReminderPolicyView;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.security.AccountService;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation's deadline reminders ({@code hr/reminders.xhtml}): how many working days before
 * the deadlines of the assessment and of public feedback people are reminded, and whether they are
 * told once a deadline has passed.
 */
@Named("reminders")
@ViewScoped
public class RemindersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReminderPolicyService service;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private AccountService accounts;

    private List<SelectItem> organisationChoices = List.of();
    private Long organisationId;
    private ReminderPolicyView policy;
    private int assessmentDaysBefore;
    private int feedbackDaysBefore;
    private boolean remindOverdue;

    @PostConstruct
    void init() {
        organisationChoices = UnitChoices.organisations(organisationService.organisations());
        Long own = accounts.currentUser().organisationId();
        organisationId = UnitChoices.ownOrFirst(organisationChoices, own);
        load();
    }

    private void load() {
        if (organisationId != null) {
            show(service.policy(organisationId));
        }
    }

    public void organisationChanged() {
        load();
    }

    public void save() {
        try {
            service.update(new ReminderPolicyView(organisationId, policy.version(), assessmentDaysBefore,
                    feedbackDaysBefore, remindOverdue));
        } catch (EditConflictException conflict) {
            load();
            throw conflict;
        }
        load();
        Texts.info("reminders.saved");
    }

    private void show(ReminderPolicyView p) {
        policy = p;
        assessmentDaysBefore = p.assessmentDaysBefore();
        feedbackDaysBefore = p.feedbackDaysBefore();
        remindOverdue = p.remindOverdue();
    }

    public List<SelectItem> getOrganisationChoices() {
        return organisationChoices;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isChosen() {
        return policy != null;
    }

    public int getAssessmentDaysBefore() {
        return assessmentDaysBefore;
    }

    public void setAssessmentDaysBefore(int assessmentDaysBefore) {
        this.assessmentDaysBefore = assessmentDaysBefore;
    }

    public int getFeedbackDaysBefore() {
        return feedbackDaysBefore;
    }

    public void setFeedbackDaysBefore(int feedbackDaysBefore) {
        this.feedbackDaysBefore = feedbackDaysBefore;
    }

    public boolean isRemindOverdue() {
        return remindOverdue;
    }

    public void setRemindOverdue(boolean remindOverdue) {
        this.remindOverdue = remindOverdue;
    }
}
