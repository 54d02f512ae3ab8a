/*
 * SEO tool: SitemapReader.urls(stream) returns every <loc> of a sitemap.xml that a
 * customer uploads for their site.
 */
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

public final class SitemapReader {
    private SitemapReader() {}

    public static List<String> urls(InputStream stream) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(stream);
        NodeList locs = doc.getElementsByTagNameNS("*", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            out.add(locs.item(i).getTextContent().trim());
        }
        return out;
    }

    /** One page to crawl, with the priority the site owner gave it. */
    public record CrawlTarget(URI uri, double priority) {}

    /**
     * Turns the sitemap of a customer's site into crawl targets. Only http(s) URLs on the
     * customer's own host are kept, duplicates are dropped, and at most {@code limit}
     * targets are returned, highest priority first.
     */
    public static List<CrawlTarget> targets(InputStream stream, String siteHost, int limit) throws Exception {
        Map<URI, CrawlTarget> unique = new LinkedHashMap<>();
        for (String loc : urls(stream)) {
            URI uri;
            try {
                uri = new URI(loc);
            } catch (URISyntaxException e) {
                continue;
            }
            if (!isCrawlable(uri, siteHost)) {
                continue;
            }
            unique.putIfAbsent(uri.normalize(), new CrawlTarget(uri.normalize(), defaultPriority(uri)));
        }
        List<CrawlTarget> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparingDouble(CrawlTarget::priority).reversed());
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    private static boolean isCrawlable(URI uri, String siteHost) {
        String scheme = uri.getScheme();
        return ("http".equals(scheme) || "https".equals(scheme))
                && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(siteHost);
    }

    /** Shallow pages first: the home page gets 1.0, every path segment costs 0.1. */
    private static double defaultPriority(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        long depth = path.chars().filter(c -> c == '/').count();
        return Math.max(0.1, 1.0 - 0.1 * Math.max(0, depth - 1));
    }

    public static void main(String[] args) throws Exception {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://shop.example/</loc></url>"
                + "<url><loc>https://shop.example/a/b</loc></url>"
                + "<url><loc>https://other.example/</loc></url></urlset>";
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            for (CrawlTarget t : targets(in, "shop.example", 10)) {
                System.out.println(t.priority() + " " + t.uri());
            }
        }
    }
}
