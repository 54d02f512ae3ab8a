// Feed reader service: FeedParser.Titles(xml) returns the item titles of an RSS
// document fetched from a URL the user subscribed to.
using System.Collections.Generic;
using System.IO;
using System.Xml;

public static class FeedParser
{
    public static List<string> Titles(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 5_000_000,
        };
        var doc = new XmlDocument();
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
            doc.Load(reader);
        var titles = new List<string>();
        foreach (XmlNode node in doc.SelectNodes("//item/title")!)
            titles.Add(node.InnerText);
        return titles;
    }
}
