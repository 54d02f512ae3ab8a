package com.example.pricing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DiscountRule {
    private static final Pattern FORMULA =
            Pattern.compile("\\s*price\\s*([*\\-+])\\s*(\\d{1,6}(?:\\.\\d{1,4})?)\\s*");

    /** Merchants write discount formulas such as "price * 0.9" in the shop admin. */
    public double apply(String formula, double price) {
        Matcher m = FORMULA.matcher(formula);
        if (!m.matches()) {
            throw new IllegalArgumentException("formula must be 'price <op> <number>'");
        }
        double operand = Double.parseDouble(m.group(2));
        return switch (m.group(1)) {
            case "*" -> price * operand;
            case "-" -> price - operand;
            default -> price + operand;
        };
    }
}
