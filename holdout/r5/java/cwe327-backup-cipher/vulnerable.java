/*
 * BackupCrypto.encrypt(plain, key) protects database dumps before they are copied
 * to the off-site storage. `key` is a 256-bit key from the vault.
 */
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public final class BackupCrypto {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCrypto() {}

    public static byte[] encrypt(byte[] plain, byte[] key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return cipher.doFinal(plain);
    }

    public static byte[] decrypt(byte[] blob, byte[] key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
        return cipher.doFinal(blob);
    }
}
