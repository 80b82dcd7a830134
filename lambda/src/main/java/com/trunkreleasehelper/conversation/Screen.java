package com.trunkreleasehelper.conversation;

import java.util.List;

/**
 * What a device with a screen shows for a turn: a heading ("Step 4 of 7"), the title, the full text,
 * progress through the steps (null off the numbered steps), a number to show large (the emergency
 * number, else empty), and buttons that do what the spoken words do.
 */
public record Screen(String heading, String title, String text, Double progress, String emphasis, List<Button> buttons) {

    public Screen {
        buttons = List.copyOf(buttons);
    }

    /** A touch target: its label in the driver's language and the action it stands for. */
    public record Button(String label, Action action) {
    }
}
