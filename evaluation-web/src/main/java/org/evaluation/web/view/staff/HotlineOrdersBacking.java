package org.evaluation.web.view.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.hotline.HotlineListFilter;
import org.evaluation.api.hotline.HotlineOrderRow;
import org.evaluation.api.hotline.HotlineOrderView;
import org.evaluation.api.hotline.HotlineService;
import org.evaluation.web.support.PagedRows;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * The 12345 orders a staff member is named responsible for ({@code staff/hotline-orders.xhtml}),
 * one of them opened below the list to read.
 */
@Named("staffHotlineOrders")
@ViewScoped
public class HotlineOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HotlineService hotline;

    private HotlineListFilter filter = HotlineListFilter.OPEN;
    private HotlineOrderView opened;

    private final LazyDataModel<HotlineOrderRow> rows = new PagedRows<>(
            (sortBy, first, size) -> hotline.myOrders(filter, first, Math.min(size, HotlineService.PAGE_MAX)),
            HotlineOrderRow::id);

    public void open(HotlineOrderRow row) {
        opened = hotline.order(row.id());
    }

    public HotlineOrderView getOpened() {
        return opened;
    }

    public HotlineListFilter[] getFilters() {
        return HotlineListFilter.values();
    }

    public LazyDataModel<HotlineOrderRow> getRows() {
        return rows;
    }

    public HotlineListFilter getFilter() {
        return filter;
    }

    public void setFilter(HotlineListFilter filter) {
        this.filter = filter == null ? HotlineListFilter.OPEN : filter;
    }
}
