package org.evaluation.web.view.hr;

import org.evaluation.api.SortOrder;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.PersonQuery;
import org.evaluation.api.organisation.PersonSort;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PeopleBackingTest {

    @Test
    void theSortableColumnsMapToTheDatabaseSorts() {
        assertEquals(PersonSort.NAME, PeopleBacking.sortOf("name"));
        assertEquals(PersonSort.POSITION, PeopleBacking.sortOf("position"));
        assertEquals(PersonSort.UNIT, PeopleBacking.sortOf("unitName"));
        assertEquals(PersonSort.CATEGORY, PeopleBacking.sortOf("category"));
        assertNull(PeopleBacking.sortOf("leaderName"));
        assertNull(PeopleBacking.sortOf(null));
    }

    @Test
    void theQueryCarriesTheFiltersTheSortAndThePage() {
        PeopleBacking people = new PeopleBacking();
        people.setOrganisationId(3L);
        people.setUnitId(14L);
        people.setText("  王 ");
        people.setPosition(" ");
        people.setCategory(EmploymentCategory.PUBLIC_INSTITUTION);
        people.setStatus(PeopleBacking.Status.LEFT);

        PersonQuery query = people.query(Map.of("position", SortMeta.builder().field("position")
                .order(org.primefaces.model.SortOrder.DESCENDING).build()), 40, 20);

        assertEquals(new PersonQuery(3L, 14L, "王", null, EmploymentCategory.PUBLIC_INSTITUTION, false,
                PersonSort.POSITION, SortOrder.DESCENDING, 40, 20), query);
    }

    @Test
    void activePeopleByDefaultAndEveryoneOnRequest() {
        PeopleBacking people = new PeopleBacking();
        assertEquals(Boolean.TRUE, people.query(null, 0, 20).active());
        people.setStatus(PeopleBacking.Status.ALL);
        assertNull(people.query(null, 0, 20).active());
        people.setStatus(null);
        assertEquals(PeopleBacking.Status.ACTIVE, people.getStatus());
    }
}
