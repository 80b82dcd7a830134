package com.trunkreleasehelper.content;

/** The short things the skill says around the guide; every locale's file must hold every one. */
public enum Phrase {
    WELCOME("welcome"),
    WELCOME_BACK("welcomeBack"),
    WAS_ON_STEP("wasOnStep"),
    RESUME_ASK("resumeAsk"),
    FROM_THE_START("fromTheStart"),
    PROMPT("prompt"),
    OPTIONS("options"),
    FALLBACK("fallback"),
    YES_OR_NO("yesOrNo"),
    FALLBACK_OPTIONS("fallbackOptions"),
    FALLBACK_HELP("fallbackHelp"),
    IN_DANGER("inDanger"),
    IN_DANGER_NO_PHONE("inDangerNoPhone"),
    START_ASK("startAsk"),
    NOTED("noted"),
    RESCUE_ITEM("rescueItem"),
    RESCUE_ITEM_NO_PHONE("rescueItemNoPhone"),
    UNWELL("unwell"),
    UNWELL_NO_PHONE("unwellNoPhone"),
    BREATHE("breathe"),
    ITEM_KNOWN("itemKnown"),
    MORE_HINT("moreHint"),
    NO_MORE("noMore"),
    HELP("help"),
    WHICH_STEP("whichStep"),
    WHICH_DETOUR("whichDetour"),
    NOT_STARTED("notStarted"),
    NO_PREVIOUS("noPrevious"),
    LAST_STEP("lastStep"),
    NO_SUCH_STEP("noSuchStep"),
    GOODBYE("goodbye"),
    GOODBYE_NO_PHONE("goodbyeNoPhone"),
    ERROR("error"),
    CARD_TITLE_STEP("cardTitleStep"),
    RESOURCES_HEADING("resourcesHeading"),
    NUMBERS_TO_CALL("numbersToCall"),
    SCREEN_HEADING("screenHeading"),
    BUTTON_NEXT("buttonNext"),
    BUTTON_REPEAT("buttonRepeat"),
    BUTTON_CALL_HELP("buttonCallHelp");

    private final String key;

    Phrase(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** What is said instead to a driver with no phone to call from ("ask anyone nearby to call"); else this. */
    public Phrase withoutPhone() {
        return switch (this) {
            case IN_DANGER -> IN_DANGER_NO_PHONE;
            case RESCUE_ITEM -> RESCUE_ITEM_NO_PHONE;
            case UNWELL -> UNWELL_NO_PHONE;
            case GOODBYE -> GOODBYE_NO_PHONE;
            default -> this;
        };
    }
}
