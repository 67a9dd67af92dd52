package org.evaluation.web.view.hr;

import jakarta.faces.model.SelectItem;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.organisation.UnitNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The choices of organisation and unit selects: units indented by their depth in the tree. */
final class UnitChoices {

    /** An ideographic space: browsers do not collapse it, and it is as wide as one Chinese character. */
    static final String INDENT = "\u3000";

    private UnitChoices() {
    }

    /** The units in the order given (parents before children), each label indented by its depth. */
    static List<SelectItem> of(List<UnitNode> units) {
        Map<Long, Integer> depths = new HashMap<>();
        List<SelectItem> items = new ArrayList<>(units.size());
        for (UnitNode unit : units) {
            int depth = unit.parentId() == null ? 0 : depths.getOrDefault(unit.parentId(), -1) + 1;
            depths.put(unit.id(), depth);
            items.add(new SelectItem(unit.id(), INDENT.repeat(depth) + unit.name()));
        }
        return items;
    }

    static List<SelectItem> organisations(List<OrganisationSummary> organisations) {
        return organisations.stream().map(o -> new SelectItem(o.id(), o.name())).toList();
    }

    /** The organisation a page of organisation settings opens with: the user's own, else the first; null for none. */
    static Long ownOrFirst(List<SelectItem> organisations, Long own) {
        return organisations.stream().map(c -> (Long) c.getValue()).filter(id -> id.equals(own)).findFirst()
                .orElse(organisations.isEmpty() ? null : (Long) organisations.get(0).getValue());
    }
}
