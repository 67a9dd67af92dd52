package org.evaluation.web.view.hr;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.SortOrder;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonQuery;
import org.evaluation.api.organisation.PersonRow;
import org.evaluation.api.organisation.PersonSort;
import org.primefaces.component.datatable.DataTable;
import org.evaluation.web.support.PagedRows;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The people list ({@code hr/people.xhtml}): filters above the table, and a lazy table that
 * leaves filtering, sorting and paging to the database, so that it stays quick with tens of
 * thousands of people.
 */
@Named("people")
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The client id of the table, for going back to its first page when a filter changes. */
    static final String TABLE = "peopleForm:people";

    /** Whom the list shows by employment status. */
    public enum Status {
        ACTIVE, LEFT, ALL;

        Boolean active() {
            return this == ALL ? null : this == ACTIVE;
        }
    }

    @EJB
    private PeopleService peopleService;

    @EJB
    private OrganisationService organisationService;

    private Long organisationId;
    private Long unitId;
    private String text;
    private String position;
    private EmploymentCategory category;
    private Status status = Status.ACTIVE;

    private List<SelectItem> organisationChoices;
    private List<SelectItem> unitChoices = List.of();

    private final SortMeta defaultSort = SortMeta.builder().field("name")
            .order(org.primefaces.model.SortOrder.ASCENDING).build();
    /** One page of people, straight from the database. */
    private final LazyDataModel<PersonRow> model = new PagedRows<>(
            (sortBy, first, size) -> peopleService.find(query(sortBy, first, size)), PersonRow::id);

    @PostConstruct
    void init() {
        organisationChoices = UnitChoices.organisations(organisationService.organisations());
    }

    /** A new organisation has other units: the unit filter starts again. */
    public void organisationChanged() {
        unitId = null;
        unitChoices = organisationId == null ? List.of() : UnitChoices.of(organisationService.units(organisationId));
        filtersChanged();
    }

    /** Filters given in the address: the unit list follows the organisation, and a stray unit is dropped. */
    public void parametersApplied() {
        Long unit = unitId;
        if (organisationId != null) {
            unitChoices = UnitChoices.of(organisationService.units(organisationId));
        }
        unitId = unit != null && unitChoices.stream().anyMatch(choice -> unit.equals(choice.getValue())) ? unit : null;
        if (status == null) {
            status = Status.ACTIVE;
        }
    }

    /** Other filters, other rows: show them from the first page. */
    public void filtersChanged() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clearFilters() {
        organisationId = null;
        unitId = null;
        unitChoices = List.of();
        text = null;
        position = null;
        category = null;
        status = Status.ACTIVE;
        filtersChanged();
    }

    /** The query for one page; the column a table sorts by is its {@code field}. */
    PersonQuery query(Map<String, SortMeta> sortBy, int first, int pageSize) {
        PersonSort sort = null;
        SortOrder order = SortOrder.ASCENDING;
        if (sortBy != null) {
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != null && !meta.getOrder().isUnsorted()) {
                    sort = sortOf(meta.getField());
                    order = meta.getOrder().isDescending() ? SortOrder.DESCENDING : SortOrder.ASCENDING;
                    break;
                }
            }
        }
        return new PersonQuery(organisationId, unitId, blankToNull(text), blankToNull(position), category,
                status.active(), sort, order, first, pageSize);
    }

    static PersonSort sortOf(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "name" -> PersonSort.NAME;
            case "position" -> PersonSort.POSITION;
            case "unitName" -> PersonSort.UNIT;
            case "category" -> PersonSort.CATEGORY;
            default -> null;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LazyDataModel<PersonRow> getModel() {
        return model;
    }

    public SortMeta getDefaultSort() {
        return defaultSort;
    }

    public List<SelectItem> getOrganisationChoices() {
        return organisationChoices;
    }

    public List<SelectItem> getUnitChoices() {
        return unitChoices;
    }

    public EmploymentCategory[] getCategories() {
        return EmploymentCategory.values();
    }

    public Status[] getStatuses() {
        return Status.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public EmploymentCategory getCategory() {
        return category;
    }

    public void setCategory(EmploymentCategory category) {
        this.category = category;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status == null ? Status.ACTIVE : status;
    }
}
