package org.evaluation.api.organisation;

import jakarta.validation.constraints.NotNull;
import org.evaluation.api.security.Access;

/**
 * Importing people from a spreadsheet (.xlsx) or a CSV file: a preview first, then all rows or
 * none. People are matched by ID number: a known person is updated where the file differs, an
 * unknown one is created, and importing the same file again changes nothing.
 */
public interface PeopleImport {

    /** At most this many bytes are read. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /** At most this many data rows are read. */
    int MAX_ROWS = 10_000;

    /** The template: the header row and one example row. */
    @Access(Access.Rule.PLATFORM)
    byte[] template(@NotNull ImportFormat format);

    /** Reads and validates every row; changes nothing. */
    @Access(Access.Rule.REACHABLE)
    ImportPreview preview(@NotNull String fileName, @NotNull byte[] content);

    /**
     * Imports the file when every row is valid, otherwise throws a rule violation
     * ({@code import.invalid}, with the number of problems) and changes nothing.
     *
     * @return the preview of the file as it was imported
     */
    @Access(Access.Rule.REACHABLE)
    ImportPreview importPeople(@NotNull String fileName, @NotNull byte[] content);
}
