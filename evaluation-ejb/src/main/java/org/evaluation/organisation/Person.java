package org.evaluation.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.evaluation.api.RuleViolationException;
import org.evaluation.platform.Versioned;
import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.PoliticalStatus;
import org.evaluation.api.organisation.ResidentIdNumber;
import org.evaluation.platform.EncryptedText;
import org.evaluation.platform.PersonalData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A member of staff of an organisation, with their supervising leader (主管领导). */
@Entity
@NamedQuery(name = "Person.byIdNumberIndex", query = "SELECT p FROM Person p WHERE p.idNumberIndex = :index")
@NamedQuery(name = "Person.countActiveInOrganisation",
        query = "SELECT COUNT(p) FROM Person p WHERE p.organisation.id = :organisation AND p.active = TRUE")
@NamedQuery(name = "Person.activeCountByUnit",
        query = "SELECT p.unit.id, COUNT(p) FROM Person p WHERE p.organisation.id = :organisation"
                + " AND p.active = TRUE GROUP BY p.unit.id")
public class Person implements Versioned {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Version
    private long version;

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** Encrypted in the database; found by its blind index ({@link PersonalData}). */
    @Column(name = "id_number")
    @Convert(converter = EncryptedText.class)
    private String idNumber;

    @Column(name = "id_number_index")
    private String idNumberIndex;

    @Enumerated(EnumType.STRING)
    private EmploymentCategory category;

