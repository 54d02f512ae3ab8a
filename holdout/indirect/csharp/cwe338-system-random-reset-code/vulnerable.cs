namespace Accounts;

public class ResetCodes
{
    private static readonly Random Rng = new();
    private readonly IResetStore _store;

    public ResetCodes(IResetStore store) => _store = store;

    public string Issue(string userId)
    {
        var code = Rng.Next(0, 100_000_000).ToString("D8");
        _store.Save(userId, code, DateTimeOffset.UtcNow.AddMinutes(15));
        return code;
    }
}
