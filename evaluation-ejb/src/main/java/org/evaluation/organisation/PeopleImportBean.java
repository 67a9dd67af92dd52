package org.evaluation.organisation;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.organisation.ImportColumn;
import org.evaluation.api.organisation.ImportFormat;
import org.evaluation.api.organisation.ImportPreview;
import org.evaluation.api.organisation.ImportProblem;
import org.evaluation.api.organisation.ImportRow;
import org.evaluation.api.organisation.PeopleImport;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.platform.PersonalData;
import org.evaluation.api.organisation.ValidResidentId;
import org.evaluation.audit.AuditTrail;
import org.evaluation.organisation.PeopleImportFile.ImportLine;
import org.evaluation.platform.ConflictDetection;
import org.evaluation.platform.InputValidation;
import org.evaluation.security.ReachCheck;
import org.evaluation.security.Scopes;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.evaluation.api.security.Role.Names.HR;

/**
 * Imports people from a spreadsheet: every row is checked with the same rules as the person
 * page (the {@link PersonForm} constraints and the {@link Person} invariants) and against the
 * database (organisation, unit path, leader), and then all rows are imported, or none.
 */
@Stateless
@Local(PeopleImport.class)
@DeclareRoles(HR)
@Interceptors({ReachCheck.class, InputValidation.class, ConflictDetection.class})
public class PeopleImportBean implements PeopleImport {

    static final String ACTION = "import";

    /** Parameters per IN list, well below what any database accepts. */
    private static final int QUERY_CHUNK = 500;

    /** The columns of the form whose rules the {@link Person} constructor checks. */
    private static final Set<ImportColumn> FORM_COLUMNS = Set.of(ImportColumn.NAME, ImportColumn.GENDER,
            ImportColumn.BIRTH_DATE, ImportColumn.ID_NUMBER, ImportColumn.CATEGORY, ImportColumn.POSITION,
            ImportColumn.LEADER_MEMBER, ImportColumn.PROBATION_START, ImportColumn.PROBATION_END, ImportColumn.EMAIL);

    @EJB
    private Scopes scopes;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PersonalData personalData;

    @Inject
    private Validator validator;

    @Override
    @RolesAllowed(HR)
    public byte[] template(ImportFormat format) {
        return PeopleImportTemplate.write(format);
    }

    @Override
    @RolesAllowed(HR)
    public ImportPreview preview(String fileName, byte[] content) {
        return analyse(fileName, content).preview();
    }

    @Override
    @RolesAllowed(HR)
    public ImportPreview importPeople(String fileName, byte[] content) {
        Analysis analysis = analyse(fileName, content);
        ImportPreview preview = analysis.preview();
        if (!preview.problems().isEmpty()) {
            throw new RuleViolationException("import.invalid", preview.problems().size());
        }
        apply(analysis);
        return preview;
    }

    // --- checking ------------------------------------------------------------------------------

