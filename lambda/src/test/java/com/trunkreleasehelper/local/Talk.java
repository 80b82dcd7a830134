package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.Ssml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/talk}: a text conversation with the skill. Each line is resolved to an intent through the
 * interaction model's samples, sent as a real request envelope through the same handler class Lambda
 * calls, and the spoken answer is printed.
 */
public final class Talk {

    /** Where scripts/talk keeps progress between runs, unless --progress-file says otherwise. */
    static final Path PROGRESS_FILE = Path.of(System.getProperty("user.home"), ".trunk-release-helper", "progress.json");

    private final IntentMatcher matcher;
    private final Pattern launch;
    private final Pattern oneShot;
    private final LocalSession session;
    private final PrintStream out;
    private final String example;

    /**
     * @param phrases what people say around intents in this locale: {@code launchWords} ("open"),
     *                {@code oneShotWords} ("ask"), {@code oneShotConnectors} ("to"), {@code numberWords}
     *                ("one", "two"...), and {@code intents}: phrasings of the built-in intents
     */
    Talk(JsonNode model, JsonNode phrases, String locale, TrunkReleaseHelperHandler handler, PrintStream out) {
        String invocation = Pattern.quote(model.path("interactionModel").path("languageModel")
                .path("invocationName").asText());
        String launchWords = alternatives(phrases.path("launchWords"));
        this.matcher = new IntentMatcher(model, phrases.path("intents"), phrases.path("numberWords"));
        this.launch = Pattern.compile("(?:alexa )?(?:" + launchWords + ") " + invocation + "|" + launchWords);
        this.oneShot = Pattern.compile("(?:alexa )?(?:" + alternatives(phrases.path("oneShotWords")) + ") "
                + invocation + " (?:(?:" + alternatives(phrases.path("oneShotConnectors")) + ") )?(.+)");
        this.session = new LocalSession(handler, locale);
        this.out = out;
        this.example = phrases.path("launchWords").path(0).asText() + " "
                + model.path("interactionModel").path("languageModel").path("invocationName").asText();
    }

    public static void main(String[] args) throws IOException {
        String locale = "en-US";
        Path project = Path.of(".");
        boolean logs = false;
        Path progress = PROGRESS_FILE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--locale" -> locale = args[++i];
                case "--project" -> project = Path.of(args[++i]);
                case "--logs" -> logs = true;
                case "--progress-file" -> progress = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: scripts/talk [--locale en-US] [--logs] [--progress-file FILE]");
                    System.exit(2);
                }
            }
        }
        PrintStream console = System.out;
        // On Lambda the function logs to standard output; here its lines go to stderr, or nowhere.
        SkillLog log = logs ? new SkillLog(System.err::println) : new SkillLog(line -> { });
        Path model = project.resolve("interaction-model").resolve(locale + ".json");
        if (!Files.isRegularFile(model)) {
            System.err.println("talk: no interaction model for " + locale + " at " + model);
            System.exit(2);
        }
        // The same handler class Lambda runs, with progress kept in a file so a second run can resume.
        TrunkReleaseHelperHandler handler = TrunkReleaseHelperHandler.forEnvironment(Map.of(
                FunctionEnvironment.PROGRESS_FILE, progress.toString()), log);
        Talk talk = new Talk(Envelopes.JSON.readTree(model.toFile()), phrases(locale), locale, handler, console);
        talk.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    /** The locale's talk phrases; English locales share en-US's. */
    static JsonNode phrases(String locale) {
        String name = "talk/phrases." + locale + ".json";
        return Talk.class.getClassLoader().getResource(name) != null
                ? Envelopes.resource(name) : Envelopes.resource("talk/phrases.en-US.json");
    }

    private static String alternatives(JsonNode words) {
        StringJoiner out = new StringJoiner("|");
        words.forEach(w -> out.add(Pattern.quote(w.asText())));
        return out.toString();
    }

    void run(BufferedReader in) {
        boolean interactive = System.console() != null;
        out.println("Talking to the skill. Type what you would say to Alexa, starting with \"" + example
                + "\"; an empty line or Ctrl-D ends.");
        try {
            for (String line = prompt(in, interactive); line != null && !line.isBlank(); line = prompt(in, interactive)) {
                if (!interactive) {
                    out.println("you> " + line);
                }
                turn(line.trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String prompt(BufferedReader in, boolean interactive) throws IOException {
        if (interactive) {
            out.print("you> ");
            out.flush();
        }
        return in.readLine();
    }

    void turn(String line) {
        String text = IntentMatcher.normalize(line);
        ObjectNode request;
        if (launch.matcher(text).matches()) {
            out.println("      (LaunchRequest)");
            request = Envelopes.launch();
        } else {
            Matcher shot = oneShot.matcher(text);
            IntentMatcher.Match match = matcher.match(shot.matches() ? shot.group(1) : text);
            out.println("      (" + match.intent() + (match.slots().isEmpty() ? "" : " " + match.slots()) + ")");
            request = Envelopes.intent(match.intent(), match.slots());
        }
        try {
            print(session.send(request));
        } catch (RuntimeException e) {
            out.println("error: " + e.getMessage());
        }
    }

    private void print(JsonNode response) {
        JsonNode body = response.path("response");
        String ssml = body.path("outputSpeech").path("ssml").asText(null);
        out.println("alexa> " + (ssml == null ? "(silence)" : Ssml.text(ssml)));
        if (body.has("card")) {
            out.println("      card: " + body.path("card").path("title").asText());
        }
        if (!session.isOpen()) {
            out.println("      (session ended)");
        }
    }
}
