package org.evaluation.api.organisation;

import org.evaluation.api.SortOrder;

import java.io.Serializable;

/** Filters, order and page of the people list; null filters do not filter. */
public record PersonQuery(Long organisationId, Long unitId, String name, String position,
                          EmploymentCategory category, Boolean active,
                          PersonSort sort, SortOrder order, int first, int pageSize)
        implements Serializable {

    public PersonQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page out of range");
        }
    }
}
