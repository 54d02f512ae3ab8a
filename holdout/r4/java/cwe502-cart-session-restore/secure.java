import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;

/**
 * Restores a guest's shopping cart from the "cart" cookie set on a previous visit.
 */
public class CartCookieReader {

    /** The cookie holds "sku:qty,sku:qty" text. */
    public Map<String, Integer> readCart(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return new HashMap<>();
        }
        for (Cookie cookie : cookies) {
            if ("cart".equals(cookie.getName())) {
                Map<String, Integer> cart = new HashMap<>();
                try {
                    String text = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
                    for (String item : text.split(",")) {
                        String[] parts = item.split(":", 2);
                        if (parts.length == 2) {
                            cart.put(parts[0], Integer.parseInt(parts[1]));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    return new HashMap<>();
                }
                return cart;
            }
        }
        return new HashMap<>();
    }
}
