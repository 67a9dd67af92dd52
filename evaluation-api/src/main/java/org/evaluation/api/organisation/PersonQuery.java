package org.evaluation.api.organisation;

import org.evaluation.api.SortOrder;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;

/** Filters, order and page of the people list; null filters do not filter. */
public record PersonQuery(@Ref(Kind.ORGANISATION) Long organisationId, @Ref(Kind.UNIT) Long unitId, String name, String position,
                          EmploymentCategory category, Boolean active,
                          PersonSort sort, SortOrder order, int first, int pageSize)
        implements Serializable {

    public PersonQuery {
        if (first < 0 || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page out of range");
        }
    }
}
