package org.evaluation.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.evaluation.api.security.Kind;
import org.evaluation.api.security.Ref;

import java.io.Serializable;
import java.time.LocalDate;

/** What HR types in when creating or editing a person (and what one import row holds). */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 50)
    private String name;
    @NotNull
    private Gender gender;
    @NotNull
    @Past
    private LocalDate birthDate;
    @NotBlank
    @ValidResidentId
    private String idNumber;
    @NotNull
    private EmploymentCategory category;
    @NotBlank
    @Size(max = 100)
    private String position;
    @NotNull
    private @Ref(Kind.UNIT) Long unitId;
    private boolean leaderMember;
    private LocalDate probationStart;
    private LocalDate probationEnd;
    @Size(max = 254)
    private String email;
    /** 政治面貌, 文化程度 and 任现职时间 for the register form; optional. */
    private PoliticalStatus politicalStatus;
    @Size(max = 30)
    private String education;
    @PastOrPresent
    private LocalDate inPositionSince;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public EmploymentCategory getCategory() {
        return category;
    }

    public void setCategory(EmploymentCategory category) {
        this.category = category;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isLeaderMember() {
        return leaderMember;
    }

    public void setLeaderMember(boolean leaderMember) {
        this.leaderMember = leaderMember;
    }

    public LocalDate getProbationStart() {
        return probationStart;
    }

    public void setProbationStart(LocalDate probationStart) {
        this.probationStart = probationStart;
    }

    public LocalDate getProbationEnd() {
        return probationEnd;
    }

    public void setProbationEnd(LocalDate probationEnd) {
        this.probationEnd = probationEnd;
    }

    /** The address for the platform's mails; blank for none. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(PoliticalStatus politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public LocalDate getInPositionSince() {
        return inPositionSince;
    }

    public void setInPositionSince(LocalDate inPositionSince) {
        this.inPositionSince = inPositionSince;
    }
}
