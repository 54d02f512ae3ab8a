package com.acme.billing.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads supplier invoices delivered as XML through the partner upload form. */
public final class InvoiceXmlImporter {
    private static final Logger LOG = Logger.getLogger(InvoiceXmlImporter.class.getName());

    public record Line(String sku, int quantity, BigDecimal unitPrice) {}

    private final DocumentBuilderFactory factory;

    public InvoiceXmlImporter() {
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setIgnoringComments(true);
    }

    public List<Line> read(InputStream in) throws IOException {
        Document doc;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            doc = builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable invoice: " + e.getMessage(), e);
        }
        NodeList nodes = doc.getElementsByTagName("line");
        List<Line> lines = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            try {
                lines.add(new Line(
                        text(e, "sku"),
                        Integer.parseInt(text(e, "quantity")),
                        new BigDecimal(text(e, "unitPrice"))));
            } catch (NumberFormatException ex) {
                LOG.warning("skipping line " + i + ": " + ex.getMessage());
            }
        }
        return lines;
    }

    private static String text(Element parent, String tag) {
        NodeList nl = parent.getElementsByTagName(tag);
        return nl.getLength() == 0 ? "" : nl.item(0).getTextContent().trim();
    }
}
