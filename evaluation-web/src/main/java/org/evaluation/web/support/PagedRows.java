package org.evaluation.web.support;

import org.evaluation.api.PageResult;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The rows of a lazy table, one page at a time straight from a service that pages in the
 * database; each row is known by its key (for selection).
 */
public final class PagedRows<T extends Serializable> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows, in the order the table asks for (sortBy may be empty). */
    @FunctionalInterface
    public interface Source<T extends Serializable> extends Serializable {
        PageResult<T> page(Map<String, SortMeta> sortBy, int first, int pageSize);
    }

    /** The key of a row, unique in the table. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;

    public PagedRows(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.page(Map.of(), 0, 1).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageResult<T> page = source.page(sortBy == null ? Map.of() : sortBy, first, Math.max(1, pageSize));
        setRowCount(Math.toIntExact(page.total()));
        return page.rows();
    }

    /** Every row the table can show, page by page from the same source, for an export. */
    public ExcelSheet.Pages<T> pages() {
        return (first, size) -> source.page(Map.of(), first, size);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
