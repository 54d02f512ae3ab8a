package com.example.vault;

import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

public final class SecretBox {
    private final SecretKeySpec key;

    public SecretBox(byte[] rawKey) {
        this.key = new SecretKeySpec(rawKey, "AES");
    }

    public String seal(byte[] plaintext) throws Exception {
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext));
    }
}
