package org.evaluation.api.organisation;

import java.io.Serializable;

/** One data row of an import file (numbered as the spreadsheet numbers it). */
public record ImportRow(int rowNumber, String name, String maskedIdNumber, String unitPath,
                        String position, Outcome outcome) implements Serializable {

    public enum Outcome {
        NEW, CHANGED, UNCHANGED, INVALID
    }
}