    private Analysis analyse(String fileName, byte[] content) {
        PeopleImportFile file = PeopleImportFile.read(fileName, content);
        Analysis analysis = new Analysis(fileName, file);
        if (!file.fileProblems().isEmpty()) {
            return analysis;
        }
        // rows may name only organisations the caller is HR of; any other is unknown to them
        Map<String, Organisation> organisations = em.createNamedQuery("Organisation.among", Organisation.class)
                .setParameter("organisations", Scopes.nonEmpty(scopes.hrOrganisations()))
                .getResultStream().collect(Collectors.toMap(Organisation::getName, o -> o, (a, b) -> a));
        Map<Long, Map<String, Unit>> unitPaths = new HashMap<>();
        analysis.known = knownPeople(file.lines());

        Map<String, Integer> firstRowOf = new HashMap<>();
        for (ImportLine line : file.lines()) {
            Plan plan = new Plan(line);
            analysis.plans.add(plan);
            if (line.idNumber != null) {
                Integer first = firstRowOf.putIfAbsent(line.idNumber, line.rowNumber());
                if (first != null) {
                    line.problem(ImportColumn.ID_NUMBER, "import.idNumberDuplicate", String.valueOf(first));
                } else {
                    analysis.byIdNumber.put(line.idNumber, plan);
                }
                plan.existing = analysis.known.get(line.idNumber);
            }
            Organisation organisation = null;
            if (!line.organisationName.isEmpty()) {
                organisation = organisations.get(line.organisationName);
                if (organisation == null) {
                    line.problem(ImportColumn.ORGANISATION, "import.organisationUnknown", line.organisationName);
                }
            }
            if (organisation != null && !line.unitPath.isEmpty()) {
                plan.unit = unitPaths.computeIfAbsent(organisation.getId(), id -> unitPaths(id)).get(line.unitPath);
                if (plan.unit == null) {
                    line.problem(ImportColumn.UNIT, "import.unitUnknown", line.unitPath, organisation.getName());
                }
            }
            if (plan.existing != null && organisation != null && !plan.existing.belongsTo(organisation)) {
                line.problem(ImportColumn.ORGANISATION, "import.otherOrganisation", plan.existing.getName(),
                        plan.existing.getOrganisation().getName());
            }
            plan.form = form(file, plan);
            plan.leaderIdNumber = file.has(ImportColumn.LEADER_ID_NUMBER) ? line.leaderIdNumber
                    : plan.existing == null || plan.existing.getSupervisor() == null ? null
                    : plan.existing.getSupervisor().getIdNumber();
            checkForm(plan);
        }
        if (file.has(ImportColumn.LEADER_ID_NUMBER)) {
            analysis.plans.forEach(plan -> checkLeader(analysis, plan));
            // every row on a cycle is reported, whichever of them is looked at first
            Set<Plan> leaderChecked = analysis.plans.stream()
                    .filter(plan -> !plan.line.hasProblem(ImportColumn.LEADER_ID_NUMBER)).collect(Collectors.toSet());
            analysis.plans.forEach(plan -> checkCycle(analysis, plan, leaderChecked));
        }
        analysis.plans.forEach(Plan::decideOutcome);
        return analysis;
    }

    /** The people the file names (as themselves or as leaders) who are already recorded. */
    private Map<String, Person> knownPeople(List<ImportLine> lines) {
        List<String> ids = lines.stream()
                .flatMap(line -> Stream.of(line.idNumber, line.leaderIdNumber))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, Person> known = new HashMap<>();
        // ID numbers are encrypted: they are looked up by their blind indexes
        List<String> indexes = ids.stream().map(personalData::index).toList();
        for (int from = 0; from < indexes.size(); from += QUERY_CHUNK) {
            em.createQuery("SELECT p FROM Person p WHERE p.idNumberIndex IN :indexes", Person.class)
                    .setParameter("indexes", indexes.subList(from, Math.min(indexes.size(), from + QUERY_CHUNK)))
                    .getResultStream().forEach(p -> known.put(p.getIdNumber(), p));
        }
        return known;
    }

    /** Every unit of the organisation by its path, e.g. "窗口服务科/综合窗口组". */
    private Map<String, Unit> unitPaths(long organisationId) {
        return em.createNamedQuery("Unit.ofOrganisation", Unit.class).setParameter("organisation", organisationId)
                .getResultStream().collect(Collectors.toMap(u -> String.join("/", u.path()), u -> u, (a, b) -> a));
    }

    /**
     * The form the row stands for. An optional column the file leaves out keeps a known
     * person's value (and is empty for a new person).
     */
    private static PersonForm form(PeopleImportFile file, Plan plan) {
        ImportLine line = plan.line;
        PersonForm known = plan.existing == null ? null : plan.existing.toForm();
        PersonForm form = new PersonForm();
        form.setName(line.name);
        form.setGender(line.gender);
        form.setBirthDate(line.birthDate);
        form.setIdNumber(line.idNumber);
        form.setCategory(line.category);
        form.setPosition(line.position);
        form.setUnitId(plan.unit == null ? null : plan.unit.getId());
        form.setLeaderMember(file.has(ImportColumn.LEADER_MEMBER) || known == null ? line.leaderMember
                : known.isLeaderMember());
        form.setProbationStart(file.has(ImportColumn.PROBATION_START) || known == null ? line.probationStart
                : known.getProbationStart());
        form.setProbationEnd(file.has(ImportColumn.PROBATION_END) || known == null ? line.probationEnd
                : known.getProbationEnd());
        // without the column an import keeps the address HR entered on the person page
        form.setEmail(file.has(ImportColumn.EMAIL) || known == null ? line.email : known.getEmail());
        if (known != null) {
            // the sheet has no columns for these: an import keeps what HR entered on the person page
            form.setPoliticalStatus(known.getPoliticalStatus());
            form.setEducation(known.getEducation());
            form.setInPositionSince(known.getInPositionSince());
        }
        return form;
    }

