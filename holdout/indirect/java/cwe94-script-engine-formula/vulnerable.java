package com.example.pricing;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

public class DiscountRule {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("js");

    /** Merchants write discount formulas such as "price * 0.9" in the shop admin. */
    public double apply(String formula, double price) throws ScriptException {
        engine.put("price", price);
        Object result = engine.eval(formula);
        return ((Number) result).doubleValue();
    }
}
