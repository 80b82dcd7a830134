package com.trunkreleasehelper.content;

import com.trunkreleasehelper.json.Json;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The guide's structure, the same in every locale ({@code guide/shape.json}): nodes, step numbers, where
 * yes and no lead, which nodes are detours and which show links. No words: those are per locale.
 */
final class GuideShape {

    static final String RESOURCE = "guide/shape.json";

    /**
     * One node's structure: {@code yes}/{@code no} are target ids (or {@link Outcome#BACK}), both null on an ending;
     * {@code emergency} marks the emergency answer and what follows it.
     */
    record Node(String id, Integer step, boolean links, boolean keepsProgress, boolean emergency, String yes, String no) {
        boolean hasAnswers() {
            return yes != null || no != null;
        }
    }

    /** In {@code statements}: the reaction that applies at any node without one of its own. */
    static final String ANYWHERE = "*";
    /** In {@code statements}: the reaction before anything is under way (the first words of a session). */
    static final String NOT_STARTED = "^";
    /** The shape file's field for the questions asked before a yes heard after a miss is taken; errors name it so. */
    static final String YES_AFTER_MISS = "yesAfterMiss";
    /** The same for a no: step 2 asks about medication, and a driver whose dog is locked in truly says no. */
    static final String NO_AFTER_MISS = "noAfterMiss";
    /** The shape file's field for what statements mean where; errors name it so. */
    static final String STATEMENTS = "statements";

    private final String start;
    private final String welcomeAfterEmergency;
    private final Map<Detour, String> detours;
    private final Map<String, Node> nodes;
    private final Map<Statement, Map<String, Reaction>> statements;
    private final Set<Integer> emergencyNumbers;
    private final Set<String> rescueItems;
    private final Set<String> phones;
    private final Map<String, String> topics;
    private final Map<StandIn, Map<String, String>> standIns;
    private final Map<String, String> yesAfterMiss;
    private final Map<String, String> noAfterMiss;

    private GuideShape(String start, String welcomeAfterEmergency, Map<Detour, String> detours, Map<String, Node> nodes,
                       Map<Statement, Map<String, Reaction>> statements, Set<Integer> emergencyNumbers, Set<String> rescueItems,
                       Set<String> phones, Map<String, String> topics, Map<StandIn, Map<String, String>> standIns,
                       Map<String, String> yesAfterMiss, Map<String, String> noAfterMiss) {
        this.start = start;
        this.yesAfterMiss = Collections.unmodifiableMap(yesAfterMiss);
        this.noAfterMiss = Collections.unmodifiableMap(noAfterMiss);
        this.welcomeAfterEmergency = welcomeAfterEmergency;
        this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        this.standIns = Collections.unmodifiableMap(standIns);
        this.emergencyNumbers = Set.copyOf(emergencyNumbers);
        this.rescueItems = Set.copyOf(rescueItems);
        this.phones = Set.copyOf(phones);
        this.detours = Collections.unmodifiableMap(detours);
        this.nodes = Collections.unmodifiableMap(nodes);
        this.statements = Collections.unmodifiableMap(statements);
    }

    static GuideShape read(ContentFile file) {
        Map<String, Object> root = file.root();
        Map<String, Object> listed = file.object(root, "detours", "the file");
        Map<Detour, String> detours = new EnumMap<>(Detour.class);
        for (Detour d : Detour.values()) {
            detours.put(d, file.text(listed, d.key(), "detours"));
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Object item : file.list(root, "nodes", "the file")) {
            Node node = node(file, Json.object(item));
            if (nodes.put(node.id(), node) != null) {
                throw file.fail("node \"" + node.id() + "\" is defined twice");
            }
        }
        Set<Integer> emergencyNumbers = new HashSet<>();
        for (Object number : file.list(root, "emergencyNumbers", "the file")) {
            emergencyNumbers.add(Integer.valueOf(String.valueOf(number)));
        }
        return new GuideShape(file.text(root, "start", "the file"), file.text(root, "welcomeAfterEmergency", "the file"),
                detours, nodes, statements(file), emergencyNumbers, texts(file, "rescueItems"), texts(file, "phones"),
                textsByName(file, "topics"), standIns(file), textsByName(file, YES_AFTER_MISS),
                textsByName(file, NO_AFTER_MISS));
    }

