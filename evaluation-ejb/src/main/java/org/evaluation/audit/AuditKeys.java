package org.evaluation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.evaluation.platform.PlatformKeys;

/**
 * The key that links the audit trail ({@code audit} in the key file) and the algorithm
 * ({@code evaluation.audit.mac}: {@code HmacSM3}, the default, or {@code HmacSHA256}).
 */
@ApplicationScoped
public class AuditKeys {

    static final String NAME = "audit";

    @Inject
    private PlatformKeys keys;

    @Inject
    @ConfigProperty(name = "evaluation.audit.mac", defaultValue = AuditChain.SM3)
    private String mac;

    /** What links entries written now. */
    public AuditChain.Signer signer() {
        PlatformKeys.Key current = keys.current(NAME);
        return new AuditChain.Signer(mac, current.number(), current.bytes());
    }

    /** The key of that number, for verification; null when the key file no longer has it. */
    public byte[] numbered(int number) {
        return keys.numbered(NAME, number);
    }
}
