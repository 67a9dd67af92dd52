package org.evaluation.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.evaluation.api.EvaluationException;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text of the {@code msg} bundle in the user's language, and messages for the message area. */
public final class Texts {

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** An error shown next to one input (and in the global area). */
    public static void errorAt(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void error(EvaluationException e) {
        error(e.getMessageKey(), e.getArguments());
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String summary = text(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, summary, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
