package org.evaluation.api.documents;

/** The documents the platform generates; each has its own number prefix. */
public enum DocumentKind {
    /** 公务员年度考核登记表. */
    REGISTER_FORM("DJB"),
    /** 考核结果通知书. */
    RESULT_NOTICE("TZS"),
    /** 优秀等次人选公示名单. */
    PUBLICITY_NOTICE("GSMD");

    private final String prefix;

    DocumentKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
