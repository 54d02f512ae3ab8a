/*
 * Spring MVC: "remember me" support. The server stores a RememberedLogin object in
 * a cookie (Base64 of the serialized object) and reads it back on the next visit.
 */
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Base64;

public class RememberMeCodec {

    public static class RememberedLogin implements Serializable {
        private static final long serialVersionUID = 1L;
        public String username;
        public long expiresAt;
    }

    public String encode(RememberedLogin login) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(login);
        }
        return Base64.getUrlEncoder().encodeToString(bytes.toByteArray());
    }

    public RememberedLogin decode(String cookieValue) throws IOException, ClassNotFoundException {
        byte[] raw = Base64.getUrlDecoder().decode(cookieValue);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            RememberedLogin login = (RememberedLogin) in.readObject();
            return login.expiresAt > System.currentTimeMillis() ? login : null;
        }
    }
}
