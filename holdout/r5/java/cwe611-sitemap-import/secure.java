/*
 * SEO tool: SitemapReader.urls(stream) returns every <loc> of a sitemap.xml that a
 * customer uploads for their site.
 */
import java.io.InputStream;
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
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(stream);
        NodeList locs = doc.getElementsByTagNameNS("*", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            out.add(locs.item(i).getTextContent().trim());
        }
        return out;
    }
}
