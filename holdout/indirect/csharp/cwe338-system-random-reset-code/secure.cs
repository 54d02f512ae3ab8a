using System.Security.Cryptography;

namespace Accounts;

public class ResetCodes
{
    private readonly IResetStore _store;

    public ResetCodes(IResetStore store) => _store = store;

    public string Issue(string userId)
    {
        var code = RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8");
        _store.Save(userId, code, DateTimeOffset.UtcNow.AddMinutes(15));
        return code;
    }
}
