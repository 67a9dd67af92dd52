package org.evaluation.web.view.auditadmin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.feedback.RatingTrace;
import org.evaluation.api.feedback.RatingTraceService;
import org.evaluation.web.support.Dates;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The audit administrator's look-up of who rated a service, in a dispute; every look-up is audited. */
@Named("ratingTraces")
@ViewScoped
public class RatingTracesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RatingTraceService service;

    private String reference;
    private List<RatingTrace> traces;

    public void lookUp() {
        traces = service.traces(reference == null ? "" : reference);
        if (traces.isEmpty()) {
            Texts.info("ratingTraces.none", reference.strip());
        }
    }

    public String when(LocalDateTime time) {
        return time == null ? "" : Dates.minutes(time);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public List<RatingTrace> getTraces() {
        return traces;
    }
}
