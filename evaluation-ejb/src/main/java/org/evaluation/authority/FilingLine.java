package org.evaluation.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One person in a filing, as they stood when the cycle closed. */
@Embeddable
public class FilingLine {

    private int line;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "person_name")
    private String personName;

    private String position;

    private String grade;

    protected FilingLine() {
    }

    public FilingLine(int line, String unitName, String personName, String position, String grade) {
        this.line = line;
        this.unitName = unitName;
        this.personName = personName;
        this.position = position;
        this.grade = grade;
    }

    public int getLine() {
        return line;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPosition() {
        return position;
    }

    public String getGrade() {
        return grade;
    }
}
