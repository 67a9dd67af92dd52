package org.evaluation.api.documents;

import java.io.Serializable;

/** A generated document: its number (as recorded in the audit trail), a file name and the PDF. */
public record DocumentFile(String number, String fileName, byte[] content) implements Serializable {
}
