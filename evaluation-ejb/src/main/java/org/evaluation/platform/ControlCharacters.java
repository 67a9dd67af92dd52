package org.evaluation.platform;

import org.evaluation.api.RuleViolationException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Refuses text with control characters (NUL and the other ASCII controls, and DEL; tab, line
 * feed and carriage return are text) anywhere in a service call: in a parameter, in the components of a record the API
 * module defines, and in their collections and maps. PostgreSQL refuses NUL in text, other
 * databases keep it, and no form or export expects any of them: they change nothing, with a
 * clear message, before anything runs.
 */
public final class ControlCharacters {

    /** Records nest no deeper than this in a call (a form, its lists). */
    private static final int DEPTH = 4;

    private ControlCharacters() {
    }

    /**
     * Throws {@code text.controlCharacters} naming the first parameter that has one, or for a
     * record parameter its component ({@code reference}, {@code items.name}).
     */
    public static void refuse(String name, Object value) {
        walk(name, value, 0);
    }

    private static void walk(String name, Object value, int depth) {
        if (value == null || depth > DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (hasControl(text)) {
                throw new RuleViolationException("text.controlCharacters", name);
            }
        } else if (value instanceof Collection<?> many) {
            for (Object one : many) {
                walk(name, one, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(name, e.getKey(), depth + 1);
                walk(name, e.getValue(), depth + 1);
            }
        } else if (value instanceof Record && value.getClass().getName().startsWith("org.evaluation.api.")) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                // a form's fields by their own names, as the form and the API's request name them
                walk(depth == 0 ? c.getName() : name + "." + c.getName(), component(value, c), depth + 1);
            }
        }
    }

    private static Object component(Object record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the record " + record.getClass().getName() + " cannot be read", e);
        }
    }

    static boolean hasControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7f) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
