package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.feedback.FeedbackPolicyView;
import org.evaluation.api.feedback.ServiceWindowService;
import org.evaluation.api.feedback.WindowView;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.security.AccountService;
import org.evaluation.web.support.PublicLinks;
import org.evaluation.web.support.QrCodes;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * An organisation's public-feedback set-up ({@code hr/windows.xhtml}): its service windows, each
 * with the QR code to print and hang above it, and its feedback settings (supplementary period,
 * default rating, minimum sample, the working-day deadlines of cases and hotline orders).
 */
@Named("windows")
@ViewScoped
public class WindowsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceWindowService service;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private AccountService accounts;

    private List<SelectItem> organisationChoices = List.of();
    private Long organisationId;
    private List<SelectItem> unitChoices = List.of();
    private List<WindowView> windows = List.of();

    /** The window being changed, or null when the form adds a new one. */
    private WindowView editing;
    private Long unitId;
    private String code;
    private String name;
    private boolean active = true;

    private WindowView printing;

    private FeedbackPolicyView policy;
    private int supplementaryDays;
    private boolean defaultRatingEnabled;
    private int defaultRatingDays;
    private int minimumSample;
    private int contactWorkingDays;
    private int rectifyWorkingDays;
    private int hotlineWorkingDays;
    private int hotlineExtensionDays;

    @PostConstruct
    void init() {
        organisationChoices = UnitChoices.organisations(organisationService.organisations());
        Long own = accounts.currentUser().organisationId();
        organisationId = UnitChoices.ownOrFirst(organisationChoices, own);
        load();
    }

    private void load() {
        if (organisationId == null) {
            return;
        }
        unitChoices = UnitChoices.of(organisationService.units(organisationId));
        windows = service.windows(organisationId);
        showPolicy(service.policy(organisationId));
    }

    public void organisationChanged() {
        clearForm();
        printing = null;
        load();
    }

    public void save() {
        WindowView changed = editing;
        try {
            WindowView saved = changed == null
                    ? service.createWindow(unitId == null ? 0 : unitId, code, name)
                    : service.updateWindow(changed.id(), changed.version(), unitId == null ? 0 : unitId, code, name,
                    active);
            Texts.info(changed == null ? "windows.added" : "windows.changed", saved.code());
        } catch (EditConflictException conflict) {
            clearForm();
            load();
            throw conflict;
        }
        clearForm();
        load();
    }

    public void edit(WindowView w) {
        editing = w;
        unitId = w.unitId();
        code = w.code();
        name = w.name();
        active = w.active();
    }

    public void cancel() {
        clearForm();
    }

    private void clearForm() {
        editing = null;
        unitId = null;
        code = null;
        name = null;
        active = true;
    }

    public void print(WindowView w) {
        printing = w;
    }

    public void savePolicy() {
        FeedbackPolicyView changed = new FeedbackPolicyView(organisationId, policy.version(), supplementaryDays,
                defaultRatingEnabled, defaultRatingDays, minimumSample, contactWorkingDays, rectifyWorkingDays,
                hotlineWorkingDays, hotlineExtensionDays);
        try {
            showPolicy(service.savePolicy(changed));
        } catch (EditConflictException conflict) {
            showPolicy(service.policy(organisationId));
            throw conflict;
        }
        Texts.info("windows.policy.saved");
    }

    private void showPolicy(FeedbackPolicyView p) {
        policy = p;
        supplementaryDays = p.supplementaryDays();
        defaultRatingEnabled = p.defaultRatingEnabled();
        defaultRatingDays = p.defaultRatingDays();
        minimumSample = p.minimumSample();
        contactWorkingDays = p.contactWorkingDays();
        rectifyWorkingDays = p.rectifyWorkingDays();
        hotlineWorkingDays = p.hotlineWorkingDays();
        hotlineExtensionDays = p.hotlineExtensionDays();
    }

    /** The address a window's QR code holds. */
    public String linkOf(WindowView w) {
        return PublicLinks.window(w.qrToken());
    }

    public String getPrintingQr() {
        return printing == null ? null : QrCodes.svg(linkOf(printing), Texts.text("windows.qr.label", printing.code()));
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

    public List<SelectItem> getUnitChoices() {
        return unitChoices;
    }

    public List<WindowView> getWindows() {
        return windows;
    }

    public WindowView getEditing() {
        return editing;
    }

    public WindowView getPrinting() {
        return printing;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSupplementaryDays() {
        return supplementaryDays;
    }

    public void setSupplementaryDays(int supplementaryDays) {
        this.supplementaryDays = supplementaryDays;
    }

    public boolean isDefaultRatingEnabled() {
        return defaultRatingEnabled;
    }

    public void setDefaultRatingEnabled(boolean defaultRatingEnabled) {
        this.defaultRatingEnabled = defaultRatingEnabled;
    }

    public int getDefaultRatingDays() {
        return defaultRatingDays;
    }

    public void setDefaultRatingDays(int defaultRatingDays) {
        this.defaultRatingDays = defaultRatingDays;
    }

    public int getMinimumSample() {
        return minimumSample;
    }

    public void setMinimumSample(int minimumSample) {
        this.minimumSample = minimumSample;
    }

    public int getContactWorkingDays() {
        return contactWorkingDays;
    }

    public void setContactWorkingDays(int contactWorkingDays) {
        this.contactWorkingDays = contactWorkingDays;
    }

    public int getRectifyWorkingDays() {
        return rectifyWorkingDays;
    }

    public void setRectifyWorkingDays(int rectifyWorkingDays) {
        this.rectifyWorkingDays = rectifyWorkingDays;
    }

    public int getHotlineWorkingDays() {
        return hotlineWorkingDays;
    }

    public void setHotlineWorkingDays(int hotlineWorkingDays) {
        this.hotlineWorkingDays = hotlineWorkingDays;
    }

    public int getHotlineExtensionDays() {
        return hotlineExtensionDays;
    }

    public void setHotlineExtensionDays(int hotlineExtensionDays) {
        this.hotlineExtensionDays = hotlineExtensionDays;
    }
}
