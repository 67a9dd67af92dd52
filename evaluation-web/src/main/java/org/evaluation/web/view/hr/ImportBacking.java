package org.evaluation.web.view.hr;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.organisation.ImportColumn;
import org.evaluation.api.organisation.ImportFormat;
import org.evaluation.api.organisation.ImportPreview;
import org.evaluation.api.organisation.ImportProblem;
import org.evaluation.api.organisation.ImportRow;
import org.evaluation.api.organisation.PeopleImport;
import org.evaluation.web.support.Texts;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Importing people ({@code hr/import.xhtml}): the templates, the upload, the preview of what the
 * file would do, and the import itself, which the service makes all-or-nothing. The uploaded
 * bytes stay in the view between the preview and the import, so the file imported is the one
 * previewed.
 */
@Named("peopleImport")
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeopleImport importer;

    /** Only set during the request that uploads it. */
    private transient UploadedFile file;

    private String fileName;
    private byte[] content;
    private ImportPreview preview;

    /** Sends the template as a download; the file name is in the user's language. */
    public void downloadTemplate(ImportFormat format) throws IOException {
        Faces.sendFile(importer.template(format), Texts.text("import.template.fileName") + "." + format.extension(),
                true);
    }

    /** Reads and checks the uploaded file: the preview, nothing imported yet. */
    public void check() throws IOException {
        reset();
        if (file == null || file.getSize() == 0 || file.getFileName() == null) {
            Texts.error("import.upload.noFile");
            return;
        }
        if (file.getSize() > PeopleImport.MAX_BYTES) {
            Texts.error("import.file.tooLarge", getMaxMegabytes());
            return;
        }
        fileName = file.getFileName();
        content = file.getContent();
        file = null;
        preview = importer.preview(fileName, content);
    }

    /**
     * Imports the previewed file. Should the file no longer be valid (somebody removed a unit in
     * the meantime), the preview is refreshed so that it shows why.
     */
    public void importPeople() {
        if (content == null) {
            Texts.error("import.upload.noFile");
            return;
        }
        ImportPreview done;
        try {
            done = importer.importPeople(fileName, content);
        } catch (RuleViolationException invalid) {
            preview = importer.preview(fileName, content);
            throw invalid;
        }
        Texts.info("import.done", done.count(ImportRow.Outcome.NEW), done.count(ImportRow.Outcome.CHANGED),
                done.count(ImportRow.Outcome.UNCHANGED), done.fileName());
        reset();
    }

    /** Forgets the file and its preview. */
    public void reset() {
        fileName = null;
        content = null;
        preview = null;
    }

    /**
     * Whether the file just chosen was refused by the upload's own checks (type, size): then the
     * preview of an earlier file is not shown, as if it belonged to this one.
     */
    public boolean isUploadRejected() {
        UIComponent input = FacesContext.getCurrentInstance().getViewRoot().findComponent("upload:file");
        return input instanceof UIInput upload && !upload.isValid();
    }

    public boolean isImportable() {
        return preview != null && preview.valid() && content != null;
    }

    /** Whether importing the previewed file would create or change anybody. */
    public boolean isChanging() {
        return count(ImportRow.Outcome.NEW) + count(ImportRow.Outcome.CHANGED) > 0;
    }

    public long count(ImportRow.Outcome outcome) {
        return preview == null ? 0 : preview.count(outcome);
    }

    /** The problem's message in the user's language. */
    public String message(ImportProblem problem) {
        return Texts.text(problem.messageKey(), problem.arguments().toArray());
    }

    /** The column's name in the user's language, or "the whole file". */
    public String column(ImportProblem problem) {
        return problem.column() == null ? Texts.text("import.preview.wholeFile")
                : Texts.text("ImportColumn." + problem.column().name());
    }

    /** The columns that change, by their names in the user's language. */
    public String changes(ImportRow row) {
        return row.changes().stream().map(c -> Texts.text("ImportColumn." + c.name()))
                .collect(Collectors.joining(Texts.text("import.preview.listSeparator")));
    }

    public List<ImportColumn> getColumns() {
        return List.of(ImportColumn.values());
    }

    /** What the upload accepts: formats, size and rows. */
    public String getUploadHint() {
        return Texts.text("import.upload.hint", getMaxMegabytes(), getMaxRows());
    }

    public long getMaxBytes() {
        return PeopleImport.MAX_BYTES;
    }

    public int getMaxMegabytes() {
        return PeopleImport.MAX_BYTES / (1024 * 1024);
    }

    public int getMaxRows() {
        return PeopleImport.MAX_ROWS;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
