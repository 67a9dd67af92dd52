package org.evaluation.web.support;

import org.evaluation.api.notification.InboxEntry;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text of an inbox message or mail in one language: its key's pattern with the arguments,
 * those that are keys themselves (an enum label) rendered in the same language.
 */
public final class NoticeTexts {

    public static final String BUNDLE = "org.evaluation.web.i18n.messages";

    private NoticeTexts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NoticeTexts.class.getClassLoader());
    }

    public static String render(ResourceBundle bundle, String key, List<String> arguments) {
        Object[] values = arguments.stream().map(a -> a.startsWith(InboxEntry.KEY_ARGUMENT)
                ? lookUp(bundle, a.substring(InboxEntry.KEY_ARGUMENT.length())) : a).toArray();
        return new MessageFormat(lookUp(bundle, key), bundle.getLocale()).format(values);
    }

    private static String lookUp(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
