package org.evaluation.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language the user chose: Chinese unless they switch to English. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches language and shows the same page again. */
    public String use(String languageTag) {
        locale = "en".equals(languageTag) ? Locale.ENGLISH : CHINESE;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
