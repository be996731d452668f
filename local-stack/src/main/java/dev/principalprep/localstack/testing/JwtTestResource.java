package dev.principalprep.localstack.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * An RS256 key pair made for this test JVM: the service under test verifies with its public half (and the gateway
 * signs with the private half), and tests mint tokens with the private half. No key is committed anywhere.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://principalprep.dev";
    public static final String AUDIENCE = "principal-prep-api";
    private static final KeyPair KEYS = generate();

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "smallrye.jwt.sign.key", Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded()));
    }

    @Override
    public void stop() {
        // The keys live in memory only.
    }

    /** A valid token for the subject with the given roles ({@code groups} claim), valid for ten minutes. */
    public static String token(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(10)).sign(KEYS.getPrivate());
    }

    /** A token signed by a key the service does not trust. */
    public static String forgedToken(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(10)).sign(generate().getPrivate());
    }

    /** A token signed by the trusted key that expired a minute ago. */
    public static String expiredToken(String subject, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles)).issuedAt(now - 600)
                .expiresAt(now - 60).sign(KEYS.getPrivate());
    }

    /** A token signed by the trusted key, issued ten minutes before {@code exp} (seconds since the epoch). */
    public static String tokenExpiringAt(long exp, String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles)).issuedAt(exp - 600)
                .expiresAt(exp).sign(KEYS.getPrivate());
    }

    /** A token signed by the trusted key whose {@code iat} lies an hour in the future. */
    public static String tokenIssuedInTheFuture(String subject, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles)).issuedAt(now + 3600)
                .expiresAt(now + 7200).sign(KEYS.getPrivate());
    }

    /** A token signed by the trusted key that is valid for ten years. */
    public static String tokenValidForTenYears(String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles))
                .expiresIn(Duration.ofDays(3650)).sign(KEYS.getPrivate());
    }

    /** A token signed by the trusted key for another audience. */
    public static String tokenForAudience(String audience, String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(audience).subject(subject).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(10)).sign(KEYS.getPrivate());
    }

    /** An unsigned token ({@code alg: none}) claiming to be the subject. */
    public static String unsignedToken(String subject) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String claims = encoder.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\""
                + subject + "\",\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}").getBytes());
        return header + "." + claims + ".";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
