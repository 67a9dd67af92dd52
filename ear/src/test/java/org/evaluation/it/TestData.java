package org.evaluation.it;

import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.ImportColumn;
import org.evaluation.api.organisation.PersonForm;
import org.evaluation.api.organisation.ResidentIdNumber;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Builders for test data. Every test makes its own people with fresh ID numbers, so tests need no
 * order and can share one database (PostgreSQL keeps it between test classes).
 */
public final class TestData {

    private TestData() {
    }

    /** A valid, practically unique ID number for someone born on the given day. */
    public static String idNumber(LocalDate birth, Gender gender) {
        int sequence = ThreadLocalRandom.current().nextInt(50, 499) * 2 + (gender == Gender.MALE ? 1 : 0);
        String region = String.valueOf(ThreadLocalRandom.current().nextInt(110000, 659000));
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static PersonForm person(String name, long unitId) {
        LocalDate birth = LocalDate.of(ThreadLocalRandom.current().nextInt(1965, 2000),
                ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(1, 29));
        Gender gender = ThreadLocalRandom.current().nextBoolean() ? Gender.MALE : Gender.FEMALE;
        PersonForm form = new PersonForm();
        form.setName(name);
        form.setGender(gender);
        form.setBirthDate(birth);
        form.setIdNumber(idNumber(birth, gender));
        form.setCategory(EmploymentCategory.CIVIL_SERVANT);
        form.setPosition("一级科员");
        form.setUnitId(unitId);
        return form;
    }

    /** A name no other test run uses, for records whose names must be unique. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** One row of an import file for the person, in the order of the template's columns. */
    public static String importRow(String organisation, String unitPath, PersonForm p) {
        return String.join(",", p.getName(), p.getGender() == Gender.MALE ? "男" : "女", p.getBirthDate().toString(),
                p.getIdNumber(), "公务员", p.getPosition(), organisation, unitPath, "否", "", "", "",
                p.getEmail() == null ? "" : p.getEmail());
    }

    /** An import file (CSV, UTF-8) with the template's header and the given rows. */
    public static String importFile(String... rows) {
        String header = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(","));
        return header + "\n" + String.join("\n", rows) + "\n";
    }
}
