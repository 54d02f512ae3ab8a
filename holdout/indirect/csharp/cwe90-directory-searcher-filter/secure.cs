using System.DirectoryServices;
using System.Text;

namespace Intranet.Directory;

public class PeopleFinder
{
    private readonly DirectoryEntry _root;

    public PeopleFinder(DirectoryEntry root) => _root = root;

    private static string EscapeFilter(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => @"\5c",
                '*' => @"\2a",
                '(' => @"\28",
                ')' => @"\29",
                '\0' => @"\00",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    public string? EmailOf(string accountName)
    {
        using var searcher = new DirectorySearcher(_root)
        {
            Filter = $"(&(objectCategory=person)(sAMAccountName={EscapeFilter(accountName)}))",
        };
        searcher.PropertiesToLoad.Add("mail");
        var result = searcher.FindOne();
        return result?.Properties["mail"].Count > 0 ? (string)result.Properties["mail"][0] : null;
    }
}
