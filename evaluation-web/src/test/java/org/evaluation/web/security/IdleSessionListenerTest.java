package org.evaluation.web.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import org.evaluation.api.audit.AccessLog;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdleSessionListenerTest {

    private final List<String> timedOut = new ArrayList<>();

    private IdleSessionListener listener() throws ReflectiveOperationException {
        IdleSessionListener listener = new IdleSessionListener();
        Field field = IdleSessionListener.class.getDeclaredField("accessLog");
        field.setAccessible(true);
        field.set(listener, new AccessLog() {
            @Override
            public void exported(String sheet, long rows) {
            }

            @Override
            public void refused(String what) {
            }

            @Override
            public void apiRefused(String keyLabel, String right, String what) {
            }

            @Override
            public void timedOut(String username) {
                timedOut.add(username);
            }
        });
        return listener;
    }

    private static HttpSession session(Map<String, Object> attributes, long idleMillis, int maxInactiveSeconds) {
        long lastAccess = System.currentTimeMillis() - idleMillis;
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[]{HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getLastAccessedTime" -> lastAccess;
                    case "getMaxInactiveInterval" -> maxInactiveSeconds;
                    default -> null;
                });
    }

    @Test
    void aSignedInSessionLeftIdleIsAudited() throws ReflectiveOperationException {
        listener().sessionDestroyed(new HttpSessionEvent(session(Map.of(IdleSessionListener.SIGNED_IN_AS, "wujing"),
                31 * 60_000L, 30 * 60)));
        assertEquals(List.of("wujing"), timedOut);
    }

    @Test
    void aSessionSignedOutOrEndedElsewhereOrStillInUseIsNot() throws ReflectiveOperationException {
        IdleSessionListener listener = listener();
        listener.sessionDestroyed(new HttpSessionEvent(session(Map.of(), 31 * 60_000L, 30 * 60)));
        listener.sessionDestroyed(new HttpSessionEvent(session(Map.of(IdleSessionListener.SIGNED_IN_AS, "wujing"),
                60_000L, 30 * 60)));
        assertEquals(List.of(), timedOut, "signed out (no mark), or a server stopping with the session in use");
    }
}
