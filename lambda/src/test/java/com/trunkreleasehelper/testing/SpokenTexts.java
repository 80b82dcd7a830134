package com.trunkreleasehelper.testing;

import com.trunkreleasehelper.content.Guide;
import com.trunkreleasehelper.content.GuideNode;
import com.trunkreleasehelper.content.Phrase;

import java.util.ArrayList;
import java.util.List;

/** Everything the engine can say aloud from a guide: each node's words, its answers' words, and every phrase. */
public final class SpokenTexts {

    private SpokenTexts() {
    }

    public static List<String> of(Guide guide) {
        List<String> texts = new ArrayList<>();
        for (GuideNode n : guide.nodes()) {
            for (String text : new String[]{n.say(), n.more(), n.about(), n.ask(), n.yes() == null ? null : n.yes().say(),
                    n.no() == null ? null : n.no().say()}) {
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        for (Phrase p : Phrase.values()) {
            texts.add(guide.phrase(p));
        }
        return texts;
    }
}
