package org.evaluation.ballot;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who heads an internal unit (内设机构负责人), for the rule that their democratic evaluation is
 * mandatory. The platform keeps no such title, so it is read from the reporting lines: somebody
 * heads a unit when at least one active person of their own unit, or of a unit below it, has them
 * as supervising leader (主管领导). The 科长 whose window groups report to him heads 窗口服务科;
 * a deputy director (a leader member, 领导成员) who supervises the 办公室主任 of another unit does
 * not, and leader members are left out by the caller anyway, being assessed under other rules.
 * A deputy of a unit to whom part of the unit reports counts as heading it too: the rule then asks
 * for one evaluation more, never one less.
 */
public final class UnitHeads {

    /** One reporting line: the unit of the person who reports, and the leader they report to with the leader's unit. */
    public record Line(long reportUnitId, long leaderId, long leaderUnitId) {
    }

    private final Map<Long, Long> parents;

    /** @param parents each unit of the organisation with its parent unit (absent or null at the top) */
    public UnitHeads(Map<Long, Long> parents) {
        this.parents = Map.copyOf(parents.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The ids of the leaders who head a unit, by the lines given. */
    public Set<Long> heads(Collection<Line> lines) {
        Set<Long> heads = new HashSet<>();
        for (Line line : lines) {
            if (within(line.reportUnitId(), line.leaderUnitId())) {
                heads.add(line.leaderId());
            }
        }
        return heads;
    }

    /** Whether {@code unit} is {@code ancestor} or lies below it. */
    boolean within(long unit, long ancestor) {
        Set<Long> seen = new HashSet<>();
        for (Long u = unit; u != null && seen.add(u); u = parents.get(u)) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }
}
