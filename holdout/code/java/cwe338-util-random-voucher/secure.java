package com.example.promo;

import java.security.SecureRandom;

public class VoucherGenerator {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    /** A voucher is worth money at checkout, so it must not be guessable. */
    public String next() {
        StringBuilder sb = new StringBuilder("GIFT-");
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
