package org.evaluation.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.assessment.PublicisedPerson;
import org.evaluation.api.assessment.PublicityNotice;
import org.evaluation.api.assessment.PublicityService;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The publicity of the proposed 优秀 of the signed-in person's organisation
 * ({@code staff/publicity.xhtml}): who is proposed, until when, and an objection to one of them.
 */
@Named("publicity")
@ViewScoped
public class PublicityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicityService service;

    private List<PublicityNotice> notices;
    private PublicisedPerson chosen;
    private String content;

    @PostConstruct
    void load() {
        notices = service.current();
    }

    /** Opens the objection form for one candidate. */
    public void choose(PublicisedPerson candidate) {
        chosen = candidate;
        content = null;
    }

    public void object() {
        service.object(chosen.participantId(), content);
        Texts.info("publicity.objection.raised", chosen.name());
        chosen = null;
        content = null;
        notices = service.current();
    }

    public List<PublicityNotice> getNotices() {
        return notices;
    }

    public PublicisedPerson getChosen() {
        return chosen;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
