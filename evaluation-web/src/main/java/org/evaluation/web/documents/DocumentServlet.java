package org.evaluation.web.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.evaluation.api.NotFoundException;
import org.evaluation.api.RuleViolationException;
import org.evaluation.api.authority.AuthorityService;
import org.evaluation.api.documents.BatchArchive;
import org.evaluation.api.documents.DocumentFile;
import org.evaluation.api.documents.DocumentService;
import org.evaluation.web.shell.Language;
import org.evaluation.web.support.Attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The documents as downloads, by plain links the pages show:
 * {@code /documents/register-form?participant=}, {@code /documents/result-notice?participant=},
 * {@code /documents/publicity-notice?cycle=} and {@code /documents/batch?id=}. The service decides who
 * may have what; what someone may not have is answered like what does not exist.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PDF = "application/pdf";

    @EJB
    private transient DocumentService documents;

    @EJB
    private transient AuthorityService authority;

    @Inject
    private transient Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (what) {
                case "/register-form" -> send(response, documents.registerForm(id(request, "participant")));
                case "/result-notice" -> send(response, documents.resultNotice(id(request, "participant")));
                case "/publicity-notice" -> send(response, documents.publicityNotice(id(request, "cycle")));
                case "/batch" -> send(response, documents.archive(id(request, "id")));
                case "/filing" -> send(response, authority.filingDocument(id(request, "cycle")));
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException | EJBAccessException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuleViolationException e) {
            // in the language the user chose in the application, as the page that held the link
            ResourceBundle bundle = ResourceBundle.getBundle("org.evaluation.web.i18n.messages", language.getLocale());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(MessageFormat.format(bundle.getString(e.getMessageKey()), e.getArguments()));
        }
    }

    private static long id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new NumberFormatException(name);
        }
        return Long.parseLong(value.strip());
    }

    private static void send(HttpServletResponse response, DocumentFile file) throws IOException {
        response.setContentType(PDF);
        response.setHeader("Content-Disposition", Attachment.header(file.fileName(), file.fileName()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    private static void send(HttpServletResponse response, BatchArchive archive) throws IOException {
        Path path = Path.of(archive.path());
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", Attachment.header(archive.fileName(), archive.fileName()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(Files.size(path));
        Files.copy(path, response.getOutputStream());
    }
}
