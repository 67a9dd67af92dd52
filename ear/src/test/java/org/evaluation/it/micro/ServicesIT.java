package org.evaluation.it.micro;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.evaluation.api.EditConflictException;
import org.evaluation.api.InvalidInputException;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.PageResult;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.SortOrder;
import org.evaluation.api.audit.AuditEntryView;
import org.evaluation.api.audit.AuditQuery;
import org.evaluation.api.audit.AuditService;
import org.evaluation.api.audit.ChainVerification;
import org.evaluation.api.organisation.ImportColumn;
import org.evaluation.api.organisation.ImportPreview;
import org.evaluation.api.organisation.ImportRow;
import org.evaluation.api.organisation.OrganisationService;
import org.evaluation.api.organisation.OrganisationSummary;
import org.evaluation.api.organisation.PeopleImport;
import org.evaluation.api.organisation.PeopleService;
import org.evaluation.api.organisation.PersonDetails;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.PersonOption;
import org.evaluation.api.organisation.PersonQuery;
import org.evaluation.api.organisation.PersonRow;
import org.evaluation.api.organisation.PersonSort;
import org.evaluation.api.organisation.UnitNode;
import org.evaluation.api.security.AccountService;
import org.evaluation.api.security.Role;
import org.evaluation.api.security.SignInResult;
import org.evaluation.it.OnPayaraMicro;
import org.evaluation.it.TestData;
import org.evaluation.it.roles.RoleRunner;
import org.evaluation.it.roles.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The business services in the container, on the database of the run (H2, or PostgreSQL in CI). */
class ServicesIT extends OnPayaraMicro {

    private static final String BUREAU = "市人力资源和社会保障局";

    @EJB
    private PeopleService people;
    @EJB
    private OrganisationService organisations;
    @EJB
    private AccountService accounts;
    @EJB
    private AuditService audit;
    @EJB
    private PeopleImport peopleImport;

    @Inject
    private TestUsers users;

    @Inject
    private org.evaluation.platform.PersonalData personalData;

    private RoleRunner asHr;
    private RoleRunner asAuditor;

    @BeforeEach
    void roles() {
        asHr = users.as(Role.HR);
        asAuditor = users.as(Role.AUDIT_ADMIN);
    }

    @Inject
    private jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash pbkdf2;
    @Resource(lookup = "java:app/jdbc/evaluation")
    private DataSource dataSource;

    private OrganisationSummary bureau() {
        return asHr.call(() -> organisations.organisations().stream().filter(o -> o.name().equals(BUREAU))
                .findFirst().orElseThrow());
    }

    private long unitNamed(long organisationId, String name) {
        return asHr.call(() -> organisations.units(organisationId).stream().filter(u -> u.name().equals(name))
                .findFirst().orElseThrow().id());
    }

    private long newPerson(String name) {
        long unit = unitNamed(bureau().id(), "就业促进科");
        return asHr.call(() -> people.create(TestData.person(name, unit)));
    }

    @Test
    void demoDataIsLoadedWithEveryRoleRepresented() {
        List<OrganisationSummary> all = users.as(Role.ADMIN).call(organisations::organisations);
        // the three organisations and their competent authority, 市委组织部
        assertEquals(4, all.stream().filter(o -> o.name().startsWith("市")).count());
        assertEquals(3, all.stream().filter(o -> "市委组织部".equals(o.competentAuthorityName())).count());
        // each demo organisation has HR of its own, and none is HR of another
        assertTrue(accounts.authenticate("hanmei", "Kaohe@2026").roles().contains(Role.HR));
        assertTrue(accounts.authenticate("kongliang", "Kaohe@2026").roles().contains(Role.HR));
        OrganisationSummary bureau = bureau();
        assertEquals("严志刚", bureau.head().name());
        assertEquals("严志刚", bureau.committeeChair().name());
        assertTrue(bureau.committeeMembers().size() >= 3);
        assertEquals(SignInResult.Status.SIGNED_IN, accounts.authenticate("hr", "Kaohe@2026").status());
        assertTrue(accounts.authenticate("agent", "Kaohe@2026").roles().contains(Role.HOTLINE_AGENT));
    }

