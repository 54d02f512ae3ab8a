import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Reads the page URLs out of a sitemap.xml submitted by a site owner.
 */
public final class SitemapParser {

    public static List<String> parseUrls(InputStream xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(xml);

        NodeList locs = doc.getElementsByTagNameNS("*", "loc");
        List<String> urls = new ArrayList<>(locs.getLength());
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent().trim());
        }
        return urls;
    }

    private SitemapParser() {
    }
}
