package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.evaluation.api.EvaluationException;
import org.evaluation.api.assessment.CycleDetails;
import org.evaluation.api.documents.BatchStatus;
import org.evaluation.api.documents.BatchView;
import org.evaluation.api.documents.DocumentService;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.UnitNode;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The documents of a cycle on HR's cycle page ({@code hr/cycle.xhtml}): the publicity list, and the
 * register forms of everybody (or of one unit) as a ZIP written in the background, its progress
 * polled while it runs.
 */
@Named("cycleDocuments")
@ViewScoped
public class CycleDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documents;

    @EJB
    private OrganisationService organisations;

    @Inject
    private CycleBacking cycle;

    private Long unitId;
    private List<UnitNode> units;
    private List<BatchView> batches;

    private CycleDetails details() {
        return cycle.getDetails();
    }

    public List<UnitNode> getUnits() {
        if (units == null) {
            units = details() == null ? List.of() : organisations.units(details().organisationId());
        }
        return units;
    }

    public List<BatchView> getBatches() {
        if (batches == null) {
            batches = details() == null ? List.of() : documents.batches(details().id());
        }
        return batches;
    }

    /** Whether a batch is still being written: the page then polls for its progress. */
    public boolean isRunning() {
        return getBatches().stream().anyMatch(b -> b.status() == BatchStatus.RUNNING && !b.stalled());
    }

    public void refresh() {
        batches = null;
    }

    public void start() {
        try {
            documents.startBatch(details().id(), unitId);
            Texts.info("documents.batchStarted");
        } catch (EvaluationException e) {
            Texts.error(e);
        }
        batches = null;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
