package org.evaluation.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.evaluation.api.assessment.EligibilityEffect;
import org.evaluation.api.assessment.Grade;
import org.evaluation.organisation.Person;

/** The ledger line of one person and year, written when a cycle closes (and again if an appeal changes it). */
@Entity
@Table(name = "consequence_record")
@NamedQuery(name = "ConsequenceRecord.ofPerson",
        query = "SELECT r FROM ConsequenceRecord r WHERE r.person.id = :person ORDER BY r.year DESC")
@NamedQuery(name = "ConsequenceRecord.byPersonAndYear",
        query = "SELECT r FROM ConsequenceRecord r WHERE r.person.id = :person AND r.year = :year")
public class ConsequenceRecord {

    @Id
    @SequenceGenerator(name = "consequence_record_seq", sequenceName = "consequence_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consequence_record_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "assessment_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Enumerated(EnumType.STRING)
    private EligibilityEffect effect;

    private boolean commendation;

    @Column(name = "third_class_merit")
    private boolean thirdClassMerit;

    @Column(name = "qualifying_years")
    private int qualifyingYears;

    @Column(name = "wage_step_due")
    private boolean wageStepDue;

    @Column(name = "level_due")
    private boolean levelDue;

    private boolean demotion;

    @Column(name = "dismissal_flag")
    private boolean dismissalFlag;

    protected ConsequenceRecord() {
    }

    public ConsequenceRecord(Person person, int year) {
        this.person = person;
        this.year = year;
    }

    public void apply(Consequences c, EligibilityEffect effect) {
        this.grade = c.grade();
        this.effect = effect;
        this.commendation = c.commendation();
        this.thirdClassMerit = c.thirdClassMerit();
        this.qualifyingYears = c.qualifyingYearsInRow();
        this.wageStepDue = c.wageStepDue();
        this.levelDue = c.levelDue();
        this.demotion = c.demotion();
        this.dismissalFlag = c.dismissalFlag();
    }

    public long getPersonId() {
        return person.getId();
    }

    public int getYear() {
        return year;
    }

    public Grade getGrade() {
        return grade;
    }

    public EligibilityEffect getEffect() {
        return effect;
    }

    public boolean isCommendation() {
        return commendation;
    }

    public boolean isThirdClassMerit() {
        return thirdClassMerit;
    }

    public int getQualifyingYears() {
        return qualifyingYears;
    }

    public boolean isWageStepDue() {
        return wageStepDue;
    }

    public boolean isLevelDue() {
        return levelDue;
    }

    public boolean isDemotion() {
        return demotion;
    }

    public boolean isDismissalFlag() {
        return dismissalFlag;
    }
}
