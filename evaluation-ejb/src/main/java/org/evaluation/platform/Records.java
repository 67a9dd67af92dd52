package org.evaluation.platform;

import jakarta.persistence.EntityManager;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.NotFoundException;

/** Loading a record by id, as the services need it: present, and at the version the editor saw. */
public final class Records {

    private Records() {
    }

    public static <T> T find(EntityManager em, Class<T> type, Object id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return found;
    }

    /** The record, if nobody has saved it since the editor loaded {@code version}. */
    public static <T extends Versioned> T findAt(EntityManager em, Class<T> type, Object id, long version) {
        T found = find(em, type, id);
        if (found.getVersion() != version) {
            throw new EditConflictException();
        }
        return found;
    }
}
