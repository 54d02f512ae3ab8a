import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/**
 * Restores a guest's shopping cart from the "cart" cookie set on a previous visit.
 */
public class CartCookieReader {

    @SuppressWarnings("unchecked")
    public Map<String, Integer> readCart(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return new HashMap<>();
        }
        for (Cookie cookie : cookies) {
            if ("cart".equals(cookie.getName())) {
                byte[] data = Base64.getUrlDecoder().decode(cookie.getValue());
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
                    return (Map<String, Integer>) in.readObject();
                } catch (IOException | ClassNotFoundException e) {
                    return new HashMap<>();
                }
            }
        }
        return new HashMap<>();
    }
}
