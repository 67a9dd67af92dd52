package org.evaluation.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network address a request comes from, for the request limits, the sign-in throttle and the
 * traces of who rated. Behind a load balancer or proxy the connection's address is the proxy's: a
 * proxy named in {@code evaluation.trusted-proxies} (addresses, comma-separated; none by default)
 * is believed about {@code X-Forwarded-For}, and the address is the last one in that header that
 * is not itself a trusted proxy. From anywhere else the header is ignored: anybody can write it.
 */
public final class ClientAddress {

    static final String TRUSTED_PROXIES = "evaluation.trusted-proxies";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        Set<String> trusted = ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class)
                .map(ClientAddress::addresses).orElse(Set.of());
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    static String of(String connection, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(connection)) {
            return connection;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return connection;
    }

    static Set<String> addresses(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