    @Test
    void hrCreatesUpdatesDeactivatesAndReactivatesAPerson() {
        long id = newPerson(TestData.unique("测试"));
        PersonDetails created = asHr.call(() -> people.person(id));
        assertTrue(created.active());
        assertEquals(BUREAU, created.organisationName());

        PersonForm form = created.form();
        form.setPosition("四级主任科员");
        asHr.run(() -> people.update(id, created.version(), form));
        PersonDetails updated = asHr.call(() -> people.person(id));
        assertEquals("四级主任科员", updated.form().getPosition());

        asHr.run(() -> people.deactivate(id, updated.version(), LocalDate.of(2026, 10, 31)));
        PersonDetails left = asHr.call(() -> people.person(id));
        assertFalse(left.active());
        assertEquals(LocalDate.of(2026, 10, 31), left.leftOn());

        asHr.run(() -> people.reactivate(id, left.version()));
        assertTrue(asHr.call(() -> people.person(id)).active());

        List<AuditEntryView> all = asAuditor.call(() -> audit.entries("Person", 0, 50)).rows().stream()
                .filter(e -> e.subjectId().equals(String.valueOf(id))).toList();
        List<AuditEntryView> trail = all.stream().filter(e -> !e.action().equals("read")).toList();
        assertEquals(List.of("reactivate", "deactivate", "update", "create"),
                trail.stream().map(AuditEntryView::action).toList(), "every change is in the audit trail, newest first");
        assertEquals(4, all.size() - trail.size(), "and every time HR read the record");
        assertTrue(trail.get(2).before().contains("一级科员") && trail.get(2).after().contains("四级主任科员"));
        assertFalse(trail.get(3).after().contains(asHr.call(() -> people.person(id)).form().getIdNumber()),
                "the trail keeps the ID number masked");
    }

    @Test
    void aSecondEditorWithAnOldVersionGetsAConflictAndChangesNothing() {
        long id = newPerson(TestData.unique("冲突"));
        PersonDetails first = asHr.call(() -> people.person(id));
        PersonDetails second = asHr.call(() -> people.person(id));

        PersonForm mine = first.form();
        mine.setPosition("二级主任科员");
        asHr.run(() -> people.update(id, first.version(), mine));

        PersonForm theirs = second.form();
        theirs.setPosition("科员");
        assertThrows(EditConflictException.class, () -> asHr.run(() -> people.update(id, second.version(), theirs)));
        assertEquals("二级主任科员", asHr.call(() -> people.person(id)).form().getPosition(),
                "the first save is kept, not overwritten");
    }

