package com.trunkreleasehelper.content;

import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a guide content file and fills in its numbers ({emergency} and the like). Everything it reads is
 * checked by {@link GuideValidator} before a {@link Guide} exists, so a broken file never reaches a driver.
 */
public final class GuideLoader {

    private static final Pattern NUMBER_PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");


    /** Loads {@code guide/<locale>.json} from the class path. */
    public Guide loadResource(String locale) {
        String name = resourceName(locale);
        try (InputStream in = GuideLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidGuideException(name + ": no such guide resource");
            }
            return load(name, in);
        } catch (IOException e) {
            throw new InvalidGuideException(name + ": cannot be read", e);
        }
    }

    public static String resourceName(String locale) {
        return "guide/" + locale + ".json";
    }

    public Guide load(String source, InputStream in) {
        Object root;
        try {
            root = Json.parse(in);
        } catch (IOException e) {
            throw new InvalidGuideException(source + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        return new Reader(source, Json.object(root)).guide();
    }

    /** One read of one file; keeps the file name at hand for every error message. */
    private static final class Reader {
        private final String source;
        private final Map<String, Object> root;
        private final Map<String, String> numbers = new LinkedHashMap<>();

        Reader(String source, Map<String, Object> root) {
            this.source = source;
            this.root = root;
        }

        Guide guide() {
            if (root == null) {
                throw fail("the file must hold one JSON object");
            }
            readNumbers();
            Map<String, GuideNode> nodes = readNodes();
            Guide guide = new Guide(text(root, "locale", "the file"), text(root, "skillName", "the file"),
                    text(root, "start", "the file"), nodes, readDetours(), readPhrases(), readResources(),
                    numbers.get("emergency"));
            new GuideValidator(source).validate(guide);
            return guide;
        }

        private void readNumbers() {
            Map<String, Object> all = object(root, "numbers", "the file");
            all.forEach((name, number) -> numbers.put(name, text(Json.object(number), "value", "number " + name)));
            if (!numbers.containsKey("emergency")) {
                throw fail("numbers.emergency is missing");
            }
        }

        private Map<String, GuideNode> readNodes() {
            List<Object> list = Json.list(root, "nodes");
            if (list == null || list.isEmpty()) {
                throw fail("\"nodes\" must be a non-empty list");
            }
            Map<String, GuideNode> nodes = new LinkedHashMap<>();
            for (Object n : list) {
                GuideNode node = readNode(Json.object(n));
                if (nodes.put(node.id(), node) != null) {
                    throw fail("node \"" + node.id() + "\" is defined twice");
                }
            }
            return nodes;
        }

        private GuideNode readNode(Map<String, Object> n) {
            if (n == null) {
                throw fail("every node must be an object");
            }
            String id = text(n, "id", "a node");
            String where = "node \"" + id + "\"";
            Object step = n.get("step");
            if (step != null && !(step instanceof Integer)) {
                throw fail(where + ": \"step\" must be a whole number");
            }
            return new GuideNode(id, (Integer) step, text(n, "title", where),
                    text(n, "say", where), optionalText(n, "ask", where), text(n, "card", where),
                    Boolean.TRUE.equals(n.get("links")),
                    outcome(n, "yes", where), outcome(n, "no", where));
        }

        private Outcome outcome(Map<String, Object> n, String field, String where) {
            if (!n.containsKey(field)) {
                return null;
            }
            String at = where + " " + field;
            Map<String, Object> o = object(n, field, at);
            return new Outcome(text(o, "to", at), optionalText(o, "say", at));
        }

        private Map<Detour, String> readDetours() {
            Map<String, Object> all = object(root, "detours", "the file");
            Map<Detour, String> detours = new EnumMap<>(Detour.class);
            for (Detour d : Detour.values()) {
                detours.put(d, text(all, d.key(), "detours"));
            }
            return detours;
        }

        private Map<Phrase, String> readPhrases() {
            Map<String, Object> all = object(root, "phrases", "the file");
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

        private Map<String, Object> object(Map<String, Object> parent, String field, String where) {
            Map<String, Object> value = Json.object(parent, field);
            if (value == null) {
                throw fail(where + ": \"" + field + "\" must be an object");
            }
            return value;
        }

        private String text(Map<String, Object> parent, String field, String where) {
            String value = optionalText(parent, field, where);
            if (value == null) {
                throw fail(where + ": \"" + field + "\" is missing");
            }
            return value;
        }

        private String optionalText(Map<String, Object> parent, String field, String where) {
            Object value = parent == null ? null : parent.get(field);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String text) || text.isBlank()) {
                throw fail(where + ": \"" + field + "\" must be non-empty text");
            }
            return fillNumbers(text, where);
        }

        /** Replaces {emergency} and other declared numbers; leaves the engine's own placeholders alone. */
        private String fillNumbers(String text, String where) {
            Matcher m = NUMBER_PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = numbers.get(m.group(1));
                if (value == null && !Placeholder.isEngineOwned(m.group(1))) {
                    throw fail(where + ": unknown placeholder {" + m.group(1) + "}");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            return m.appendTail(out).toString();
        }

        private InvalidGuideException fail(String message) {
            return new InvalidGuideException(source + ": " + message);
        }
    }
}
