package org.evaluation.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.security.Kind;
import org.evaluation.security.Scopes;

import java.util.Optional;

/**
 * Finds an existing object of a kind belonging to an organisation, for tests that need "one of
 * ours" and "one of theirs": read through the same organisation paths the access rules use.
 */
@Stateless
@PermitAll
public class ObjectsOf {

    @PersistenceContext
    private EntityManager em;

    public Optional<Long> any(Kind kind, long organisationId) {
        Scopes.Path path = Scopes.pathOf(kind);
        for (String organisation : path.organisations()) {
            Long id = em.createQuery("SELECT MIN(e.id) FROM " + path.entity() + " e WHERE e." + organisation
                    + " = :organisation", Long.class).setParameter("organisation", organisationId).getSingleResult();
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** The session counter of an account, as the check at each request reads it. */
    public int sessionEpoch(String username) {
        return em.createQuery("SELECT a.sessionEpoch FROM Account a WHERE a.username = :username", Integer.class)
                .setParameter("username", username).getSingleResult();
    }

    public long organisationNamed(String name) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }
}
