package org.evaluation.api.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the people import file, in template order. The first header is the one the
 * template writes (Chinese, as Chinese spreadsheets have it); the English name and a few common
 * variants are accepted too. Headers are compared without case, blanks, underscores, hyphens, a
 * required-marker asterisk or a note in brackets, so "出生日期（yyyy-MM-dd）" and "Birth_Date" match.
 */
public enum ImportColumn {
    NAME(true, "姓名", "Name"),
    GENDER(true, "性别", "Gender", "Sex"),
    BIRTH_DATE(true, "出生日期", "Birth date", "Date of birth"),
    ID_NUMBER(true, "身份证号码", "ID number", "身份证号", "公民身份号码", "Resident ID number"),
    CATEGORY(true, "人员类别", "Category", "Employment category"),
    POSITION(true, "职务职级", "Position", "职务"),
    ORGANISATION(true, "所在机关", "Organisation", "Organization", "机关"),
    UNIT(true, "内设机构", "Unit", "Unit path"),
    LEADER_MEMBER(false, "领导成员", "Leader member", "是否领导成员"),
    PROBATION_START(false, "试用期开始", "Probation start", "试用期开始日期"),
    PROBATION_END(false, "试用期结束", "Probation end", "试用期结束日期"),
    LEADER_ID_NUMBER(false, "主管领导身份证号码", "Leader ID number", "主管领导身份证号", "Supervisor ID number"),
    EMAIL(false, "电子邮箱", "E-mail", "Email", "邮箱", "电子邮件", "E-mail address");

    private final boolean required;
    private final List<String> headers;

    ImportColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** Whether every data row must fill it in. */
    public boolean required() {
        return required;
    }

    /** The header the template writes. */
    public String header() {
        return headers.get(0);
    }

    /** The English header, accepted as well as the Chinese one. */
    public String englishHeader() {
        return headers.get(1);
    }

    /** The column a header cell names, if any. */
    public static Optional<ImportColumn> forHeader(String header) {
        String wanted = normalise(header);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (ImportColumn column : values()) {
            for (String known : column.headers) {
                if (normalise(known).equals(wanted)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return header.replaceAll("[(（\\[【].*?[)）\\]】]", "")
                .replaceAll("[\\s_\\-*＊:：\\u00a0\\u3000]", "")
                .toLowerCase(Locale.ROOT);
    }
}
