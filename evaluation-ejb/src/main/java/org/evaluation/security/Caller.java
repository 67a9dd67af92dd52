package org.evaluation.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.organisation.Person;

import java.util.Optional;

/** Who is calling a service: the account's person, for rules such as "only your own people". */
@Stateless
@PermitAll
public class Caller {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public boolean isInRole(String role) {
        return context.isCallerInRole(role);
    }

    public Optional<Person> person() {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", Account.normaliseUsername(username())).getResultStream().findFirst()
                .map(Account::getPerson);
    }

    /** The caller's person; an account without one cannot do what needs it. */
    public Person requirePerson() {
        return person().orElseThrow(() -> new RuleViolationException("account.noPerson"));
    }

    public Account account() {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", Account.normaliseUsername(username())).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Account", username()));
    }
}