    @Test
    void theSameIdNumberCannotBeRegisteredTwice() {
        long id = newPerson(TestData.unique("重复"));
        PersonForm copy = asHr.call(() -> people.person(id)).form();
        copy.setName("另一人");
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> asHr.run(() -> people.create(copy)));
        assertEquals("person.idNumberTaken", e.getMessageKey());
    }

    @Test
    void reportingLinesRefuseCyclesAndSelfSupervision() {
        long a = newPerson(TestData.unique("甲"));
        long b = newPerson(TestData.unique("乙"));
        asHr.run(() -> people.assignLeader(b, asHr.call(() -> people.person(b)).version(), a));
        RuleViolationException cycle = assertThrows(RuleViolationException.class,
                () -> asHr.run(() -> people.assignLeader(a, asHr.call(() -> people.person(a)).version(), b)));
        assertEquals("person.reportingCycle", cycle.getMessageKey());
        assertNull(asHr.call(() -> people.person(a)).leader(), "the refused line was not stored");
        RuleViolationException self = assertThrows(RuleViolationException.class,
                () -> asHr.run(() -> people.assignLeader(a, asHr.call(() -> people.person(a)).version(), a)));
        assertEquals("person.ownLeader", self.getMessageKey());
    }

    @Test
    void unitsFormATreeThatNoUnitCanBeMovedIntoItsOwnBranch() {
        long org = bureau().id();
        String topName = TestData.unique("测试处");
        long top = asHr.call(() -> organisations.createUnit(org, null, topName));
        long child = asHr.call(() -> organisations.createUnit(org, top, "一科"));
        long grandchild = asHr.call(() -> organisations.createUnit(org, child, "一组"));
        long topVersion = version(org, top);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> asHr.run(() -> organisations.moveUnit(top, topVersion, grandchild)));
        assertEquals("unit.moveUnderOwnDescendant", e.getMessageKey());
        assertEquals(topName, e.getArguments()[0]);
        assertThrows(RuleViolationException.class,
                () -> asHr.run(() -> organisations.createUnit(org, top, "一科")), "no two siblings of one name");

        asHr.run(() -> organisations.moveUnit(grandchild, version(org, grandchild), top));
        UnitNode moved = asHr.call(() -> organisations.units(org)).stream().filter(u -> u.id() == grandchild)
                .findFirst().orElseThrow();
        assertEquals(top, moved.parentId());
    }

    private long version(long org, long unit) {
        return asHr.call(() -> organisations.units(org)).stream().filter(u -> u.id() == unit).findFirst()
                .orElseThrow().version();
    }

    @Test
    void thePeopleListFiltersSortsAndPagesInTheDatabase() {
        long org = bureau().id();
        PageResult<PersonRow> firstPage = asHr.call(() -> people.find(
                new PersonQuery(org, null, null, null, null, true, PersonSort.NAME, SortOrder.ASCENDING, 0, 5)));
        assertEquals(5, firstPage.rows().size());
        assertTrue(firstPage.total() >= 15);
        assertTrue(firstPage.rows().stream().allMatch(r -> r.organisationName().equals(BUREAU)));
        assertTrue(firstPage.rows().get(0).maskedIdNumber().contains("*"), "ID numbers are masked in lists");

        long unit = unitNamed(org, "社会保险科");
        PageResult<PersonRow> inUnit = asHr.call(() -> people.find(
                new PersonQuery(org, unit, null, null, null, true, PersonSort.NAME, SortOrder.DESCENDING, 0, 50)));
        assertEquals(List.of("邹玲", "喻强", "柏雪").stream().sorted().toList(),
                inUnit.rows().stream().map(PersonRow::name).sorted().toList());
        PageResult<PersonRow> byName = asHr.call(() -> people.find(
                new PersonQuery(null, null, "志刚", null, null, null, null, null, 0, 10)));
        assertEquals(List.of("严志刚"), byName.rows().stream().map(PersonRow::name).toList());
        PageResult<PersonRow> literalPercent = asHr.call(() -> people.find(
                new PersonQuery(null, null, "%", null, null, null, null, null, 0, 10)));
        assertEquals(0, literalPercent.total(), "a % typed in the filter is a character, not a wildcard");
    }

    /** Which roles may call what: everyone else is refused by the container. */
    @Test
    void eachRoleMayCallOnlyWhatItsWorkNeeds() {
        long org = bureau().id();
        PersonQuery query = new PersonQuery(org, null, null, null, null, null, null, null, 0, 5);
        // administrators run the platform without reading people's records
        expect("PeopleService.find", Set.of(Role.HR), r -> r.call(() -> people.find(query)));
        long someone = asHr.call(() -> people.find(query)).rows().get(0).id();
        expect("OrganisationService.organisations", Set.of(Role.HR, Role.ADMIN, Role.SECURITY_ADMIN),
                r -> r.call(organisations::organisations));
        long office = unitNamed(org, "办公室");
        expect("OrganisationService.createUnit", Set.of(Role.HR),
                r -> r.call(() -> organisations.createUnit(org, null, TestData.unique("权限"))));
        expect("PeopleService.create", Set.of(Role.HR),
                r -> r.call(() -> people.create(TestData.person(TestData.unique("权限"), office))));
        expect("AuditService.verify", Set.of(Role.AUDIT_ADMIN), r -> r.call(audit::verify));
        expect("AccountService.accountOf", Set.of(Role.HR, Role.ADMIN, Role.SECURITY_ADMIN), r -> r.call(() -> accounts.accountOf(someone)));
        expect("AccountService.currentUser", Set.of(Role.values()), r -> r.call(accounts::currentUser));
    }

    private void expect(String operation, Set<Role> allowed, java.util.function.Function<RoleRunner, Object> call) {
        for (Role role : Role.values()) {
            RoleRunner runner = users.as(role);
            try {
                call.apply(runner);
                if (!allowed.contains(role)) {
                    fail(role + " must not be allowed to call " + operation);
                }
            } catch (EJBAccessException refused) {
                if (allowed.contains(role)) {
                    fail(role + " must be allowed to call " + operation);
                }
            }
        }
    }

    @Test
    void onlyAnAdministratorGrantsTheAdministratorRole() {
        long id = newPerson(TestData.unique("账号"));
        String username = TestData.unique("it.user").toLowerCase();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> asHr.call(
                () -> accounts.createAccount(id, username, Set.of(Role.STAFF, Role.ADMIN), "Temporary#2026")));
        assertEquals("account.adminOnly", e.getMessageKey());
        long account = asHr.call(() -> accounts.createAccount(id, username, Set.of(Role.STAFF), "Temporary#2026"));
        assertTrue(asHr.call(() -> accounts.accountOf(id)).orElseThrow().mustChangePassword(),
                "a password set by HR is temporary");
        assertNotNull(account);
        RuleViolationException weak = assertThrows(RuleViolationException.class, () -> asHr.call(
                () -> accounts.createAccount(newPerson(TestData.unique("弱")), TestData.unique("weak").toLowerCase(),
                        Set.of(Role.STAFF), "short")));
        assertEquals("password.tooShort", weak.getMessageKey());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        long id = newPerson(TestData.unique("锁定"));
        String username = TestData.unique("it.lock").toLowerCase();
        asHr.call(() -> accounts.createAccount(id, username, Set.of(Role.STAFF), "Correct#Horse1"));
        for (int i = 1; i <= 4; i++) {
            assertEquals(SignInResult.Status.INVALID, accounts.authenticate(username, "wrong-" + i).status());
        }
        SignInResult fifth = accounts.authenticate(username, "wrong-5");
        assertEquals(SignInResult.Status.LOCKED, fifth.status());
        assertNotNull(fifth.lockedUntil());
        assertEquals(SignInResult.Status.LOCKED, accounts.authenticate(username, "Correct#Horse1").status());

        long version = asHr.call(() -> accounts.accountOf(id)).orElseThrow().version();
        asHr.run(() -> accounts.resetPassword(asHr.call(() -> accounts.accountOf(id)).orElseThrow().id(), version,
                "Another#Horse2"));
        assertEquals(SignInResult.Status.SIGNED_IN, accounts.authenticate(username, "Another#Horse2").status(),
                "a reset by HR lifts the lock-out");
    }

    /** Twelve wrong passwords at the same moment lock the account as five in a row do. */
    @Test
    void wrongPasswordsAtTheSameMomentLockTheAccountToo() throws Exception {
        long id = newPerson(TestData.unique("并发锁定"));
        String username = TestData.unique("it.race").toLowerCase();
        asHr.call(() -> accounts.createAccount(id, username, Set.of(Role.STAFF), "Correct#Horse1"));
        // a production-strength hash, as the platform makes by default: every attempt reads the account
        // and then spends a while hashing, so that all twelve have read it before any has counted
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE account SET password_hash = ? WHERE username = ?")) {
            update.setString(1, pbkdf2.generate("Correct#Horse1".toCharArray()));
            update.setString(2, username);
            assertEquals(1, update.executeUpdate());
        }
        int attempts = 12;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(attempts);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        try {
            List<java.util.concurrent.Future<SignInResult.Status>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String wrong = "wrong-" + i;
                answers.add(pool.submit(() -> {
                    start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return accounts.authenticate(username, wrong).status();
                }));
            }
            for (java.util.concurrent.Future<SignInResult.Status> answer : answers) {
                assertNotEquals(SignInResult.Status.SIGNED_IN, answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(SignInResult.Status.LOCKED, accounts.authenticate(username, "Correct#Horse1").status(),
                "the right password straight after is refused");
    }

    @Test
    void theAuditChainVerifiesAndNamesTheFirstAlteredEntry() throws SQLException {
        newPerson(TestData.unique("审计"));
        ChainVerification intact = asAuditor.call(audit::verify);
        assertTrue(intact.intact(), "untouched, the chain is intact");
        assertTrue(intact.entriesChecked() > 0);

        AuditEntryView victim = asAuditor.call(() -> audit.entries(null, 0, 1)).rows().get(0);
        try {
            tamper(victim.sequence(), "mallory");
            ChainVerification broken = asAuditor.call(audit::verify);
            assertFalse(broken.intact());
            assertEquals(victim.sequence(), broken.firstBrokenSequence());
        } finally {
            tamper(victim.sequence(), victim.actor());
        }
        assertTrue(asAuditor.call(audit::verify).intact(), "restored, the chain is whole again");
    }

    @Test
    void theChainIsKeyedAndItsCheckpointsNameATruncatedEndAndAnAlteredFile() throws Exception {
        newPerson(TestData.unique("检查点"));
        asAuditor.run(audit::checkpoint);
        ChainVerification intact = asAuditor.call(audit::verify);
        assertTrue(intact.intact(), "untouched: " + intact);
        assertTrue(intact.checkpointsChecked() >= 1, "held against the checkpoint just written");

        Map<String, Object> newest;
        try (Connection c = dataSource.getConnection(); Statement q = c.createStatement();
             ResultSet r = q.executeQuery("SELECT * FROM audit_entry WHERE sequence = (SELECT MAX(sequence) FROM audit_entry)")) {
            assertTrue(r.next());
            newest = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                newest.put(r.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT), r.getObject(i));
            }
        }
        assertEquals("HmacSM3", newest.get("mac"), "linked by HMAC-SM3 with a key outside the database");
        assertEquals(1, ((Number) newest.get("key_number")).intValue());

        // one who can write the database removes the newest entry and sets the chain's end back
        long last = ((Number) newest.get("sequence")).longValue();
        sql("DELETE FROM audit_entry WHERE sequence = ?", last);
        sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1", last - 1,
                newest.get("previous_hash"));
        try {
            ChainVerification truncated = asAuditor.call(audit::verify);
            assertFalse(truncated.intact(), "the checkpoint has seen the entry that is gone");
            assertEquals(last, truncated.firstBrokenSequence());
        } finally {
            String columns = String.join(", ", newest.keySet());
            sql("INSERT INTO audit_entry (" + columns + ") VALUES (" + "?, ".repeat(newest.size() - 1) + "?)",
                    newest.values().toArray());
            sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1", last, newest.get("hash"));
        }
        assertTrue(asAuditor.call(audit::verify).intact(), "restored, the chain agrees with its checkpoints again");

        // the checkpoint file cannot be rewritten either: each line carries a keyed tag
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("evaluation.documents.dir"))
                .resolve("audit-checkpoints.txt");
        String written = java.nio.file.Files.readString(file);
        String[] lines = written.strip().split("\n");
        String[] fields = lines[lines.length - 1].split(" ");
        fields[0] = String.valueOf(Long.parseLong(fields[0]) + 1000);
        lines[lines.length - 1] = String.join(" ", fields);
        java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n");
        try {
            ChainVerification altered = asAuditor.call(audit::verify);
            assertFalse(altered.intact());
            assertEquals(lines.length, altered.alteredCheckpointLine());
        } finally {
            java.nio.file.Files.writeString(file, written);
        }
    }

    @Test
    void readingSomeonesRecordAndReachingForAnotherOrganisationsAreAudited() throws SQLException {
        long mine = newPerson(TestData.unique("查看"));
        asHr.call(() -> people.person(mine));
        AuditEntryView read = asAuditor.call(() -> audit.search(new AuditQuery("Person", null, null, null), 0, 1))
                .rows().get(0);
        assertEquals("read", read.action());
        assertEquals(String.valueOf(mine), read.subjectId());
        assertNotEquals("system", read.actor());

        long theirs;
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT MIN(id) FROM person WHERE organisation_id <> (SELECT organisation_id FROM person WHERE id = ?)")) {
            q.setLong(1, mine);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                theirs = r.getLong(1);
            }
        }
        assertThrows(NotFoundException.class, () -> asHr.call(() -> people.person(theirs)));
        AuditEntryView refused = asAuditor.call(() -> audit.search(new AuditQuery("Access", read.actor(), null, null),
                0, 1)).rows().get(0);
        assertEquals("accessRefused", refused.action());
        assertEquals("Person#" + theirs, refused.subjectId());
        assertTrue(refused.after().contains("PeopleService"), refused.after());
    }

    @Test
    void idNumbersAreStoredEncryptedFoundByTheirBlindIndexAndOlderPlainOnesEncryptedAtStart() throws SQLException {
        String name = TestData.unique("加密");
        long unit = unitNamed(bureau().id(), "就业促进科");
        PersonForm form = TestData.person(name, unit);
        long id = asHr.call(() -> people.create(form));
        String number = form.getIdNumber();
        String[] stored = idNumberColumns(id);
        assertTrue(stored[0].startsWith("enc:1:S:"), "SM4-GCM by default: " + stored[0]);
        assertFalse(stored[0].contains(number.substring(0, 6)), "nothing of the number in the database");
        assertEquals(personalData.index(number), stored[1]);

        assertEquals(number, asHr.call(() -> people.person(id)).form().getIdNumber(), "HR's person page reads it whole");
        PageResult<PersonRow> found = asHr.call(() -> people.find(new PersonQuery(null, null, number, null, null, null,
                null, null, 0, 5)));
        assertEquals(1, found.total(), "a whole ID number finds its person");
        assertFalse(found.rows().get(0).maskedIdNumber().contains(number.substring(6, 14)), "the list masks it");
        PersonForm twin = TestData.person(TestData.unique("重号"), unit);
        twin.setIdNumber(number);
        twin.setBirthDate(form.getBirthDate());
        twin.setGender(form.getGender());
        assertEquals("person.idNumberTaken", assertThrows(RuleViolationException.class,
                () -> asHr.call(() -> people.create(twin))).getMessageKey(), "taken numbers are still found");

        // a corrected number is found by its own index, the old one no longer
        PersonForm corrected = TestData.person(name, unit);
        asHr.run(() -> people.update(id, asHr.call(() -> people.person(id)).version(), corrected));
        assertEquals(personalData.index(corrected.getIdNumber()), idNumberColumns(id)[1]);
        assertEquals(1, asHr.call(() -> people.find(new PersonQuery(null, null, corrected.getIdNumber(), null, null,
                null, null, null, 0, 5))).total());
        assertEquals(0, asHr.call(() -> people.find(new PersonQuery(null, null, number, null, null, null, null, null,
                0, 5))).total());
        asHr.run(() -> people.update(id, asHr.call(() -> people.person(id)).version(), form));

        // a number stored before encryption is encrypted and indexed by the start-up step
        sql("UPDATE person SET id_number = ?, id_number_index = NULL WHERE id = ?", number, id);
        org.evaluation.platform.PersonalDataMigration.run(dataSource, personalData);
        String[] migrated = idNumberColumns(id);
        assertTrue(migrated[0].startsWith("enc:"), migrated[0]);
        assertEquals(personalData.index(number), migrated[1]);
        assertEquals(number, asHr.call(() -> people.person(id)).form().getIdNumber());
    }

    private String[] idNumberColumns(long personId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id_number, id_number_index FROM person WHERE id = ?")) {
            q.setLong(1, personId);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                return new String[]{r.getString(1), r.getString(2)};
            }
        }
    }

    @Test
    void theLastFivePasswordsAreNotChosenAgainAndAnOldOneMustBeChanged() throws SQLException {
        long id = newPerson(TestData.unique("密码史"));
        String username = TestData.unique("it.history").toLowerCase();
        asHr.call(() -> accounts.createAccount(id, username, Set.of(Role.STAFF), "Temporary#2026"));
        users.signIn(username, "Temporary#2026");
        String[] chosen = {"First-Choice#1", "Second-Choice#2", "Third-Choice#3", "Fourth-Choice#4", "Fifth-Choice#5"};
        String current = "Temporary#2026";
        for (String next : chosen) {
            accounts.changeOwnPassword(current, next);
            current = next;
        }
        String now = current;
        assertEquals("password.reused", assertThrows(RuleViolationException.class,
                () -> accounts.changeOwnPassword(now, "Second-Choice#2")).getMessageKey(), "one of the last five");
        assertEquals("password.tooSimple", assertThrows(RuleViolationException.class,
                () -> accounts.changeOwnPassword(now, "onlysmallletters")).getMessageKey());
        accounts.changeOwnPassword(now, "Sixth-Choice#6");
        accounts.changeOwnPassword("Sixth-Choice#6", "First-Choice#1"); // six changes back: free again

        assertFalse(accounts.authenticate(username, "First-Choice#1").mustChangePassword());
        // the test servers let a password live ten years (evaluation.security.password.max-age-days)
        sql("UPDATE account SET password_changed_at = ? WHERE username = ?",
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusYears(11)), username);
        assertTrue(accounts.authenticate(username, "First-Choice#1").mustChangePassword(),
                "an expired password is changed at the next sign-in");
    }

    private void sql(String statement, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            assertEquals(1, update.executeUpdate(), statement);
        }
    }

    private void tamper(long sequence, String actor) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET actor = ? WHERE sequence = ?")) {
            update.setString(1, actor);
            update.setLong(2, sequence);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String bureauRow(String name, PersonForm person, String unitPath) {
        person.setName(name);
        return TestData.importRow(BUREAU, unitPath, person);
    }

    private static byte[] csv(String... rows) {
        return TestData.importFile(rows).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndAGoodOneTwiceChangesNothing() {
        String a = TestData.unique("导甲");
        String b = TestData.unique("导乙");
        PersonForm first = TestData.person(a, 0);
        PersonForm second = TestData.person(b, 0);
        String bad = bureauRow(TestData.unique("导丙"), TestData.person("x", 0), "不存在的科室");
        byte[] withBadRow = csv(bureauRow(a, first, "就业促进科"), bureauRow(b, second, "就业促进科"), bad);

        ImportPreview preview = asHr.call(() -> peopleImport.preview("bad.csv", withBadRow));
        assertFalse(preview.valid());
        assertEquals(4, preview.problems().get(0).rowNumber(), "the problem is reported at its spreadsheet row");
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> asHr.call(() -> peopleImport.importPeople("bad.csv", withBadRow)));
        assertEquals("import.invalid", refused.getMessageKey());
        assertEquals(0, asHr.call(() -> people.find(new PersonQuery(null, null, a, null, null, null, null, null, 0, 5)))
                .total(), "nothing of the file was imported");

        byte[] good = csv(bureauRow(a, first, "就业促进科"), bureauRow(b, second, "就业促进科"));
        ImportPreview imported = asHr.call(() -> peopleImport.importPeople("good.csv", good));
        assertEquals(2, imported.count(ImportRow.Outcome.NEW));
        assertEquals(1, asHr.call(() -> people.find(new PersonQuery(null, null, a, null, null, null, null, null, 0, 5)))
                .total());
        long trail = asAuditor.call(() -> audit.entries(null, 0, 1)).rows().get(0).sequence();

        ImportPreview again = asHr.call(() -> peopleImport.importPeople("good.csv", good));
        assertEquals(2, again.count(ImportRow.Outcome.UNCHANGED));
        // the test's own sign-ins are in the trail too
        assertEquals(List.of(), asAuditor.call(() -> audit.entries(null, 0, 50)).rows().stream()
                .filter(e -> e.sequence() > trail && !e.subjectType().equals("Account")).toList(),
                "importing the same file again records no change");
    }

    @Test
    void anImportRecordsEmailAddressesRefusesABadOneAndWithoutTheColumnKeepsThem() {
        String name = TestData.unique("导邮");
        PersonForm person = TestData.person(name, 0);
        person.setEmail("bad-address");
        ImportPreview refused = asHr.call(() -> peopleImport.preview("mail.csv", csv(bureauRow(name, person,
                "就业促进科"))));
        assertEquals(ImportColumn.EMAIL, refused.problems().get(0).column());
        assertEquals("person.emailInvalid", refused.problems().get(0).messageKey());

        person.setEmail("Dao.You@Example.GOV.cn");
        asHr.call(() -> peopleImport.importPeople("mail.csv", csv(bureauRow(name, person, "就业促进科"))));
        long id = asHr.call(() -> people.find(new PersonQuery(null, null, name, null, null, null, null, null, 0, 5)))
                .rows().get(0).id();
        assertEquals("Dao.You@example.gov.cn", asHr.call(() -> people.person(id)).form().getEmail(),
                "stored as entered, the domain in lower case");

        // the same person from a file of the columns without e-mail: the address stays
        String header = Arrays.stream(ImportColumn.values()).filter(c -> c != ImportColumn.EMAIL)
                .map(ImportColumn::header).collect(Collectors.joining(","));
        String row = bureauRow(name, person, "就业促进科");
        byte[] withoutEmail = (header + "\n" + row.substring(0, row.lastIndexOf(',')) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(1, asHr.call(() -> peopleImport.importPeople("plain.csv", withoutEmail))
                .count(ImportRow.Outcome.UNCHANGED));
        assertEquals("Dao.You@example.gov.cn", asHr.call(() -> people.person(id)).form().getEmail());
    }

    @Test
    void onlyHrImports() {
        byte[] file = csv(bureauRow(TestData.unique("权限"), TestData.person("x", 0), "就业促进科"));
        expect("PeopleImport.preview", Set.of(Role.HR), r -> r.call(() -> peopleImport.preview("f.csv", file)));
    }

    @Test
    void aServiceRefusesInputItsInterfaceForbidsEvenWithoutAPage() {
        long org = bureau().id();
        int before = asHr.call(() -> organisations.units(org)).size();
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> asHr.call(() -> organisations.createUnit(org, null, "   ")));
        assertEquals("name", blank.getArguments()[0]);
        PersonForm nameless = TestData.person(" ", unitNamed(org, "办公室"));
        assertThrows(InvalidInputException.class, () -> asHr.call(() -> people.create(nameless)));
        assertEquals(before, asHr.call(() -> organisations.units(org)).size(), "nothing was created");
    }

    @Test
    void textFiltersWorkTogetherWithTheActiveFilterAndInPickers() {
        long org = bureau().id();
        PageResult<PersonRow> activeByName = asHr.call(() -> people.find(
                new PersonQuery(org, null, "邹", "科长", null, true, PersonSort.NAME, SortOrder.ASCENDING, 0, 10)));
        assertEquals(List.of("邹玲"), activeByName.rows().stream().map(PersonRow::name).toList());
        assertEquals(List.of("邹玲"), asHr.call(() -> people.suggest(org, "邹", 10)).stream()
                .map(PersonOption::name).toList());
        assertEquals(0, asHr.call(() -> people.suggest(org, "%", 10)).size(), "% is a character, not a wildcard");
    }
}
