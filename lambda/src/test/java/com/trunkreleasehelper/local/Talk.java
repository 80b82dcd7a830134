package com.trunkreleasehelper.local;

import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.FunctionEnvironment;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.logging.SkillLog;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.IntentEnvelope;
import com.trunkreleasehelper.testing.SpeechWords;
import com.trunkreleasehelper.testing.StrictUtterances;
import com.trunkreleasehelper.testing.StrictUtterances.Ambiguous;
import com.trunkreleasehelper.testing.StrictUtterances.NotUnderstood;
import com.trunkreleasehelper.testing.StrictUtterances.Resolution;
import com.trunkreleasehelper.testing.StrictUtterances.SlotValue;
import com.trunkreleasehelper.testing.StrictUtterances.Understood;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scripts/talk}: a text conversation with the skill. Each line is resolved to an intent strictly
 * through the interaction model's samples (as Alexa would; {@code --lenient} accepts near misses), sent
 * as a real request envelope through the same handler class Lambda calls, and the spoken answer is
 * printed. A line no sample covers is not understood: its closest sample is shown, and the skill gets
 * AMAZON.FallbackIntent, as Alexa sends it for a model that declares it.
 */
public final class Talk {

    /** Where scripts/talk keeps progress between runs, unless --progress-file says otherwise. */
    static final Path PROGRESS_FILE = Path.of(System.getProperty("user.home"), ".trunk-release-helper", "progress.json");

    /** How lines become intents, and where progress is kept (null when not in a file). */
    record Options(boolean lenient, Path progressFile) {
        static final Options STRICT = new Options(false, null);
    }

    private final StrictUtterances strict;
    private final IntentMatcher lenient;
    private final Pattern launch;
    private final Pattern oneShot;
    private final TrunkReleaseHelperHandler handler;
    private final String locale;
    private final Options options;
    private final PrintStream out;
    private final String example;
    private LocalSession session;

    Talk(JsonNode model, String locale, TrunkReleaseHelperHandler handler, Options options, PrintStream out) {
        SpeechWords words = SpeechWords.forLocale(locale);
        String invocationName = model.path("interactionModel").path("languageModel").path("invocationName").asText();
        String invocation = Pattern.quote(invocationName);
        String launchWords = alternatives(words.launchWords());
        this.strict = new StrictUtterances(model, words.numbers());
        this.lenient = options.lenient() ? new IntentMatcher(model, words.numbers()) : null;
        this.launch = Pattern.compile("(?:alexa )?(?:" + launchWords + ") " + invocation + "|" + launchWords);
        this.oneShot = Pattern.compile("(?:alexa )?(?:" + alternatives(words.oneShotWords()) + ") " + invocation
                + " (?:(?:" + alternatives(words.oneShotConnectors()) + ") )?(.+)");
        this.handler = handler;
        this.locale = locale;
        this.options = options;
        this.out = out;
        this.example = words.launchWords().get(0) + " " + invocationName;
        this.session = new LocalSession(handler, locale);
    }

    public static void main(String[] args) throws IOException {
        String locale = "en-US";
        Path project = Path.of(".");
        boolean logs = false;
        boolean lenient = false;
        Path progress = PROGRESS_FILE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--locale" -> locale = args[++i];
                case "--project" -> project = Path.of(args[++i]);
                case "--logs" -> logs = true;
                case "--lenient" -> lenient = true;
                case "--progress-file" -> progress = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: scripts/talk [--locale en-US] [--lenient] [--logs] [--progress-file FILE]");
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
        Talk talk = new Talk(Envelopes.JSON.readTree(model.toFile()), locale, handler,
                new Options(lenient, progress.toAbsolutePath()), console);
        talk.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    private static String alternatives(List<String> words) {
        StringJoiner out = new StringJoiner("|");
        words.forEach(w -> out.add(Pattern.quote(w)));
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
        String text = StrictUtterances.normalize(line);
        if (launch.matcher(text).matches()) {
            out.println("      (LaunchRequest)");
            session = new LocalSession(handler, locale);
            send(Envelopes.launch(), true);
            return;
        }
        Matcher shot = oneShot.matcher(text);
        if (shot.matches()) {
            session = new LocalSession(handler, locale);
        }
        ObjectNode request = request(shot.matches() ? shot.group(1) : text);
        if (request != null) {
            send(request, false);
        }
    }

    /** The IntentRequest for what was said, or null (after saying why) when it is ambiguous (a fault in the model). */
    private ObjectNode request(String said) {
        if (lenient != null) {
            IntentMatcher.Match match = lenient.match(said);
            out.println("      (" + match.intent() + (match.slots().isEmpty() ? "" : " " + match.slots()) + ")");
            return Envelopes.intent(match.intent(), match.slots());
        }
        Resolution heard = strict.resolve(said);
        if (heard instanceof Understood understood) {
            out.println("      (" + understood.intent() + slots(understood) + ")");
            return IntentEnvelope.of(understood);
        }
        if (heard instanceof Ambiguous ambiguous) {
            StringJoiner intents = new StringJoiner(", ");
            ambiguous.matches().forEach(m -> intents.add(m.intent() + " (\"" + m.sample() + "\")"));
            out.println("      (ambiguous, nothing sent: " + intents + ")");
            return null;
        }
        out.println("      (not understood, so " + ModelIntent.FALLBACK.intentName() + "; the closest sample is \""
                + ((NotUnderstood) heard).closest() + "\")");
        return Envelopes.intent(ModelIntent.FALLBACK.intentName(), Map.of());
    }

    private static String slots(Understood understood) {
        StringJoiner out = new StringJoiner(", ", " {", "}").setEmptyValue("");
        for (SlotValue slot : understood.slots()) {
            if (slot.filled()) {
                out.add(slot.name() + "=" + slot.value() + (slot.id() == null ? "" : " (" + slot.id() + ")"));
            }
        }
        return out.toString();
    }

    private void send(ObjectNode request, boolean launching) {
        try {
            AlexaResponse response = new AlexaResponse(session.send(request));
            if (launching && options.progressFile() != null && offersToPickUp(response)) {
                out.println("      (picking up saved progress from " + options.progressFile() + ")");
            }
            print(response);
        } catch (RuntimeException e) {
            out.println("error: " + e.getMessage());
        }
    }

    /** A launch that offers to resume is on no step yet, waiting for the answer to "pick up there?". */
    private boolean offersToPickUp(AlexaResponse launched) {
        return session.isOpen() && launched.node() == null;
    }

    private void print(AlexaResponse response) {
        out.println("alexa> " + (response.speech() == null ? "(silence)" : response.speech()));
        if (response.cardTitle() != null) {
            out.println("      card: " + response.cardTitle());
        }
        if (!session.isOpen()) {
            out.println("      (session ended)");
        }
    }
}
