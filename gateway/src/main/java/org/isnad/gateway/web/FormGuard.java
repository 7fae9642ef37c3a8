package org.isnad.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.problem.ProblemException;
import org.isnad.gateway.config.WebConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Anti-forgery tokens for the UI's forms: an HMAC of the user's subject and login session, so a token is
 * useless to anybody else and dies with the session. The session cookie is SameSite=Lax as well; the token
 * is what makes a forged cross-site form post fail even in browsers that ignore SameSite.
 */
@ApplicationScoped
public class FormGuard {

    public static final String FIELD = "formToken";

    private final SecretKeySpec key;

    public FormGuard(WebConfig config) {
        byte[] secret = config.formSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String token(String subject, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((subject + "\n" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Throws 403 unless {@code presented} is this user's token for this session. */
    public void verify(String subject, String session, String presented) {
        byte[] expected = token(subject, session).getBytes(StandardCharsets.US_ASCII);
        byte[] given = presented == null ? new byte[0] : presented.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new ProblemException(403, "form-expired", "Form expired",
                    "This form was not issued to your current session; reload the page and try again");
        }
    }
}
