package com.trunkreleasehelper.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
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

    private final ObjectMapper mapper;

    public GuideLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

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
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new InvalidGuideException(source + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        return new Reader(source, root).guide();
    }

    /** One read of one file; keeps the file name at hand for every error message. */
    private static final class Reader {
        private final String source;
        private final JsonNode root;
        private final Map<String, String> numbers = new LinkedHashMap<>();

        Reader(String source, JsonNode root) {
            this.source = source;
            this.root = root;
        }

        Guide guide() {
            if (root == null || !root.isObject()) {
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
            JsonNode all = object(root, "numbers", "the file");
            all.fields().forEachRemaining(e -> numbers.put(e.getKey(), text(e.getValue(), "value", "number " + e.getKey())));
            if (!numbers.containsKey("emergency")) {
                throw fail("numbers.emergency is missing");
            }
        }

        private Map<String, GuideNode> readNodes() {
            JsonNode list = root.get("nodes");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw fail("\"nodes\" must be a non-empty list");
            }
            Map<String, GuideNode> nodes = new LinkedHashMap<>();
            for (JsonNode n : list) {
                GuideNode node = readNode(n);
                if (nodes.put(node.id(), node) != null) {
                    throw fail("node \"" + node.id() + "\" is defined twice");
                }
            }
            return nodes;
        }

        private GuideNode readNode(JsonNode n) {
            String id = text(n, "id", "a node");
            String where = "node \"" + id + "\"";
            JsonNode step = n.get("step");
            if (step != null && !step.isInt()) {
                throw fail(where + ": \"step\" must be a whole number");
            }
            return new GuideNode(id, step == null ? null : step.intValue(), text(n, "title", where),
                    text(n, "say", where), optionalText(n, "ask", where), text(n, "card", where),
                    n.path("links").asBoolean(false),
                    outcome(n, "yes", where), outcome(n, "no", where));
        }

        private Outcome outcome(JsonNode n, String field, String where) {
            JsonNode o = n.get(field);
            if (o == null) {
                return null;
            }
            String at = where + " " + field;
            return new Outcome(text(o, "to", at), optionalText(o, "say", at));
        }

        private Map<Detour, String> readDetours() {
            JsonNode all = object(root, "detours", "the file");
            Map<Detour, String> detours = new EnumMap<>(Detour.class);
            for (Detour d : Detour.values()) {
                detours.put(d, text(all, d.key(), "detours"));
            }
            return detours;
        }

        private Map<Phrase, String> readPhrases() {
            JsonNode all = object(root, "phrases", "the file");
            Map<Phrase, String> phrases = new EnumMap<>(Phrase.class);
            for (Phrase p : Phrase.values()) {
                phrases.put(p, text(all, p.key(), "phrases"));
            }
            return phrases;
        }

        private List<String> readResources() {
            List<String> links = new ArrayList<>();
            JsonNode list = root.path("resources");
            for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
                links.add(it.next().asText());
            }
            return links;
        }

        private JsonNode object(JsonNode parent, String field, String where) {
            JsonNode value = parent.get(field);
            if (value == null || !value.isObject()) {
                throw fail(where + ": \"" + field + "\" must be an object");
            }
            return value;
        }

        private String text(JsonNode parent, String field, String where) {
            String value = optionalText(parent, field, where);
            if (value == null) {
                throw fail(where + ": \"" + field + "\" is missing");
            }
            return value;
        }

        private String optionalText(JsonNode parent, String field, String where) {
            JsonNode value = parent.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw fail(where + ": \"" + field + "\" must be non-empty text");
            }
            return fillNumbers(value.asText(), where);
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
