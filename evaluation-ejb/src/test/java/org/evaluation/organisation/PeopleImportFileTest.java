package org.evaluation.organisation;

import org.evaluation.api.organisation.EmploymentCategory;
import org.evaluation.api.organisation.Gender;
import org.evaluation.api.organisation.ImportColumn;
import org.evaluation.api.organisation.ImportProblem;
import org.evaluation.api.organisation.PeopleImport;
import org.evaluation.organisation.PeopleImportFile.ImportLine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleImportFileTest {

    private static final String HEADER = "姓名,性别,出生日期,身份证号码,人员类别,职务职级,所在机关,内设机构,领导成员,"
            + "试用期开始,试用期结束,主管领导身份证号码\n";
    private static final String VALID = "吴静,女,1992-05-06,330102199205061002,公务员,一级科员,市政务服务中心,"
            + "窗口服务科/综合窗口组,否,,,\n";

    private static PeopleImportFile csv(String text) {
        return PeopleImportFile.read("people.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportProblem only(List<ImportProblem> problems) {
        assertEquals(1, problems.size(), () -> "one problem expected: " + problems);
        return problems.get(0);
    }

    @Test
    void readsAValidRowIntoTheValuesOfAPerson() {
        PeopleImportFile file = csv(HEADER + VALID);
        assertEquals(List.of(), file.fileProblems());
        ImportLine line = file.lines().get(0);
        assertTrue(line.valid(), () -> line.problems().toString());
        assertEquals(2, line.rowNumber());
        assertEquals("吴静", line.name);
        assertEquals(Gender.FEMALE, line.gender);
        assertEquals(LocalDate.of(1992, 5, 6), line.birthDate);
        assertEquals("330102199205061002", line.idNumber);
        assertEquals(EmploymentCategory.CIVIL_SERVANT, line.category);
        assertEquals("市政务服务中心", line.organisationName);
        assertEquals("窗口服务科/综合窗口组", line.unitPath);
        assertFalse(line.leaderMember);
        assertNull(line.probationStart);
        assertNull(line.leaderIdNumber);
    }

    @Test
    void readsTheEmailAddressWhenTheFileHasTheColumn() {
        PeopleImportFile file = csv("姓名,性别,出生日期,身份证号码,人员类别,职务职级,所在机关,内设机构,邮箱\n"
                + "吴静,女,1992-05-06,330102199205061002,公务员,一级科员,市政务服务中心,办公室, wujing@example.gov.cn \n");
        assertTrue(file.has(ImportColumn.EMAIL), "邮箱 names the e-mail column");
        assertEquals("wujing@example.gov.cn", file.lines().get(0).email.strip());
        assertFalse(csv(HEADER + VALID).has(ImportColumn.EMAIL), "the column may be left out");
    }

    @Test
    void recognisesEnglishHeadersInAnyOrderAndCase() {
        String text = "ID number,NAME,gender,Birth_Date,category,Position,Organization,Unit,Leader ID number\n"
                + "330102199205061002,Wu Jing,F,1992/5/6,Civil servant,科员,市政务服务中心,办公室,\n";
        PeopleImportFile file = csv(text);
        assertEquals(List.of(), file.fileProblems());
        ImportLine line = file.lines().get(0);
        assertTrue(line.valid(), () -> line.problems().toString());
        assertEquals("Wu Jing", line.name);
        assertEquals(Gender.FEMALE, line.gender);
        assertEquals(LocalDate.of(1992, 5, 6), line.birthDate);
        assertTrue(file.has(ImportColumn.LEADER_ID_NUMBER));
        assertFalse(file.has(ImportColumn.LEADER_MEMBER), "an optional column may be left out");
    }

    @Test
    void headersMayCarryNotesAsterisksAndStandBelowATitle() {
        String text = "市政务服务中心人员信息表\n"
                + "*姓名,性别（男/女）,出生日期(yyyy-MM-dd),公民身份号码,人员类别,职务,机关,内设机构\n"
                + "吴静,女,1992年5月6日,330102199205061002,参公,一级科员,市政务服务中心,办公室\n";
        PeopleImportFile file = csv(text);
        assertEquals(List.of(), file.fileProblems());
        ImportLine line = file.lines().get(0);
        assertEquals(3, line.rowNumber());
        assertEquals(EmploymentCategory.MANAGED_AS_CIVIL_SERVANT, line.category);
        assertEquals(LocalDate.of(1992, 5, 6), line.birthDate);
    }

    @Test
    void headerNamesMatchLikeTheTemplateWritesThem() {
        for (ImportColumn column : ImportColumn.values()) {
            assertEquals(Optional.of(column), ImportColumn.forHeader(column.header()));
            assertEquals(Optional.of(column), ImportColumn.forHeader(" " + column.englishHeader().toUpperCase() + " "));
        }
        assertEquals(Optional.empty(), ImportColumn.forHeader("备注"));
        assertEquals(Optional.empty(), ImportColumn.forHeader(""));
    }

    @Test
    void aMissingRequiredColumnIsReportedAtTheHeaderRowAndNoRowIsRead() {
        String text = "姓名,性别,出生日期,人员类别,职务职级,所在机关,内设机构\n吴静,女,1992-05-06,公务员,科员,某机关,办公室\n";
        PeopleImportFile file = csv(text);
        ImportProblem problem = only(file.fileProblems());
        assertEquals(1, problem.rowNumber());
        assertEquals(ImportColumn.ID_NUMBER, problem.column());
        assertEquals("import.file.missingColumn", problem.messageKey());
        assertEquals(List.of(), file.lines());
    }

    @Test
    void aColumnNamedTwiceIsReported() {
        PeopleImportFile file = csv(HEADER.strip() + ",Name\n" + VALID);
        ImportProblem problem = only(file.fileProblems());
        assertEquals(ImportColumn.NAME, problem.column());
        assertEquals("import.file.duplicateColumn", problem.messageKey());
    }

    @Test
    void aFileWithoutHeaderIsReported() {
        assertEquals("import.file.noHeader", only(csv("张三,男\n李四,女\n").fileProblems()).messageKey());
    }

    @Test
    void aFileWithOnlyTheHeaderHasNoRows() {
        ImportProblem problem = only(csv(HEADER + "\n,,,\n").fileProblems());
        assertEquals("import.file.noRows", problem.messageKey());
        assertEquals(0, problem.rowNumber());
        assertNull(problem.column());
        assertEquals("import.file.noRows", only(csv("").fileProblems()).messageKey());
    }

    @Test
    void aFileOverFiveMegabytesIsNotRead() {
        PeopleImportFile file = PeopleImportFile.read("big.csv", new byte[PeopleImport.MAX_BYTES + 1]);
        ImportProblem problem = only(file.fileProblems());
        assertEquals("import.file.tooLarge", problem.messageKey());
        assertEquals(List.of("5"), problem.arguments());
    }

    @Test
    void moreThanTenThousandRowsAreRefused() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i <= PeopleImport.MAX_ROWS; i++) {
            text.append(VALID);
        }
        ImportProblem problem = only(csv(text.toString()).fileProblems());
        assertEquals("import.file.tooManyRows", problem.messageKey());
        assertEquals(List.of("10000"), problem.arguments());

        StringBuilder exactly = new StringBuilder(HEADER);
        exactly.append(VALID.repeat(PeopleImport.MAX_ROWS));
        PeopleImportFile file = csv(exactly.toString());
        assertEquals(List.of(), file.fileProblems());
        assertEquals(PeopleImport.MAX_ROWS, file.lines().size());
    }

    @Test
    void anUnreadableFileIsAProblemOfTheWholeFile() {
        PeopleImportFile file = PeopleImportFile.read("people.docx", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals("import.file.type", only(file.fileProblems()).messageKey());
    }

    @Test
    void badCellsAreReportedByRowAndColumn() {
        String text = HEADER
                + VALID
                + ",男,1990-13-01,330102199001011234,公务员,科员,某机关,,也许,2026/2/30,,\n"
                + "李四,未知,1990-01-01,1.10101199001011E+17,临时工,科员,某机关,办公室,是,,,\n";
        List<ImportLine> lines = csv(text).lines();
        assertTrue(lines.get(0).valid());

        ImportLine second = lines.get(1);
        assertEquals(3, second.rowNumber());
        assertProblem(second, ImportColumn.NAME, "import.required");
        assertProblem(second, ImportColumn.BIRTH_DATE, "import.dateInvalid", "1990-13-01");
        assertProblem(second, ImportColumn.UNIT, "import.required");
        assertProblem(second, ImportColumn.LEADER_MEMBER, "import.yesNoInvalid", "也许");
        assertProblem(second, ImportColumn.PROBATION_START, "import.dateInvalid", "2026/2/30");
        assertEquals(5, second.problems().size(), () -> second.problems().toString());

        ImportLine third = lines.get(2);
        assertEquals(4, third.rowNumber());
        assertProblem(third, ImportColumn.GENDER, "import.genderInvalid", "未知");
        assertProblem(third, ImportColumn.ID_NUMBER, "import.idNumberAsNumber", "1.10101199001011E+17");
        assertProblem(third, ImportColumn.CATEGORY, "import.categoryInvalid", "临时工");
        assertEquals(3, third.problems().size(), () -> third.problems().toString());
        assertTrue(third.leaderMember);
    }

    private static void assertProblem(ImportLine line, ImportColumn column, String key, String... arguments) {
        assertTrue(line.problems().contains(ImportProblem.at(line.rowNumber(), column, key, arguments)),
                () -> column + " " + key + " expected in " + line.problems());
    }

    @Test
    void idNumbersLoseTheTricksThatKeepExcelFromChangingThem() {
        String text = HEADER.replace("主管领导身份证号码", "主管领导身份证号")
                + "吴静,女,1992-05-06,'33010219920506100x,公务员,科员,某机关,办公室,,,,=\"330102198001011234\"\n";
        ImportLine line = csv(text).lines().get(0);
        assertEquals("33010219920506100X", line.idNumber);
        assertEquals("330102198001011234", line.leaderIdNumber);
    }

    @Test
    void valuesAreReadInTheirCommonSpellings() {
        assertEquals(Optional.of(Gender.MALE), PeopleImportFile.gender("男"));
        assertEquals(Optional.of(Gender.FEMALE), PeopleImportFile.gender("Female"));
        assertEquals(Optional.of(EmploymentCategory.PUBLIC_INSTITUTION), PeopleImportFile.category("事业编制"));
        assertEquals(Optional.of(EmploymentCategory.MANAGED_AS_CIVIL_SERVANT),
                PeopleImportFile.category("参照公务员法管理"));
        assertEquals(Optional.of(EmploymentCategory.CIVIL_SERVANT), PeopleImportFile.category("Civil servant"));
        assertEquals(Optional.of(true), PeopleImportFile.yesNo("是"));
        assertEquals(Optional.of(false), PeopleImportFile.yesNo("否"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), PeopleImportFile.date("2026-03-01"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), PeopleImportFile.date("2026.3.1"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), PeopleImportFile.date("20260301"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), PeopleImportFile.date("2026-03-01 00:00:00"));
        assertEquals(Optional.empty(), PeopleImportFile.date("03/01/2026"));
        assertEquals(Optional.empty(), PeopleImportFile.date("2026-02-29"));
        assertEquals("窗口服务科/综合窗口组", PeopleImportFile.unitPath(" 窗口服务科 ／ 综合窗口组 "));
        assertEquals("办公室", PeopleImportFile.unitPath("办公室/"));
    }

    @Test
    void theTemplatesReadBackWithTheirExampleRow() {
        for (byte[] template : List.of(PeopleImportTemplate.csv(), PeopleImportTemplate.xlsx())) {
            String name = template[0] == 'P' ? "模板.xlsx" : "模板.csv";
            PeopleImportFile file = PeopleImportFile.read(name, template);
            assertEquals(List.of(), file.fileProblems(), name);
            for (ImportColumn column : ImportColumn.values()) {
                assertTrue(file.has(column), name + " has " + column);
            }
            ImportLine line = file.lines().get(0);
            assertEquals(1, file.lines().size(), name);
            assertTrue(line.valid(), () -> name + " " + line.problems());
            assertEquals(2, line.rowNumber());
            for (ImportColumn column : ImportColumn.values()) {
                assertEquals(PeopleImportTemplate.EXAMPLE.get(column), line.text(column), name + " " + column);
            }
        }
    }

    @Test
    void theCsvTemplateStartsWithAByteOrderMarkForExcel() {
        byte[] csv = PeopleImportTemplate.csv();
        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("姓名,性别,出生日期,身份证号码"));
    }
}
