package org.evaluation.organisation;

import jakarta.persistence.EntityManager;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The units of one organisation as a tree, to find a unit with every unit below it. */
public final class UnitTree {

    private final Map<Long, List<Long>> children = new HashMap<>();

    /** {@code unit} and every unit below it, read as (id, parent) pairs of its organisation's units. */
    public static Set<Long> withUnitsBelow(EntityManager em, Unit unit) {
        List<Long[]> tree = em.createQuery("SELECT u.id, p.id FROM Unit u LEFT JOIN u.parent p"
                        + " WHERE u.organisation.id = :organisation", Object[].class)
                .setParameter("organisation", unit.getOrganisation().getId()).getResultStream()
                .map(r -> new Long[]{(Long) r[0], (Long) r[1]}).toList();
        return new UnitTree(tree).withUnitsBelow(unit.getId());
    }

    /** From {unit id, parent id or null} pairs. */
    public UnitTree(List<Long[]> unitsAndParents) {
        for (Long[] unit : unitsAndParents) {
            if (unit[1] != null) {
                children.computeIfAbsent(unit[1], k -> new ArrayList<>()).add(unit[0]);
            }
        }
    }

    /** {@code root} and every unit below it, the root first. */
    public Set<Long> withUnitsBelow(long root) {
        Set<Long> found = new LinkedHashSet<>();
        Deque<Long> next = new ArrayDeque<>(List.of(root));
        while (!next.isEmpty()) {
            Long unit = next.removeFirst();
            if (found.add(unit)) {
                next.addAll(children.getOrDefault(unit, List.of()));
            }
        }
        return found;
    }
}
