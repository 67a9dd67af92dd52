package org.evaluation.api.organisation;

/** The file formats people can be imported from. */
public enum ImportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ImportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
