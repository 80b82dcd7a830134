package com.trunkreleasehelper.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a guide can be spoken without trapping anyone: steps numbered 1..n from the start, every
 * answer leads somewhere that exists, every node is reachable, and from every node an ending is reachable.
 */
final class GuideValidator {

    private final ContentFile file;

    GuideValidator(ContentFile file) {
        this.file = file;
    }

    void validate(Guide guide) {
        checkStart(guide);
        checkSteps(guide);
        checkDetours(guide);
        for (GuideNode node : guide.nodes()) {
            checkAnswers(guide, node);
        }
        checkStatements(guide);
        checkTopics(guide);
        guide.standIns().forEach((why, standIns) -> checkStandIns(guide, why.key(), standIns));
        checkAfterMiss(guide, guide.yesAfterMiss(), GuideShape.YES_AFTER_MISS);
        checkAfterMiss(guide, guide.noAfterMiss(), GuideShape.NO_AFTER_MISS);
        checkReachable(guide);
        checkNoDeadEnd(guide);
    }

    /** Every reaction names nodes that exist, and answers only where there is a question to answer. */
    private void checkStatements(Guide guide) {
        guide.statements().forEach((statement, at) -> at.forEach((where, reaction) -> {
            String place = GuideShape.STATEMENTS + "." + statement.name() + "." + where;
            GuideNode here = guide.node(where);
            if (here == null && !GuideShape.ANYWHERE.equals(where) && !GuideShape.NOT_STARTED.equals(where)) {
                throw fail(place + ": no node \"" + where + "\"");
            }
            GuideNode answering = reaction.answersHere() ? here : guide.node(reaction.node());
            if (answering == null || reaction.answer() != null && !answering.hasQuestion()) {
                throw fail(place + ": \"" + (reaction.node() == null ? where : reaction.node())
                        + "\" is not a node with a question to answer");
            }
        }));
    }

    /**
     * A stand-in ({@code name}: no roadside cover, no phone, a rescue item) replaces a node with another that asks a question where it
     * does and ends where it ends.
     */
    private void checkStandIns(Guide guide, String name, Map<String, String> standIns) {
        standIns.forEach((from, to) -> {
            GuideNode node = guide.node(from);
            GuideNode instead = guide.node(to);
            if (node == null || instead == null || node.hasQuestion() != instead.hasQuestion()) {
                throw fail(name + "." + from + ": both must be nodes, and \"" + to + "\" must ask a question where \""
                        + from + "\" does");
            }
        });
    }

    /** A yes or a no after a miss is checked with a question, and only where there is a question to answer. */
    private void checkAfterMiss(Guide guide, Map<String, String> checks, String name) {
        checks.forEach((from, to) -> {
            GuideNode node = guide.node(from);
            GuideNode check = guide.node(to);
            if (node == null || check == null || !node.hasQuestion() || !check.hasQuestion()) {
                throw fail(name + "." + from + ": both must be nodes with a question");
            }
        });
    }

    /** A topic asked by name is told by its step's "about". */
    private void checkTopics(Guide guide) {
        guide.topics().forEach((topic, step) -> {
            GuideNode node = guide.node(step);
            if (node == null || !node.isStep() || node.about() == null) {
                throw fail("topics." + topic + ": \"" + step + "\" is not a step with words \"about\" it");
            }
        });
    }

    private void checkStart(Guide guide) {
        GuideNode start = guide.start();
        if (start == null || !Integer.valueOf(1).equals(start.step())) {
            throw fail("\"start\" must name step 1");
        }
    }

