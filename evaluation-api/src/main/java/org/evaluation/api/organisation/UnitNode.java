package org.evaluation.api.organisation;

import java.io.Serializable;

/** One internal unit (内设机构); the tree is rebuilt from the parent ids. */
public record UnitNode(long id, Long parentId, String name, long version, long activePeople)
        implements Serializable {
}
