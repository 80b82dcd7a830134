package com.trunkreleasehelper.content;

import java.util.Map;

/** The placeholders the engine fills per turn ({number}, {total}, {title}); numbers are filled at load. */
public enum Placeholder {
    NUMBER("number"),
    TOTAL("total"),
    TITLE("title");

    private final String token;

    Placeholder(String name) {
        this.token = "{" + name + "}";
    }

    static boolean isEngineOwned(String name) {
        for (Placeholder p : values()) {
            if (p.token.equals("{" + name + "}")) {
                return true;
            }
        }
        return false;
    }

    /** Fills this template with the given values. */
    public static String fill(String template, Map<Placeholder, Object> values) {
        String out = template;
        for (Map.Entry<Placeholder, Object> e : values.entrySet()) {
            out = out.replace(e.getKey().token, String.valueOf(e.getValue()));
        }
        return out;
    }
}
