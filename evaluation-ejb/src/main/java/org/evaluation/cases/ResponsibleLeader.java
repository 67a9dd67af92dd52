package org.evaluation.cases;

import org.evaluation.organisation.Person;
import org.evaluation.organisation.Unit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who handles the case of a 差评 (the responsible unit's leader):
 * <ol>
 * <li>the supervising leader (主管领导) of the staff member who served, while active;</li>
 * <li>otherwise (a service without a staff member, or one without an active leader) the leader who
 * heads the service's unit, read from the reporting lines as the democratic evaluation reads them:
 * somebody of the unit itself to whom an active person of the unit, or of a unit below it, reports.
 * A unit nobody heads (a window group whose people report to the 科长 of the section above) goes to
 * the head of the unit above it, and so on up the tree;</li>
 * <li>otherwise the organisation's head (机关负责人).</li>
 * </ol>
 * The staff member rated never handles their own case. Of several people heading one unit, the one
 * the others report to comes first, then the one recorded first.
 */
public final class ResponsibleLeader {

    private ResponsibleLeader() {
    }

    /**
     * @param staff   who served, or null
     * @param unit    the service's unit
     * @param head    the organisation's head, or null
     * @param headsOf the active people heading a unit, as defined above
     */
    public static Optional<Person> of(Person staff, Unit unit, Person head, Function<Unit, List<Person>> headsOf) {
        if (staff != null && staff.getSupervisor() != null && staff.getSupervisor().isActive()) {
            return Optional.of(staff.getSupervisor());
        }
        for (Unit u = unit; u != null; u = u.getParent()) {
            List<Person> heads = headsOf.apply(u).stream().filter(p -> p.isActive() && !p.isSameAs(staff)).toList();
            Optional<Person> first = heads.stream()
                    .sorted(Comparator.comparing((Person p) -> heads.stream().anyMatch(h -> h.isSameAs(p.getSupervisor())))
                            .thenComparing(Person::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                    .findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        if (head != null && head.isActive() && !head.isSameAs(staff)) {
            return Optional.of(head);
        }
        return Optional.empty();
    }


}