    private void checkSteps(Guide guide) {
        List<GuideNode> steps = guide.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).step() != i + 1) {
                throw fail(describe(steps.get(i)) + ": steps must be numbered 1, 2, 3... in file order");
            }
        }
    }

    private void checkDetours(Guide guide) {
        for (Detour d : Detour.values()) {
            GuideNode node = guide.detour(d);
            if (node == null) {
                throw fail("detours." + d.key() + " names a node that does not exist");
            }
            if (node.isStep() || !node.hasQuestion()) {
                throw fail(describe(node) + ": a detour must be unnumbered and ask a question");
            }
        }
        List<GuideNode> emergencies = List.of(guide.detour(Detour.EMERGENCY), guide.detour(Detour.EMERGENCY_AGAIN));
        for (GuideNode node : emergencies) {
            if (!node.emergency()) {
                // What is kept for a later session, and the number on the screen, follow this mark.
                throw fail(describe(node) + ": the emergency answers must be marked \"emergency\"");
            }
        }
        GuideNode check = guide.welcomeAfterEmergency();
        if (check == null || !check.emergency() || !check.hasQuestion() || check.isStep()) {
            throw fail("\"welcomeAfterEmergency\" must name an unnumbered emergency node with a question");
        }
    }

    private void checkAnswers(Guide guide, GuideNode node) {
        if (node.hasQuestion() != (node.yes() != null && node.no() != null)) {
            throw fail(describe(node) + ": a node with a question needs both yes and no; an ending needs neither");
        }
        if (!node.hasQuestion()) {
            return;
        }
        for (Outcome o : List.of(node.yes(), node.no())) {
            // Back is where the driver was: only a side question, or the emergency's check at a launch, has such a place.
            if (o.goesBack() ? !guide.isDetour(node) && !node.emergency() : !guide.hasNode(o.to())) {
                throw fail(describe(node) + ": an answer leads to \"" + o.to() + "\", which does not exist here");
            }
        }
    }

    private void checkReachable(Guide guide) {
        Set<String> seen = new HashSet<>();
        Deque<GuideNode> todo = new ArrayDeque<>();
        todo.add(guide.start());
        todo.add(guide.welcomeAfterEmergency());
        for (Detour d : Detour.values()) {
            todo.add(guide.detour(d));
        }
        // A node a statement leads to ("I've called them" at step 6) is reached by saying it.
        guide.statements().values().forEach(at -> at.values().stream()
                .filter(r -> r.node() != null).forEach(r -> todo.add(guide.node(r.node()))));
        // A stand-in (no roadside cover, no phone, a rescue item) is reached where the node it replaces is.
        guide.standIns().values().forEach(standIns -> standIns.values().forEach(id -> todo.add(guide.node(id))));
        // The check before a yes or a no after a miss is reached where that answer is said.
        guide.yesAfterMiss().values().forEach(id -> todo.add(guide.node(id)));
        guide.noAfterMiss().values().forEach(id -> todo.add(guide.node(id)));
        while (!todo.isEmpty()) {
            GuideNode node = todo.pop();
            if (seen.add(node.id())) {
                successors(guide, node).forEach(todo::add);
            }
        }
        for (GuideNode node : guide.nodes()) {
            if (!seen.contains(node.id())) {
                throw fail(describe(node) + ": nothing leads here");
            }
        }
    }

    private void checkNoDeadEnd(Guide guide) {
        for (GuideNode node : guide.nodes()) {
            if (!reachesEnding(guide, node)) {
                throw fail(describe(node) + ": a dead end; no answer ever leads to an ending");
            }
        }
    }

    private boolean reachesEnding(Guide guide, GuideNode from) {
        Set<String> seen = new HashSet<>();
        Deque<GuideNode> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            GuideNode node = todo.pop();
            if (!node.hasQuestion()) {
                return true;
            }
            if (seen.add(node.id())) {
                successors(guide, node).forEach(todo::add);
            }
        }
        return false;
    }

    /** Where a driver can go from a node by answering or saying next ("back" returns to the start at worst). */
    private static List<GuideNode> successors(Guide guide, GuideNode node) {
        if (!node.hasQuestion()) {
            return List.of();
        }
        // Keyed by id: comparing whole records would link their generated equals and hashCode at every cold start.
        Map<String, GuideNode> next = new LinkedHashMap<>();
        for (Outcome o : List.of(node.yes(), node.no())) {
            GuideNode successor = o.goesBack() ? guide.start() : guide.node(o.to());
            next.putIfAbsent(successor.id(), successor);
        }
        GuideNode following = node.isStep() ? guide.step(node.step() + 1) : null;
        if (following != null) {
            next.putIfAbsent(following.id(), following);
        }
        return List.copyOf(next.values());
    }

    private static String describe(GuideNode node) {
        return "node \"" + node.id() + "\"" + (node.isStep() ? " (step " + node.step() + ")" : "");
    }

    private InvalidGuideException fail(String message) {
        return file.fail(message);
    }
}
