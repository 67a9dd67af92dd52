package org.evaluation.api.security;

import java.io.Serializable;

/**
 * The caller's two-factor sign-in: whether it is on, whether their roles require it, how many
 * recovery codes are left, and during enrolment the key and the {@code otpauth://} address of the
 * QR code for the authenticator app.
 */
public record TwoFactorState(boolean on, boolean required, int recoveryCodesLeft, String pendingKey,
                             String pendingUri) implements Serializable {
}