    private String position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "supervisor_id")
    private Person supervisor;

    @Column(name = "leader_member")
    private boolean leaderMember;

    @Column(name = "probation_start")
    private LocalDate probationStart;

    @Column(name = "probation_end")
    private LocalDate probationEnd;

    /** Where the platform's mails go; null for none. */
    private String email;

    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status")
    private PoliticalStatus politicalStatus;

    private String education;

    @Column(name = "in_position_since")
    private LocalDate inPositionSince;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Person() {
    }

    public Person(PersonForm form, Unit unit) {
        apply(form, unit);
    }

    /** Takes over what HR entered; the ID number must agree with birth date and gender. */
    public final void apply(PersonForm form, Unit newUnit) {
        String id = ResidentIdNumber.normalise(form.getIdNumber());
        if (!ResidentIdNumber.isValid(id)) {
            throw new RuleViolationException("person.idNumberInvalid", form.getIdNumber());
        }
        if (!ResidentIdNumber.birthDate(id).orElseThrow().equals(form.getBirthDate())) {
            throw new RuleViolationException("person.birthDateMismatch", form.getBirthDate());
        }
        if (ResidentIdNumber.gender(id) != form.getGender()) {
            throw new RuleViolationException("person.genderMismatch");
        }
        String mail = EmailAddress.normalise(form.getEmail());
        if (form.getProbationStart() != null && form.getProbationEnd() != null
                && form.getProbationEnd().isBefore(form.getProbationStart())) {
            throw new RuleViolationException("person.probationEndsBeforeStart");
        }
        if (form.getProbationStart() == null && form.getProbationEnd() != null) {
            throw new RuleViolationException("person.probationWithoutStart");
        }
        if (organisation != null && !unit.sameOrganisationAs(newUnit)) {
            throw new RuleViolationException("person.unitInOtherOrganisation", newUnit.getName());
        }
        this.name = form.getName().strip();
        this.gender = form.getGender();
        this.birthDate = form.getBirthDate();
        this.idNumber = id;
        this.category = Objects.requireNonNull(form.getCategory());
        this.position = form.getPosition().strip();
        this.unit = newUnit;
        this.organisation = newUnit.getOrganisation();
        this.leaderMember = form.isLeaderMember();
        this.probationStart = form.getProbationStart();
        this.probationEnd = form.getProbationEnd();
        this.email = mail;
        this.politicalStatus = form.getPoliticalStatus();
        this.education = form.getEducation() == null || form.getEducation().isBlank() ? null : form.getEducation().strip();
        this.inPositionSince = form.getInPositionSince();
    }

    public PersonForm toForm() {
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setGender(gender);
        form.setBirthDate(birthDate);
        form.setIdNumber(idNumber);
        form.setCategory(category);
        form.setPosition(position);
        form.setUnitId(unit.getId());
        form.setLeaderMember(leaderMember);
        form.setProbationStart(probationStart);
        form.setProbationEnd(probationEnd);
        form.setEmail(email);
        form.setPoliticalStatus(politicalStatus);
        form.setEducation(education);
        form.setInPositionSince(inPositionSince);
        return form;
    }

    /**
     * Sets the supervising leader, or clears it with null. Nobody supervises themselves, the
     * leader must be an active member of the same organisation, and reporting lines never form
     * a cycle: the message names everybody on it.
     */
    public void reportTo(Person leader) {
        if (leader != null) {
            if (leader == this || (id != null && id.equals(leader.id))) {
                throw new RuleViolationException("person.ownLeader", name);
            }
            if (!leader.active) {
                throw new RuleViolationException("person.leaderInactive", leader.name);
            }
            if (!leader.unit.sameOrganisationAs(unit)) {
                throw new RuleViolationException("person.leaderInOtherOrganisation", leader.name);
            }
            List<String> chain = new ArrayList<>();
            chain.add(name);
            for (Person p = leader; p != null; p = p.supervisor) {
                chain.add(p.name);
                if (p == this) {
                    throw new RuleViolationException("person.reportingCycle", String.join(" → ", chain));
                }
            }
        }
        this.supervisor = leader;
    }

    public void leave(LocalDate on) {
        if (!active) {
            throw new RuleViolationException("person.alreadyInactive", name);
        }
        this.active = false;
        this.leftOn = Objects.requireNonNull(on);
    }

    public void rejoin() {
        if (active) {
            throw new RuleViolationException("person.alreadyActive", name);
        }
        this.active = true;
        this.leftOn = null;
    }

    /** The same person: the same object, or the same stored row (an entity not yet stored has no id). */
    public boolean isSameAs(Person other) {
        return other != null && (this == other || id != null && id.equals(other.id));
    }

    public boolean belongsTo(Organisation candidate) {
        return organisation == candidate || organisation.getId() != null && organisation.getId().equals(candidate.getId());
    }

    public boolean onProbation(LocalDate day) {
        return probationStart != null && !day.isBefore(probationStart)
                && (probationEnd == null || !day.isAfter(probationEnd));
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("gender", gender);
        s.put("birthDate", String.valueOf(birthDate));
        s.put("idNumber", ResidentIdNumber.mask(idNumber));
        s.put("category", category);
        s.put("position", position);
        s.put("organisation", organisation.getName());
        s.put("unit", String.join(" / ", unit.path()));
        s.put("leader", supervisor == null ? null : supervisor.name);
        s.put("leaderMember", leaderMember);
        s.put("probationStart", probationStart == null ? null : probationStart.toString());
        s.put("probationEnd", probationEnd == null ? null : probationEnd.toString());
        s.put("email", email);
        s.put("active", active);
        s.put("leftOn", leftOn == null ? null : leftOn.toString());
        s.put("politicalStatus", politicalStatus);
        s.put("education", education);
        s.put("inPositionSince", inPositionSince == null ? null : inPositionSince.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    /** The blind index follows the ID number, whoever changed it. */
    @PrePersist
    @PreUpdate
    void indexIdNumber() {
        idNumberIndex = PersonalData.current().index(idNumber);
    }

    public String getIdNumber() {
        return idNumber;
    }

    public EmploymentCategory getCategory() {
        return category;
    }

    /** The address for the platform's mails, if HR recorded one. */
    public java.util.Optional<String> getEmail() {
        return java.util.Optional.ofNullable(email);
    }

    public String getPosition() {
        return position;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Unit getUnit() {
        return unit;
    }

    public Person getSupervisor() {
        return supervisor;
    }

    public boolean isLeaderMember() {
        return leaderMember;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public String getEducation() {
        return education;
    }

    public LocalDate getInPositionSince() {
        return inPositionSince;
    }
}
