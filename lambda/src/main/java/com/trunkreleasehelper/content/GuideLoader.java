package com.trunkreleasehelper.content;

import com.trunkreleasehelper.json.Json;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the shared {@link GuideShape} with one locale's words and numbers ({@code guide/<locale>.json}),
 * filling in the numbers ({emergency} and the like). {@link GuideValidator} checks the result before a
 * {@link Guide} exists, so a broken file never reaches a driver.
 */
final class GuideLoader {

    private static final Pattern NUMBER_PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> NODE_FIELDS = Set.of("title", "say", "ask", "card", "more", "about", "yes", "no");

    private final GuideShape shape;

    GuideLoader(GuideShape shape) {
        this.shape = shape;
    }

    static String resourceName(String locale) {
        return "guide/" + locale + ".json";
    }

    Guide load(ContentFile words) {
        return new Reader(words).guide();
    }

    /** One read of one locale file. */
    private final class Reader {
        private final ContentFile file;
        private final Map<String, Object> root;
        private final Map<String, String> numbers = new LinkedHashMap<>();

        Reader(ContentFile file) {
            this.file = file;
            this.root = file.root();
        }

        Guide guide() {
            readNumbers();
            Guide guide = new Guide(file.text(root, "locale", "the file"), file.text(root, "skillName", "the file"),
                    shape.start(), shape.welcomeAfterEmergency(), readNodes(), shape.detours(), shape.statements(),
                    readPhrases(), readResources(), numbers.get("emergency"), shape.emergencyNumbers(), shape.rescueItems(), shape.phones(), shape.topics(),
                    shape.standIns(), shape.yesAfterMiss(), shape.noAfterMiss());
            new GuideValidator(file).validate(guide);
            return guide;
        }

        private void readNumbers() {
            Map<String, Object> all = file.object(root, "numbers", "the file");
            all.forEach((name, number) -> numbers.put(name, file.text(Json.object(number), "value", "number " + name)));
            if (!numbers.containsKey("emergency")) {
                throw file.fail("numbers.emergency is missing");
            }
        }

        private Map<String, GuideNode> readNodes() {
            Map<String, Object> words = file.object(root, "nodes", "the file");
            Set<String> extra = new HashSet<>(words.keySet());
            extra.removeAll(shape.nodes().keySet());
            if (!extra.isEmpty()) {
                throw file.fail("words for node \"" + extra.iterator().next() + "\", which the guide's shape does not have");
            }
            Map<String, GuideNode> nodes = new LinkedHashMap<>();
            for (GuideShape.Node node : shape.nodes().values()) {
                nodes.put(node.id(), node(node, Json.object(words, node.id())));
            }
            return nodes;
        }

        private GuideNode node(GuideShape.Node node, Map<String, Object> words) {
            String where = "node \"" + node.id() + "\"";
            if (words == null) {
                throw file.fail(where + ": no words for it");
            }
            for (String field : words.keySet()) {
                if (!NODE_FIELDS.contains(field)) {
                    throw file.fail(where + ": unknown field \"" + field + "\"");
                }
            }
            String ask = optionalText(words, "ask", where);
            if ((ask != null) != node.hasAnswers()) {
                throw file.fail(where + (ask == null ? ": \"ask\" is missing" : ": an ending asks nothing"));
            }
            return new GuideNode(node.id(), node.step(), text(words, "title", where), text(words, "say", where), ask,
                    text(words, "card", where), optionalText(words, "more", where), optionalText(words, "about", where),
                    node.links(), node.keepsProgress(), node.emergency(), outcome(node.yes(), words, "yes", where), outcome(node.no(), words, "no", where));
        }

        private Outcome outcome(String to, Map<String, Object> words, String answer, String where) {
            String say = optionalText(words, answer, where);
            if (to == null && say != null) {
                throw file.fail(where + ": words for \"" + answer + "\", which this node does not take");
            }
            return to == null ? null : new Outcome(to, say);
        }

        private Map<Phrase, String> readPhrases() {
            Map<String, Object> all = file.object(root, "phrases", "the file");
            Map<Phrase, String> phrases = new EnumMap<>(Phrase.class);
            for (Phrase p : Phrase.values()) {
                phrases.put(p, text(all, p.key(), "phrases"));
            }
            return phrases;
        }

        private List<String> readResources() {
            List<String> links = new ArrayList<>();
            List<Object> list = Json.list(root, "resources");
            if (list != null) {
                list.forEach(link -> links.add(String.valueOf(link)));
            }
            return links;
        }

        private String text(Map<String, Object> parent, String field, String where) {
            return fillNumbers(file.text(parent, field, where), where);
        }

        private String optionalText(Map<String, Object> parent, String field, String where) {
            String text = file.optionalText(parent, field, where);
            return text == null ? null : fillNumbers(text, where);
        }

        /** Replaces {emergency} and other declared numbers; leaves the engine's own placeholders alone. */
        private String fillNumbers(String text, String where) {
            Matcher m = NUMBER_PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = numbers.get(m.group(1));
                if (value == null && !Placeholder.isEngineOwned(m.group(1))) {
                    throw file.fail(where + ": unknown placeholder {" + m.group(1) + "}");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            return m.appendTail(out).toString();
        }
    }
}
