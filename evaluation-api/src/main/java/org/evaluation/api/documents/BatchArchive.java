package org.evaluation.api.documents;

import java.io.Serializable;

/** A finished batch's ZIP on the server's disk, for the download to stream. */
public record BatchArchive(String fileName, String path) implements Serializable {
}
