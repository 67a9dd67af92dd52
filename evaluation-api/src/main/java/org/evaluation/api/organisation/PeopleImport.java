package org.evaluation.api.organisation;

import jakarta.validation.constraints.NotNull;

/** Importing people from a spreadsheet: a preview first, then all rows or none. */
public interface PeopleImport {

    /** The columns of the template, in order, as message keys. */
    byte[] template(@NotNull ImportFormat format);

    /** Reads and validates every row; changes nothing. */
    ImportPreview preview(@NotNull String fileName, @NotNull byte[] content);

    /**
     * Imports the file when every row is valid, otherwise throws and changes nothing. People
     * are matched by ID number, so importing the same file again changes nothing.
     */
    ImportPreview importPeople(@NotNull String fileName, @NotNull byte[] content);
}
