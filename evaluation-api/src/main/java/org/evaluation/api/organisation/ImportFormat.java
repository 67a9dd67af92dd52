package org.evaluation.api.organisation;

public enum ImportFormat {
    XLSX, CSV
}
