package com.trunkreleasehelper.content;

/** Where a yes or a no leads, and what to say first on the way there. {@code say} may be null. */
public record Outcome(String to, String say) {

    /** The target that means "back to where the driver was before this detour". */
    public static final String BACK = "back";

    public boolean goesBack() {
        return BACK.equals(to);
    }
}
