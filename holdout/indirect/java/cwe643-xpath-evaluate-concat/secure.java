package com.example.config;

import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

public class FeatureFlags {
    private final Document flags;

    public FeatureFlags(Document flags) {
        this.flags = flags;
    }

    /** tenant comes from the X-Tenant header set by the API gateway's client. */
    public boolean enabled(String tenant, String feature) throws Exception {
        Map<String, String> vars = Map.of("tenant", tenant, "feature", feature);
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver((QName name) -> vars.get(name.getLocalPart()));
        Node node = (Node) xpath.evaluate(
                "/flags/tenant[@id=$tenant]/feature[@name=$feature]", flags, XPathConstants.NODE);
        return node != null && "on".equals(node.getTextContent());
    }
}