    /** Every stand-in map, by why it applies. */
    private static Map<StandIn, Map<String, String>> standIns(ContentFile file) {
        Map<StandIn, Map<String, String>> standIns = new EnumMap<>(StandIn.class);
        for (StandIn why : StandIn.values()) {
            standIns.put(why, Collections.unmodifiableMap(textsByName(file, why.key())));
        }
        return standIns;
    }

    /** {@code "field": ["text", ...]}. */
    private static Set<String> texts(ContentFile file, String field) {
        Set<String> texts = new HashSet<>();
        file.list(file.root(), field, "the file").forEach(text -> texts.add(String.valueOf(text)));
        return texts;
    }

    /** {@code "field": {"name": "text", ...}}, in the file's order. */
    private static Map<String, String> textsByName(ContentFile file, String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Object> listed = file.object(file.root(), field, "the file");
        listed.keySet().forEach(name -> texts.put(name, file.text(listed, name, field)));
        return texts;
    }

    /** {@code "statements": {"OPENED": {"*": "done"}, "URGENT_ITEM": {"urgent": "yes"}}}; every statement listed. */
    private static Map<Statement, Map<String, Reaction>> statements(ContentFile file) {
        Map<String, Object> listed = file.object(file.root(), STATEMENTS, "the file");
        Map<Statement, Map<String, Reaction>> statements = new EnumMap<>(Statement.class);
        for (Statement statement : Statement.values()) {
            Map<String, Reaction> at = new LinkedHashMap<>();
            file.object(listed, statement.name(), "statements")
                    .forEach((node, reaction) -> at.put(node, Reaction.parse(file.text(Map.of(node, reaction), node,
                            STATEMENTS + "." + statement.name()))));
            statements.put(statement, Collections.unmodifiableMap(at));
        }
        return statements;
    }

    private static Node node(ContentFile file, Map<String, Object> n) {
        if (n == null) {
            throw file.fail("every node must be an object");
        }
        String id = file.text(n, "id", "a node");
        Object step = n.get("step");
        if (step != null && !(step instanceof Integer)) {
            throw file.fail("node \"" + id + "\": \"step\" must be a whole number");
        }
        String where = "node \"" + id + "\"";
        return new Node(id, (Integer) step, Boolean.TRUE.equals(n.get("links")), Boolean.TRUE.equals(n.get("keepsProgress")),
                Boolean.TRUE.equals(n.get("emergency")), file.optionalText(n, "yes", where), file.optionalText(n, "no", where));
    }

    String start() {
        return start;
    }

    /** The node a launch opens at when the driver left during an emergency: is everyone safe now? */
    String welcomeAfterEmergency() {
        return welcomeAfterEmergency;
    }

    Map<Detour, String> detours() {
        return detours;
    }

    Map<String, Node> nodes() {
        return nodes;
    }

    Map<Statement, Map<String, Reaction>> statements() {
        return statements;
    }

    /** Emergency numbers elsewhere (911, 999, 112): heard as a number, any of them means the emergency here too. */
    Set<Integer> emergencyNumbers() {
        return emergencyNumbers;
    }

    /** What a driver may ask about by name ("where is the key blade"; the models' value ids), and the step that tells it. */
    Map<String, String> topics() {
        return topics;
    }

    /** What is said instead of a node (by id, to the stand-in's id), by why: no roadside cover, no phone, a rescue item. */
    Map<StandIn, Map<String, String>> standIns() {
        return standIns;
    }

    /** Where a yes right after a turn not understood is checked first (a node's id to the check's id). */
    Map<String, String> yesAfterMiss() {
        return yesAfterMiss;
    }

    /** Where a no right after a turn not understood is checked first (a node's id to the check's id). */
    Map<String, String> noAfterMiss() {
        return noAfterMiss;
    }

    /** The devices that are a phone (the interaction models' value ids): "my phone is dead" may mean no way to call. */
    Set<String> phones() {
        return phones;
    }

    /** Urgent items someone may need this minute (the interaction models' value ids: an EpiPen, an inhaler, oxygen). */
    Set<String> rescueItems() {
        return rescueItems;
    }
}
