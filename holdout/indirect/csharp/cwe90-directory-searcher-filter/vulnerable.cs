using System.DirectoryServices;

namespace Intranet.Directory;

public class PeopleFinder
{
    private readonly DirectoryEntry _root;

    public PeopleFinder(DirectoryEntry root) => _root = root;

    public string? EmailOf(string accountName)
    {
        using var searcher = new DirectorySearcher(_root)
        {
            Filter = $"(&(objectCategory=person)(sAMAccountName={accountName}))",
        };
        searcher.PropertiesToLoad.Add("mail");
        var result = searcher.FindOne();
        return result?.Properties["mail"].Count > 0 ? (string)result.Properties["mail"][0] : null;
    }
}
