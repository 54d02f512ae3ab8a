using System.Security.Cryptography;
using System.Text;

namespace Members;

public class PasswordStore
{
    public string Hash(string password)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(password));
        return Convert.ToHexString(digest);
    }

    public bool Verify(string password, string stored)
    {
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(password)), Encoding.ASCII.GetBytes(stored));
    }
}
