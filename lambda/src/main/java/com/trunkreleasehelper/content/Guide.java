package com.trunkreleasehelper.content;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The guide for one locale, loaded and validated: nodes by id, steps by number, phrases, resources. */
public final class Guide {

    private final String locale;
    private final String skillName;
    private final String start;
    private final String welcomeAfterEmergency;
    private final Map<String, GuideNode> nodes;
    private final List<GuideNode> steps;
    private final Map<Detour, String> detours;
    private final Set<String> sideNodes;
    private final Map<Statement, Map<String, Reaction>> statements;
    private final Map<Phrase, String> phrases;
    private final List<String> resources;
    private final String emergencyNumber;
    private final Set<Integer> emergencyNumbers;
    private final Set<String> rescueItems;
    private final Set<String> phones;
    private final Map<String, String> topics;
    private final Map<StandIn, Map<String, String>> standIns;
    private final Map<String, String> yesAfterMiss;
    private final Map<String, String> noAfterMiss;

    Guide(String locale, String skillName, String start, String welcomeAfterEmergency, Map<String, GuideNode> nodes,
          Map<Detour, String> detours, Map<Statement, Map<String, Reaction>> statements, Map<Phrase, String> phrases,
          List<String> resources, String emergencyNumber, Set<Integer> emergencyNumbers, Set<String> rescueItems,
          Set<String> phones, Map<String, String> topics, Map<StandIn, Map<String, String>> standIns,
          Map<String, String> yesAfterMiss, Map<String, String> noAfterMiss) {
        this.locale = locale;
        this.skillName = skillName;
        this.start = start;
        this.welcomeAfterEmergency = welcomeAfterEmergency;
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.steps = this.nodes.values().stream().filter(GuideNode::isStep).toList();
        this.detours = Map.copyOf(detours);
        this.statements = Map.copyOf(statements);
        this.sideNodes = sideNodes(this.nodes, this.detours, this.statements);
        this.phrases = Map.copyOf(phrases);
        this.resources = List.copyOf(resources);
        this.emergencyNumber = emergencyNumber;
        this.emergencyNumbers = Set.copyOf(emergencyNumbers);
        this.rescueItems = Set.copyOf(rescueItems);
        this.phones = Set.copyOf(phones);
        this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        this.standIns = Map.copyOf(standIns);
        this.yesAfterMiss = Map.copyOf(yesAfterMiss);
        this.noAfterMiss = Map.copyOf(noAfterMiss);
    }

    /** The number to call in an emergency here, as digits (911, 999, 000, 112). */
    public String emergencyNumber() {
        return emergencyNumber;
    }

    /** True when {@code number}, heard as a number, is an emergency number: this locale's or another's. */
    public boolean isEmergencyNumber(int number) {
        return emergencyNumbers.contains(number) || number == Integer.parseInt(emergencyNumber);
    }

    /** True when the urgent item named (the interaction model's value id) is one someone may need this minute. */
    public boolean isRescueItem(String itemId) {
        return itemId != null && rescueItems.contains(itemId);
    }

    /** True when the device named (the interaction model's value id) is a phone. */
    public boolean isPhone(String deviceId) {
        return deviceId != null && phones.contains(deviceId);
    }

    /** The step that tells about a topic asked by name (the interaction models' value id), or null for none. */
    public GuideNode topicStep(String topicId) {
        return topicId == null ? null : node(topics.get(topicId));
    }

    Map<String, String> topics() {
        return topics;
    }

    /** What is said instead of {@code node} for {@code why} (the locksmith, someone nearby to call), or null. */
    public GuideNode standIn(StandIn why, GuideNode node) {
        return node == null ? null : node(standIns.get(why).get(node.id()));
    }

    /** True when {@code id} is {@code node} or one of its stand-ins. */
    public boolean standsFor(String id, GuideNode node) {
        return node != null && (node.id().equals(id) || standIns.values().stream().anyMatch(m -> id.equals(m.get(node.id()))));
    }

    Map<StandIn, Map<String, String>> standIns() {
        return standIns;
    }

    /**
     * The question asked before taking a yes at {@code node} that follows a turn not understood, or null: the re-ask
     * named the emergency number, so the yes may be meant for that (a child named at step 2 in words not understood).
     */
    public GuideNode yesAfterMiss(GuideNode node) {
        return node == null ? null : node(yesAfterMiss.get(node.id()));
    }

    /** The same for a no: step 2 asks about medication, and a driver whose dog is locked in truly says no. */
    public GuideNode noAfterMiss(GuideNode node) {
        return node == null ? null : node(noAfterMiss.get(node.id()));
    }

    /** True when {@code node} is a check asked before taking a yes or a no after words not understood. */
    public boolean isMissCheck(GuideNode node) {
        return node != null && (yesAfterMiss.containsValue(node.id()) || noAfterMiss.containsValue(node.id()));
    }

    Map<String, String> yesAfterMiss() {
        return yesAfterMiss;
    }

    Map<String, String> noAfterMiss() {
        return noAfterMiss;
    }

    public String locale() {
        return locale;
    }

    String skillName() {
        return skillName;
    }

    public GuideNode start() {
        return nodes.get(start);
    }

    /** Where a launch opens when the driver left during an emergency: whether everyone is safe now. */
    public GuideNode welcomeAfterEmergency() {
        return nodes.get(welcomeAfterEmergency);
    }

    /** The node with this id, or null when there is none. */
    public GuideNode node(String id) {
        return id == null ? null : nodes.get(id);
    }

    public boolean hasNode(String id) {
        return id != null && nodes.containsKey(id);
    }

    /** Numbered steps in order; step {@code n} is at index {@code n - 1}. */
    public List<GuideNode> steps() {
        return steps;
    }

    /** Step number {@code n}, or null when out of range. */
    public GuideNode step(int n) {
        return n >= 1 && n <= steps.size() ? steps.get(n - 1) : null;
    }

    public GuideNode detour(Detour detour) {
        return nodes.get(detours.get(detour));
    }

    /** A side question: one an intent asks for, or where a statement leads from one (help on the way at the emergency). */
    public boolean isDetour(GuideNode node) {
        return node != null && sideNodes.contains(node.id());
    }

    /** The detours, and the questions a statement leads to from one; an ending ("it opened" there) is no side question. */
    private static Set<String> sideNodes(Map<String, GuideNode> nodes, Map<Detour, String> detours,
                                         Map<Statement, Map<String, Reaction>> statements) {
        Set<String> side = new HashSet<>(detours.values());
        statements.values().forEach(at -> at.forEach((from, reaction) -> {
            GuideNode to = reaction.node() == null ? null : nodes.get(reaction.node());
            if (detours.containsValue(from) && to != null && to.hasQuestion() && !reaction.takesAnswer()) {
                side.add(reaction.node());
            }
        }));
        return Set.copyOf(side);
    }

    /** What {@code statement} means at {@code nodeId} (null: not started), or null when it means nothing there. */
    public Reaction reaction(Statement statement, String nodeId) {
        Map<String, Reaction> at = statements.get(statement);
        Reaction own = at.get(nodeId == null ? GuideShape.NOT_STARTED : nodeId);
        return own != null ? own : at.get(GuideShape.ANYWHERE);
    }

    Map<Statement, Map<String, Reaction>> statements() {
        return statements;
    }

    public String phrase(Phrase phrase) {
        return phrases.get(phrase);
    }

    public List<String> resources() {
        return resources;
    }

    public Iterable<GuideNode> nodes() {
        return nodes.values();
    }
}
