package org.evaluation.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
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

    /**
     * Writes a record that is created on its first save, one row under a unique key (an
     * organisation's settings, say). Two editors saving it for the first time at once collide on
     * that key; the second is told that somebody saved meanwhile, as for any other edit conflict.
     */
    public static void flushFirstSave(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException savedMeanwhile) {
            throw new EditConflictException();
        }
    }
}
