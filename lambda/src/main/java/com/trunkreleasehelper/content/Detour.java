package com.trunkreleasehelper.content;

/** The nodes a driver can reach from anywhere; the guide's shape names the node that answers each. */
public enum Detour {
    CALL_HELP("callHelp"),
    /** No roadside cover, or none soon: the locksmith, then back to where the driver was. */
    NO_COVER("noCover"),
    /** No phone to call with: someone nearby calls, then back to where the driver was. */
    BORROW_PHONE("borrowPhone"),
    EMERGENCY("emergency"),
    /** The emergency said again once the driver has called: call again and say what has changed. */
    EMERGENCY_AGAIN("emergencyAgain"),
    DO_NOT("doNot"),
    CAN_WAIT("canWait"),
    FORCE_IT("forceIt"),
    BATTERY("battery"),
    KEY_COMING("keyComing"),
    HOW_LONG("howLong"),
    POLICE("police"),
    STRANDED("stranded"),
    CALM("calm");

    private final String key;

    Detour(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
