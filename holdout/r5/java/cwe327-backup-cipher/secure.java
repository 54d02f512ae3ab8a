/*
 * BackupCrypto.encrypt(plain, key) protects database dumps before they are copied
 * to the off-site storage. `key` is a 256-bit key from the vault.
 */
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class BackupCrypto {
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCrypto() {}

    public static byte[] encrypt(byte[] plain, byte[] key) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] body = cipher.doFinal(plain);
        return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
    }

    public static byte[] decrypt(byte[] blob, byte[] key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, blob, 0, 12));
        return cipher.doFinal(blob, 12, blob.length - 12);
    }
}
