package org.evaluation.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the API in the caller's language, from the same bundles as the pages: English when
 * {@code Accept-Language} prefers it, Chinese (zh_CN) otherwise.
 */
public final class ApiTexts {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.evaluation.web.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ApiTexts() {
    }

    /** The first of the caller's languages that the platform speaks; Chinese when none is. */
    public static Locale localeOf(HttpHeaders headers) {
        return localeOf(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The same for a request outside JAX-RS; a request naming no language is answered in Chinese. */
    public static Locale localeOf(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? CHINESE
                : localeOf(java.util.Collections.list(request.getLocales()));
    }

    /** English when the caller prefers it to Chinese, Chinese otherwise. */
    public static Locale localeOf(List<Locale> wanted) {
        for (Locale l : wanted) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.equals(locale) ? Locale.ENGLISH
                : CHINESE, ApiTexts.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The error answer: the {@link ApiError} body, JSON, with the texts in the caller's language. */
    public static Response error(HttpHeaders headers, int status, String field, String key, Object... arguments) {
        Locale locale = localeOf(headers);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(new ApiError(status, key, text(locale, key, arguments), field)).build();
    }
}
