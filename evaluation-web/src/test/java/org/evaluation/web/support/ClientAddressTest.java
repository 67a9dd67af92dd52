package org.evaluation.web.support;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    private static final Set<String> PROXIES = ClientAddress.addresses(" 10.0.0.5, 10.0.0.6 ,");

    @Test
    void theHeaderIsBelievedOnlyFromATrustedProxyAndOnlyUpToTheFirstUntrustedHop() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "1.2.3.4", PROXIES),
                "anybody can write the header: from a client it is ignored");
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7", PROXIES));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.6", PROXIES),
                "what the client wrote before its own address is not believed");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " , ", PROXIES));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "198.51.100.7", Set.of()), "no proxy trusted by default");
    }
}
