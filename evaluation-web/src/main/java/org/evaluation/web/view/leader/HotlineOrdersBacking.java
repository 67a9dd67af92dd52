package org.evaluation.web.view.leader;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.hotline.HotlineFigures;
import org.evaluation.api.hotline.HotlineListFilter;
import org.evaluation.api.hotline.HotlineOrderRow;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.web.support.ExcelDownload;
import org.evaluation.web.support.PagedRows;
import org.evaluation.web.support.Texts;
import org.evaluation.web.view.HotlineOrdersSheet;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A leader's 12345 work orders ({@code leader/hotline-orders.xhtml}): the figures of their unit
 * for a year, the orders of their unit and the units below it with deadlines (overdue ones
 * flagged), and, for a leader of a receiving centre, the extension requests to decide.
 */
@Named("leaderHotlineOrders")
@ViewScoped
public class HotlineOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotlineService hotline;

    private HotlineListFilter filter = HotlineListFilter.OPEN;
    private int year;
    private List<Integer> years;
    private HotlineFigures figures;
    private long extensionRequests;

    private final PagedRows<HotlineOrderRow> rows = new PagedRows<>(
            (sortBy, first, size) -> hotline.unitOrders(filter, first, Math.min(size, HotlineService.PAGE_MAX)),
            HotlineOrderRow::id);

    /** The orders of the filter on screen, all pages, as a workbook. */
    public void export() {
        ExcelDownload.send(HotlineOrdersSheet.sheet(Texts::text), rows.pages(), Texts.text("export.hotline.sheet"),
                "hotline-orders");
    }

    private final LazyDataModel<HotlineOrderRow> requests = new PagedRows<>(
            (sortBy, first, size) -> hotline.extensionRequests(first, Math.min(size, HotlineService.PAGE_MAX)),
            HotlineOrderRow::id);

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        year = today.getYear();
        years = IntStream.rangeClosed(0, 2).mapToObj(back -> today.getYear() - back).toList();
        loadFigures();
        extensionRequests = hotline.extensionRequests(0, 1).total();
    }

    public void loadFigures() {
        figures = hotline.myUnitFigures(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A rate as a whole percentage, or a dash without a base. */
    public String percent(Double rate) {
        return rate == null ? "—" : Math.round(rate * 100) + "%";
    }

    public HotlineListFilter[] getFilters() {
        return HotlineListFilter.values();
    }

    public LazyDataModel<HotlineOrderRow> getRows() {
        return rows;
    }

    public LazyDataModel<HotlineOrderRow> getRequests() {
        return requests;
    }

    public long getExtensionRequests() {
        return extensionRequests;
    }

    public HotlineFigures getFigures() {
        return figures;
    }

    public List<Integer> getYears() {
        return years;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public HotlineListFilter getFilter() {
        return filter;
    }

    public void setFilter(HotlineListFilter filter) {
        this.filter = filter == null ? HotlineListFilter.OPEN : filter;
    }
}
