package com.trunkreleasehelper.content;

/**
 * What a {@link Statement} means at a node, as the guide's shape writes it: {@code "yes"} or {@code "no"}
 * answers the pending question there; {@code "<node>:yes"} or {@code "<node>:no"} takes that node's answer
 * (its target and its words) from wherever the driver is; {@code "<node>"} goes to that node.
 */
public record Reaction(String node, Boolean answer) {

    private static final String YES = "yes";
    private static final String NO = "no";

    static Reaction parse(String text) {
        if (YES.equals(text) || NO.equals(text)) {
            return new Reaction(null, YES.equals(text));
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Reaction(text, null);
        }
        String answer = text.substring(colon + 1);
        if (!YES.equals(answer) && !NO.equals(answer)) {
            return new Reaction(text, null);
        }
        return new Reaction(text.substring(0, colon), YES.equals(answer));
    }

    /** Answers the pending question where the driver is. */
    public boolean answersHere() {
        return node == null;
    }

    /** Takes {@link #node()}'s answer rather than going to it. */
    public boolean takesAnswer() {
        return node != null && answer != null;
    }
}
