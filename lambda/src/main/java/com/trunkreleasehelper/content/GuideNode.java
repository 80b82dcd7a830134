package com.trunkreleasehelper.content;

/**
 * One place in the conversation: a numbered step of the guide, a detour (call help, emergency, what not
 * to do…) or an ending. A node with a question waits for yes or no; a node without one ends the session,
 * and clears saved progress unless it {@code keepsProgress}. {@code more} is the rest of a step's facts,
 * spoken when the driver says "more" (null when there is nothing more); {@code about} answers a question
 * about the step's topic asked by name at another step ("where is the key blade"), or is null. An
 * {@code emergency} node is the emergency answer or one that follows it: someone may still be in danger there.
 */
public record GuideNode(String id, Integer step, String title, String say, String ask, String card, String more,
                        String about, boolean links, boolean keepsProgress, boolean emergency, Outcome yes, Outcome no) {

    public boolean isStep() {
        return step != null;
    }

    public boolean hasQuestion() {
        return ask != null;
    }

    public Outcome outcome(boolean answer) {
        return answer ? yes : no;
    }
}
