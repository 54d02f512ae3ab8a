using System.Xml;

namespace Importer;

public class OrderFeedReader
{
    public IEnumerable<string> OrderIds(Stream feed)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        using var reader = XmlReader.Create(feed, settings);
        var doc = new XmlDocument { XmlResolver = null };
        doc.Load(reader);
        foreach (XmlNode node in doc.SelectNodes("//order/@id")!)
        {
            yield return node.Value!;
        }
    }
}
