package com.example.gpx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

public class TrackReader {
    /** Reads the track points of a GPX file a runner uploaded. */
    public List<double[]> points(InputStream gpx) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(gpx);
        List<double[]> points = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "trkpt".equals(reader.getLocalName())) {
                points.add(new double[] {
                    Double.parseDouble(reader.getAttributeValue(null, "lat")),
                    Double.parseDouble(reader.getAttributeValue(null, "lon"))
                });
            }
        }
        return points;
    }
}
