package org.evaluation.web.view.hr;

import jakarta.faces.model.SelectItem;
import org.evaluation.api.organisation.UnitNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitChoicesTest {

    @Test
    void indentsEachUnitByItsDepthInTheTree() {
        List<SelectItem> items = UnitChoices.of(List.of(
                new UnitNode(1, null, "窗口服务科", 0, 3),
                new UnitNode(2, 1L, "综合窗口组", 0, 3),
                new UnitNode(3, 2L, "第一小组", 0, 1),
                new UnitNode(4, 1L, "不动产窗口组", 0, 2),
                new UnitNode(5, null, "办公室", 0, 2)));

        assertEquals(List.of("窗口服务科", "\u3000综合窗口组", "\u3000\u3000第一小组", "\u3000不动产窗口组", "办公室"),
                items.stream().map(SelectItem::getLabel).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), items.stream().map(SelectItem::getValue).toList());
    }

    @Test
    void noUnitsNoChoices() {
        assertEquals(List.of(), UnitChoices.of(List.of()));
    }
}
