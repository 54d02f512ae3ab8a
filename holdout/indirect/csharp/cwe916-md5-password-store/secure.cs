using System.Security.Cryptography;
using System.Text;

namespace Members;

public class PasswordStore
{
    private const int Iterations = 600_000;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToHexString(salt) + ":" + Convert.ToHexString(key);
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split(':');
        var salt = Convert.FromHexString(parts[0]);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return CryptographicOperations.FixedTimeEquals(key, Convert.FromHexString(parts[1]));
    }
}
