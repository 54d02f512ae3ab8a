// Feed reader service: FeedParser.Titles(xml) returns the item titles of an RSS
// document fetched from a URL the user subscribed to.
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
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

public record Subscription(int Id, string Url, DateTimeOffset LastChecked);

public class FeedRefresher
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(15);
    private readonly HttpClient _http;
    private readonly Dictionary<int, List<string>> _seen = new();

    public FeedRefresher(HttpClient http)
    {
        _http = http;
        _http.Timeout = TimeSpan.FromSeconds(20);
    }

    public bool Due(Subscription sub, DateTimeOffset now) => now - sub.LastChecked >= MinInterval;

    public async Task<List<string>> NewTitlesAsync(Subscription sub, CancellationToken ct)
    {
        using var response = await _http.GetAsync(sub.Url, ct);
        response.EnsureSuccessStatusCode();
        var xml = await response.Content.ReadAsStringAsync(ct);
        var titles = FeedParser.Titles(xml);
        if (!_seen.TryGetValue(sub.Id, out var known))
        {
            known = new List<string>();
            _seen[sub.Id] = known;
        }
        var fresh = titles.Where(t => !known.Contains(t)).ToList();
        known.AddRange(fresh);
        if (known.Count > 500)
            known.RemoveRange(0, known.Count - 500);
        return fresh;
    }

    public async Task<int> RefreshAllAsync(IEnumerable<Subscription> subs, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var total = 0;
        foreach (var sub in subs.Where(s => Due(s, now)))
        {
            try
            {
                total += (await NewTitlesAsync(sub, ct)).Count;
            }
            catch (HttpRequestException)
            {
                // unreachable feeds are retried on the next run
            }
        }
        return total;
    }
}