    /**
     * The checks of the person page: the form's constraints first, and when they hold, the
     * record's own rules (ID number against birth date and gender, probation dates).
     */
    private void checkForm(Plan plan) {
        ImportLine line = plan.line;
        for (ConstraintViolation<PersonForm> violation : validator.validate(plan.form)) {
            ImportColumn column = columnOf(violation.getPropertyPath().toString());
            boolean placeKnownBad = column == ImportColumn.UNIT && (line.hasProblem(ImportColumn.ORGANISATION)
                    || line.organisationName.isEmpty());
            if (column != null && !line.hasProblem(column) && !placeKnownBad) {
                problem(line, column, violation);
            }
        }
        if (FORM_COLUMNS.stream().anyMatch(line::hasProblem)) {
            return;
        }
        // The unit only matters for the move between organisations, which is checked above; a
        // stand-in lets the remaining rules speak even when the unit is unknown.
        Unit unit = plan.unit != null ? plan.unit : new Unit(new Organisation("-"), null, "-");
        try {
            new Person(plan.form, unit);
        } catch (RuleViolationException broken) {
            line.problem(columnOfRule(broken.getMessageKey()), broken.getMessageKey(),
                    Stream.of(broken.getArguments()).map(String::valueOf).toArray(String[]::new));
        }
    }

