package org.evaluation.it.roles;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.it.TestData;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Accounts that hold exactly one role each, made through the services the first time they are
 * needed, and signing in with them through the application's identity store.
 */
@ApplicationScoped
public class TestUsers {

    public static final String DEMO_PASSWORD = "Kaohe@2026";
    private static final String PASSWORD = "It-Password#2026";

    private final Map<Role, String> usernames = new EnumMap<>(Role.class);

    @Inject
    private SecurityContext security;

    @EJB
    private PeopleService people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private AccountService accounts;

    /** Runs actions signed in with an account holding only this role. */
    public RoleRunner as(Role role) {
        return new RoleRunner() {
            @Override
            public <T> T call(Action<T> action) {
                signIn(usernameFor(role), PASSWORD);
                return action.run();
            }
        };
    }

    /** Signs the current request in with the account holding only this role. */
    public void signInAs(Role role) {
        signIn(usernameFor(role), PASSWORD);
    }

    /** Signs the current request in, as the sign-in page would. */
    public void signIn(String username, String password) {
        java.security.Principal current = CurrentExchange.request().getUserPrincipal();
        if (current != null && current.getName().equals(username)) {
            return; // signing in again would only cost another password hash
        }
        try {
            // the identity of the request changes only after the previous one is signed out
            CurrentExchange.request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException("could not sign out before signing in as " + username, e);
        }
        AuthenticationStatus status = security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(username, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("could not sign in as " + username + ": " + status);
        }
    }

    /** Signs the current request out: what follows runs as nobody, like a citizen with a link. */
    public void signOut() {
        try {
            CurrentExchange.request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException("could not sign out", e);
        }
    }

    private synchronized String usernameFor(Role role) {
        if (usernames.isEmpty()) {
            createAccounts();
        }
        return usernames.get(role);
    }

    private void createAccounts() {
        signIn("hr", DEMO_PASSWORD);
        long org = organisations.organisations().stream().filter(o -> o.name().equals("市人力资源和社会保障局"))
                .findFirst().orElseThrow().id();
        long unit = organisations.units(org).stream().filter(u -> u.name().equals("办公室")).findFirst()
                .orElseThrow().id();
        Map<Role, Long> persons = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            persons.put(role, people.create(TestData.person(TestData.unique("测试" + role.ordinal()), unit)));
        }
        signIn("security", DEMO_PASSWORD); // the security administrator grants every role, the duties included
        persons.forEach((role, person) -> {
            String username = TestData.unique("it." + role.area() + ".").toLowerCase();
            accounts.createAccount(person, username, Set.of(role), PASSWORD);
            usernames.put(role, username);
        });
    }
}
