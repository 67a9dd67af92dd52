package org.evaluation.cases;

import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponsibleLeaderTest {

    private final CaseFixtures f = new CaseFixtures();

    /** The heads of each unit as the reporting lines give them: the chief heads the section, the director the top. */
    private final Function<Unit, List<Person>> heads = u -> Map.of(
            f.section.getId(), List.of(f.sectionChief),
            f.top.getId(), List.of(f.director)).getOrDefault(u.getId(), List.of());

    @Test
    void theServedStaffMembersSupervisingLeaderHandlesTheCase() {
        assertEquals(Optional.of(f.sectionChief), ResponsibleLeader.of(f.staff, f.group, f.director, heads));
    }

    @Test
    void aServiceWithoutStaffGoesToTheLeaderHeadingTheUnitOrTheUnitAbove() {
        assertEquals(Optional.of(f.sectionChief), ResponsibleLeader.of(null, f.group, f.director, heads),
                "nobody heads the window group: the head of the section above it");
        assertEquals(Optional.of(f.sectionChief), ResponsibleLeader.of(null, f.section, f.director, heads));
    }

    @Test
    void whenTheLeaderHasLeftTheUnitsHeadAndAtTheTopTheOrganisationsHead() {
        f.sectionChief.leave(java.time.LocalDate.of(2026, 10, 1));
        assertEquals(Optional.of(f.director), ResponsibleLeader.of(f.staff, f.group, f.director, heads),
                "the chief left: no active head of the section, so the organisation's head");
        assertEquals(Optional.of(f.director), ResponsibleLeader.of(f.sectionChief, f.section, f.director, u -> List.of()));
    }

    @Test
    void theRatedPersonNeverHandlesTheirOwnCase() {
        // the chief served himself and reports to nobody: not himself as head of the section
        Person chief = f.person("褚海峰", f.section);
        assertEquals(Optional.of(f.director), ResponsibleLeader.of(chief, f.section, f.director,
                u -> u.getId().equals(f.section.getId()) ? List.of(chief) : List.of()));
        assertEquals(Optional.empty(), ResponsibleLeader.of(f.director, f.top, f.director, heads),
                "the head served and reports to nobody: the case waits for someone to assign it");
    }

    @Test
    void ofTwoHeadsOfOneUnitTheOneTheOtherReportsToComesFirst() {
        Person deputy = f.person("副科长", f.section);
        deputy.reportTo(f.sectionChief);
        assertEquals(Optional.of(f.sectionChief), ResponsibleLeader.of(null, f.section, f.director,
                u -> List.of(deputy, f.sectionChief)));
    }
}
