package com.trunkreleasehelper.content;

/** The nodes a driver can reach from anywhere; the content file names the node that answers each. */
public enum Detour {
    CALL_HELP("callHelp"),
    EMERGENCY("emergency"),
    DO_NOT("doNot"),
    CAN_WAIT("canWait");

    private final String key;

    Detour(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