    private static void problem(ImportLine line, ImportColumn column, ConstraintViolation<PersonForm> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull || constraint instanceof NotBlank) {
            line.problem(column, "import.required");
        } else if (constraint instanceof Size size) {
            line.problem(column, "import.tooLong", String.valueOf(size.max()));
        } else if (constraint instanceof Past) {
            line.problem(column, "import.notPast");
        } else if (constraint instanceof ValidResidentId) {
            line.problem(column, "person.idNumberInvalid", String.valueOf(violation.getInvalidValue()));
        } else {
            line.problem(column, "import.invalidValue", String.valueOf(violation.getInvalidValue()));
        }
    }

    private static ImportColumn columnOf(String property) {
        return switch (property) {
            case "name" -> ImportColumn.NAME;
            case "gender" -> ImportColumn.GENDER;
            case "birthDate" -> ImportColumn.BIRTH_DATE;
            case "idNumber" -> ImportColumn.ID_NUMBER;
            case "category" -> ImportColumn.CATEGORY;
            case "position" -> ImportColumn.POSITION;
            case "unitId" -> ImportColumn.UNIT;
            case "leaderMember" -> ImportColumn.LEADER_MEMBER;
            case "probationStart" -> ImportColumn.PROBATION_START;
            case "probationEnd" -> ImportColumn.PROBATION_END;
            case "email" -> ImportColumn.EMAIL;
            default -> null;
        };
    }

    private static ImportColumn columnOfRule(String messageKey) {
        return switch (messageKey) {
            case "person.idNumberInvalid" -> ImportColumn.ID_NUMBER;
            case "person.birthDateMismatch" -> ImportColumn.BIRTH_DATE;
            case "person.genderMismatch" -> ImportColumn.GENDER;
            case "person.probationEndsBeforeStart" -> ImportColumn.PROBATION_END;
            case "person.probationWithoutStart" -> ImportColumn.PROBATION_START;
            case "person.emailInvalid" -> ImportColumn.EMAIL;
            default -> null;
        };
    }

    /**
     * The supervising leader must be somebody else, in the file or already recorded, of the
     * same organisation, and still at work.
     */
    private static void checkLeader(Analysis analysis, Plan plan) {
        ImportLine line = plan.line;
        String leaderId = plan.leaderIdNumber;
        if (leaderId == null || line.hasProblem(ImportColumn.LEADER_ID_NUMBER)) {
            return;
        }
        if (!ResidentIdNumber.isValid(leaderId)) {
            line.problem(ImportColumn.LEADER_ID_NUMBER, "person.idNumberInvalid",
                    line.text(ImportColumn.LEADER_ID_NUMBER));
            return;
        }
        if (leaderId.equals(line.idNumber)) {
            line.problem(ImportColumn.LEADER_ID_NUMBER, "person.ownLeader", line.name);
            return;
        }
        Plan leaderRow = analysis.byIdNumber.get(leaderId);
        Person leaderRecord = analysis.known.get(leaderId);
        if (leaderRow == null && leaderRecord == null) {
            line.problem(ImportColumn.LEADER_ID_NUMBER, "import.leaderUnknown", leaderId);
            return;
        }
        String leaderName = leaderRow != null ? leaderRow.line.name : leaderRecord.getName();
        String leaderOrganisation = leaderRow != null ? leaderRow.line.organisationName
                : leaderRecord.getOrganisation().getName();
        if (!line.organisationName.isEmpty() && !leaderOrganisation.equals(line.organisationName)) {
            line.problem(ImportColumn.LEADER_ID_NUMBER, "person.leaderInOtherOrganisation", leaderName);
        } else if (leaderRecord != null && !leaderRecord.isActive()) {
            line.problem(ImportColumn.LEADER_ID_NUMBER, "person.leaderInactive", leaderName);
        }
    }

    /**
     * Follows the reporting line upwards as it will be after the import (the file's leaders for
     * its rows, the recorded ones for everybody else) and reports a row that comes back to itself.
     */
    private static void checkCycle(Analysis analysis, Plan plan, Set<Plan> leaderChecked) {
        ImportLine line = plan.line;
        if (line.idNumber == null || plan.leaderIdNumber == null || !leaderChecked.contains(plan)
                || analysis.byIdNumber.get(line.idNumber) != plan) {
            return;
        }
        List<String> chain = new ArrayList<>(List.of(line.name));
        Set<String> seen = new HashSet<>(Set.of(line.idNumber));
        String current = plan.leaderIdNumber;
        while (current != null) {
            Plan row = analysis.byIdNumber.get(current);
            Person record = analysis.known.get(current);
            if (row == null && record == null) {
                return;
            }
            chain.add(row != null ? row.line.name : record.getName());
            if (current.equals(line.idNumber)) {
                line.problem(ImportColumn.LEADER_ID_NUMBER, "person.reportingCycle", String.join(" → ", chain));
                return;
            }
            if (!seen.add(current)) {
                return;
            }
            if (row != null) {
                current = leaderChecked.contains(row) ? row.leaderIdNumber : null;
            } else {
                current = record.getSupervisor() == null ? null : record.getSupervisor().getIdNumber();
                if (current != null && !analysis.known.containsKey(current)) {
                    analysis.known.put(current, record.getSupervisor());
                }
            }
        }
    }

    // --- importing -----------------------------------------------------------------------------

    /**
     * Creates and updates the people, then sets the reporting lines: first the ones that change
     * are cleared, then set, so that no intermediate state forms a cycle the final one has not.
     */
    private void apply(Analysis analysis) {
        Map<Plan, Map<String, Object>> before = new LinkedHashMap<>();
        for (Plan plan : analysis.plans) {
            if (plan.outcome == ImportRow.Outcome.CHANGED) {
                before.put(plan, plan.existing.auditSnapshot());
            }
        }
        Map<String, Person> people = new HashMap<>(analysis.known);
        List<Plan> touched = new ArrayList<>();
        for (Plan plan : analysis.plans) {
            if (plan.outcome == ImportRow.Outcome.NEW) {
                plan.existing = new Person(plan.form, plan.unit);
                em.persist(plan.existing);
                touched.add(plan);
            } else if (plan.outcome == ImportRow.Outcome.CHANGED) {
                plan.existing.apply(plan.form, plan.unit);
                touched.add(plan);
            }
            people.put(plan.existing.getIdNumber(), plan.existing);
        }
        // the new people are written before anybody reports to them: rows of one table that refer
        // to each other are otherwise inserted in an order the foreign key may refuse
        em.flush();
        List<Plan> newLeader = touched.stream().filter(p -> !Objects.equals(p.leaderIdNumber,
                p.existing.getSupervisor() == null ? null : p.existing.getSupervisor().getIdNumber())).toList();
        newLeader.forEach(plan -> plan.existing.reportTo(null));
        newLeader.stream().filter(plan -> plan.leaderIdNumber != null)
                .forEach(plan -> plan.existing.reportTo(people.get(plan.leaderIdNumber)));
        em.flush();
        for (Plan plan : touched) {
            audit.record(ACTION, PeopleServiceBean.SUBJECT, plan.existing.getId(), before.get(plan),
                    plan.existing.auditSnapshot());
        }
    }

    // --- state of one run ----------------------------------------------------------------------

    private static final class Analysis {

        final String fileName;
        final PeopleImportFile file;
        final List<Plan> plans = new ArrayList<>();
        /** The first row of each ID number. */
        final Map<String, Plan> byIdNumber = new HashMap<>();
        /** Recorded people by ID number: those the file names, and leaders above them. */
        Map<String, Person> known = new HashMap<>();

        Analysis(String fileName, PeopleImportFile file) {
            this.fileName = fileName;
            this.file = file;
        }

        ImportPreview preview() {
            List<ImportProblem> problems = new ArrayList<>(file.fileProblems());
            plans.forEach(plan -> problems.addAll(plan.line.problems()));
            problems.sort(Comparator.comparingInt(ImportProblem::rowNumber)
                    .thenComparing(p -> p.column() == null ? -1 : p.column().ordinal()));
            return new ImportPreview(fileName, plans.stream().map(Plan::row).toList(), problems);
        }
    }

    /** What one row does: to whom, where, and what changes. */
    private static final class Plan {

        final ImportLine line;
        Person existing;
        Unit unit;
        PersonForm form;
        String leaderIdNumber;
        ImportRow.Outcome outcome;
        List<ImportColumn> changes = List.of();

        Plan(ImportLine line) {
            this.line = line;
        }

        void decideOutcome() {
            if (!line.valid()) {
                outcome = ImportRow.Outcome.INVALID;
            } else if (existing == null) {
                outcome = ImportRow.Outcome.NEW;
            } else {
                changes = changes();
                outcome = changes.isEmpty() ? ImportRow.Outcome.UNCHANGED : ImportRow.Outcome.CHANGED;
            }
        }

        private List<ImportColumn> changes() {
            PersonForm was = existing.toForm();
            List<ImportColumn> changed = new ArrayList<>();
            compare(changed, ImportColumn.NAME, was.getName(), form.getName().strip());
            compare(changed, ImportColumn.GENDER, was.getGender(), form.getGender());
            compare(changed, ImportColumn.BIRTH_DATE, was.getBirthDate(), form.getBirthDate());
            compare(changed, ImportColumn.CATEGORY, was.getCategory(), form.getCategory());
            compare(changed, ImportColumn.POSITION, was.getPosition(), form.getPosition().strip());
            compare(changed, ImportColumn.UNIT, was.getUnitId(), form.getUnitId());
            compare(changed, ImportColumn.LEADER_MEMBER, was.isLeaderMember(), form.isLeaderMember());
            compare(changed, ImportColumn.PROBATION_START, was.getProbationStart(), form.getProbationStart());
            compare(changed, ImportColumn.PROBATION_END, was.getProbationEnd(), form.getProbationEnd());
            compare(changed, ImportColumn.LEADER_ID_NUMBER,
                    existing.getSupervisor() == null ? null : existing.getSupervisor().getIdNumber(), leaderIdNumber);
            compare(changed, ImportColumn.EMAIL, was.getEmail(), EmailAddress.normalise(form.getEmail()));
            return changed;
        }

        private static void compare(List<ImportColumn> changed, ImportColumn column, Object was, Object will) {
            if (!Objects.equals(was, will)) {
                changed.add(column);
            }
        }

        ImportRow row() {
            String id = line.idNumber != null ? line.idNumber : line.text(ImportColumn.ID_NUMBER);
            return new ImportRow(line.rowNumber(), line.name, ResidentIdNumber.mask(id), line.organisationName,
                    line.unitPath, line.position, outcome, changes);
        }
    }
}
