package org.evaluation.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.feedback.RatingChannel;
import org.evaluation.api.feedback.RatingLevel;
import org.evaluation.api.feedback.RatingReceipt;
import org.evaluation.api.feedback.RatingService;
import org.evaluation.api.feedback.RatingSubmission;
import org.evaluation.api.feedback.ServiceRecordView;
import org.evaluation.api.feedback.ServiceTag;
import org.evaluation.api.feedback.WindowView;
import org.evaluation.web.support.PublicLinks;
import org.evaluation.web.support.QrCodes;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The window page ({@code staff/window.xhtml}): a staff member records the service they have just
 * delivered at their window and shows the person served its rating code (the window's own QR code
 * leads there too); the services they recorded lately with their ratings; and the entry of paper
 * rating forms, which must be entered by someone other than who served or recorded the service.
 */
@Named("staffWindow")
@ViewScoped
public class WindowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int RECENT = 20;

    @EJB
    private RatingService ratings;

    private List<WindowView> windows = List.of();
    private Long windowId;
    private String serviceItem;
    private String contact;
    private ServiceRecordView recorded;
    private List<ServiceRecordView> recent = List.of();

    private String paperReference;
    private String paperCode;
    private String paperNumber;
    private Integer paperLevel;
    private ServiceTag[] paperTags = new ServiceTag[0];
    private String paperComment;

    @PostConstruct
    void init() {
        windows = ratings.myWindows();
        if (!windows.isEmpty()) {
            windowId = windows.get(0).id();
        }
        recent = ratings.myRecentServices(RECENT);
    }

    public void record() {
        recorded = ratings.recordService(windowId == null ? 0 : windowId, serviceItem, contact);
        serviceItem = null;
        contact = null;
        recent = ratings.myRecentServices(RECENT);
        Texts.info("window.recorded", recorded.reference());
    }

    public void refresh() {
        recent = ratings.myRecentServices(RECENT);
    }

    public void enterPaper() {
        RatingSubmission form = new RatingSubmission(paperLevel == null ? 0 : paperLevel, Map.of(),
                paperTags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(paperTags)), paperComment,
                RatingChannel.PAPER, paperNumber);
        RatingReceipt receipt = ratings.enterPaperForm(paperReference == null ? "" : paperReference,
                paperCode == null ? "" : paperCode, form);
        Texts.info("window.paper.entered", paperNumber, Texts.text("RatingLevel." + RatingLevel.of(receipt.level())));
        paperReference = null;
        paperCode = null;
        paperNumber = null;
        paperLevel = null;
        paperTags = new ServiceTag[0];
        paperComment = null;
        recent = ratings.myRecentServices(RECENT);
    }

    /** The rating link of the service just recorded. */
    public String getRecordedLink() {
        return recorded == null ? null : PublicLinks.rating(recorded.ratingToken());
    }

    public String getRecordedQr() {
        return recorded == null ? null : QrCodes.svg(getRecordedLink(), Texts.text("window.qr.label"));
    }

    public List<RatingLevel> getLevels() {
        List<RatingLevel> levels = new ArrayList<>(List.of(RatingLevel.values()));
        Collections.reverse(levels);
        return levels;
    }

    public ServiceTag[] getAllTags() {
        return ServiceTag.values();
    }

    /** How a recent service stands: its level, the default rating, or not rated yet. */
    public String ratingOf(ServiceRecordView r) {
        if (r.ratedLevel() == 0) {
            return Texts.text("window.recent.unrated");
        }
        String level = Texts.text("RatingLevel." + RatingLevel.of(r.ratedLevel()));
        return r.defaulted() ? Texts.text("window.recent.defaulted", level) : level;
    }

    public List<WindowView> getWindows() {
        return windows;
    }

    public Long getWindowId() {
        return windowId;
    }

    public void setWindowId(Long windowId) {
        this.windowId = windowId;
    }

    public String getServiceItem() {
        return serviceItem;
    }

    public void setServiceItem(String serviceItem) {
        this.serviceItem = serviceItem;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public ServiceRecordView getRecorded() {
        return recorded;
    }

    public List<ServiceRecordView> getRecent() {
        return recent;
    }

    public String getPaperReference() {
        return paperReference;
    }

    public void setPaperReference(String paperReference) {
        this.paperReference = paperReference;
    }

    public String getPaperCode() {
        return paperCode;
    }

    public void setPaperCode(String paperCode) {
        this.paperCode = paperCode;
    }

    public String getPaperNumber() {
        return paperNumber;
    }

    public void setPaperNumber(String paperNumber) {
        this.paperNumber = paperNumber;
    }

    public Integer getPaperLevel() {
        return paperLevel;
    }

    public void setPaperLevel(Integer paperLevel) {
        this.paperLevel = paperLevel;
    }

    public ServiceTag[] getPaperTags() {
        return paperTags.clone();
    }

    public void setPaperTags(ServiceTag[] paperTags) {
        this.paperTags = paperTags == null ? new ServiceTag[0] : paperTags.clone();
    }

    public String getPaperComment() {
        return paperComment;
    }

    public void setPaperComment(String paperComment) {
        this.paperComment = paperComment;
    }
}
