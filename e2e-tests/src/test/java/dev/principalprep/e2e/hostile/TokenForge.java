package dev.principalprep.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Signs RS256 tokens as the local issuer would (with its key from the platform's data folder), with the times an
 * attacker would pick, and forges ones signed by a key nobody trusts.
 */
public final class TokenForge {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey issuerKey;

    public TokenForge(Path privateKeyPem) throws Exception {
        String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        this.issuerKey = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    /** Signed by the trusted key, issued {@code issuedIn} seconds from now and valid for {@code lifetime} seconds. */
    public String signed(String subject, long issuedIn, long lifetime) throws Exception {
        return sign(issuerKey, subject, issuedIn, lifetime);
    }

    /** Signed by a key the platform does not trust. */
    public static String forged(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return sign(generator.generateKeyPair().getPrivate(), subject, 0, 600);
    }

    private static String sign(PrivateKey key, String subject, long issuedIn, long lifetime) throws Exception {
        long iat = System.currentTimeMillis() / 1000 + issuedIn;
        String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString(("{\"iss\":\"https://principalprep.dev\",\"aud\":\"principal-prep-api\",\"sub\":\""
                + subject + "\",\"groups\":[\"learner\"],\"iat\":" + iat + ",\"exp\":" + (iat + lifetime) + "}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + URL.encodeToString(signature.sign());
    }
}
