package org.evaluation.web.view;

import jakarta.ejb.EJB;
import org.evaluation.api.assessment.CycleStatus;
import org.evaluation.api.dashboard.DashboardCycle;
import org.evaluation.api.dashboard.DashboardService;
import org.evaluation.web.support.NotFoundPage;
import org.evaluation.web.support.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * What the cycle dashboards of HR and the committee share: the cycles the user may watch, the one
 * chosen in the address ({@code ?cycle=..}) or else the first open one, and a cycle the user may not
 * see answered as not found.
 */
public abstract class CycleDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DashboardService service;

    private Long cycleId;
    private List<DashboardCycle> cycles = List.of();
    private DashboardCycle cycle;

    /** The view action. */
    public void load() {
        cycles = service.cycles();
        if (cycleId != null) {
            cycle = cycles.stream().filter(c -> c.id() == cycleId).findFirst().orElse(null);
            if (cycle == null) {
                NotFoundPage.send();
                return;
            }
        } else {
            cycle = cycles.stream().filter(c -> c.status() == CycleStatus.OPEN).findFirst()
                    .orElse(cycles.isEmpty() ? null : cycles.get(0));
        }
        if (cycle != null) {
            cycleId = cycle.id();
            show(service, cycle.id());
        }
    }

    /** Another cycle chosen in the menu. */
    public void cycleChanged() {
        cycle = cycles.stream().filter(c -> cycleId != null && c.id() == cycleId).findFirst().orElse(null);
        if (cycle != null) {
            show(service, cycle.id());
        }
    }

    /** The figures again, for the page's periodic update. */
    public void refresh() {
        if (cycle != null) {
            show(service, cycle.id());
        }
    }

    /** Fetches the figures of the cycle. */
    protected abstract void show(DashboardService dashboards, long cycle);

    public String cycleLabel(DashboardCycle c) {
        return Texts.text("dashboard.cycleLabel", c.organisationName(), String.valueOf(c.year()),
                Texts.text("CycleStatus." + c.status().name()));
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public List<DashboardCycle> getCycles() {
        return cycles;
    }

    public DashboardCycle getCycle() {
        return cycle;
    }
}
