/*
 * Spring MVC: "remember me" support. The server stores a RememberedLogin object in
 * a cookie (Base64 of the serialized object) and reads it back on the next visit.
 */
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

// The cookie holds "username|expiresAt|hmac" as plain text: no object graph is read back.
public class RememberMeCodec {
    private final byte[] key;

    public RememberMeCodec(byte[] key) {
        this.key = key.clone();
    }

    public static class RememberedLogin {
        public String username;
        public long expiresAt;
    }

    private String mac(String body) throws GeneralSecurityException {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    public String encode(RememberedLogin login) throws IOException, GeneralSecurityException {
        String name = Base64.getUrlEncoder().withoutPadding().encodeToString(login.username.getBytes(StandardCharsets.UTF_8));
        String body = name + "|" + login.expiresAt;
        return body + "|" + mac(body);
    }

    public RememberedLogin decode(String cookieValue) throws GeneralSecurityException {
        String[] parts = cookieValue.split("\\|");
        if (parts.length != 3) return null;
        String body = parts[0] + "|" + parts[1];
        if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8))) return null;
        RememberedLogin login = new RememberedLogin();
        login.username = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        login.expiresAt = Long.parseLong(parts[1]);
        return login.expiresAt > System.currentTimeMillis() ? login : null;
    }
}
