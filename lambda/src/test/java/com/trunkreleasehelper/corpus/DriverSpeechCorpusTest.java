package com.trunkreleasehelper.corpus;

import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.content.Guides;
import com.trunkreleasehelper.content.Phrase;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.IntentEnvelope;
import com.trunkreleasehelper.testing.ResponseChecks;
import com.trunkreleasehelper.testing.SkillDriver;
import com.trunkreleasehelper.testing.SpokenNumbers;
import com.trunkreleasehelper.testing.SpeechWords;
import com.trunkreleasehelper.testing.StrictUtterances;
import com.trunkreleasehelper.testing.StrictUtterances.Resolution;
import com.trunkreleasehelper.testing.StrictUtterances.Understood;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver-speech corpus through the Lambda entry point: for each case, a new driver walks from launch
 * to the case's place with plain yes/no and intents (or opens a new session for a one-shot), says the
 * case's words as the strict resolver hears them (intent, slots, entity resolution), and the response must
 * do what the case expects. Fails below 100%, listing every failed case; prints the coverage table per
 * topic and locale, and the words per spoken turn, after the run.
 */
class DriverSpeechCorpusTest {

    private static final Guides GUIDES = new Guides();

    /** How each place is reached from launch: the answers and intents a driver gives on the way there. */
    private static final Map<String, List<String>> WALKS = Map.ofEntries(
            entry("safe", List.of()),
            entry("urgent", List.of(ModelIntent.YES.intentName())),
            entry("key", List.of(ModelIntent.YES.intentName(), ModelIntent.NO.intentName())),
            entry("lockout", List.of(ModelIntent.YES.intentName(), ModelIntent.NO.intentName(), ModelIntent.NO.intentName())),
            entry("inside", List.of(ModelIntent.YES.intentName(), ModelIntent.NO.intentName(), ModelIntent.NO.intentName(), ModelIntent.NO.intentName())),
            entry("proHelp", List.of(ModelIntent.YES.intentName(), ModelIntent.YES.intentName())),
            entry("escalate", List.of(ModelIntent.YES.intentName(), ModelIntent.YES.intentName(), ModelIntent.YES.intentName())),
            entry("callHelp", List.of(ModelIntent.CALL_HELP.intentName())),
            entry("emergency", List.of(ModelIntent.EMERGENCY.intentName())),
            entry("emergencyWaiting", List.of(ModelIntent.EMERGENCY.intentName(), ModelIntent.YES.intentName())),
            entry("noPhone", List.of(ModelIntent.EMERGENCY.intentName(), ModelIntent.NO_PHONE.intentName())),
            entry("noSignal", List.of(ModelIntent.EMERGENCY.intentName(), ModelIntent.NO_SIGNAL.intentName())),
            entry("nobodyNear", List.of(ModelIntent.EMERGENCY.intentName(), ModelIntent.NO_PHONE.intentName(),
                    ModelIntent.NOBODY_NEAR.intentName())),
            entry("lockedInCheck", List.of(ModelIntent.YES.intentName(), ModelIntent.FALLBACK.intentName(), ModelIntent.YES.intentName())),
            entry("doNot", List.of(ModelIntent.WHAT_NOT_TO_DO.intentName())),
            entry("canWait", List.of(ModelIntent.WHAT_CAN_WAIT.intentName())),
            entry("forceIt", List.of(ModelIntent.FORCE_IT.intentName())),
            entry("battery", List.of(ModelIntent.BATTERY.intentName())),
            entry("keyComing", List.of(ModelIntent.KEY_COMING.intentName())),
            entry("howLong", List.of(ModelIntent.HOW_LONG.intentName())),
            entry("police", List.of(ModelIntent.POLICE.intentName())),
            entry("stranded", List.of(ModelIntent.STRANDED.intentName())),
            entry("calm", List.of(ModelIntent.PANIC.intentName())));
    private static final int QUOTED_WORDS = 12;

    private static final Map<String, List<CorpusReport.Outcome>> RESULTS = new ConcurrentHashMap<>();

    static List<String> locales() {
        return GUIDES.supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyCaseDoesWhatTheDriverNeeds(String locale) {
        Speaker speaker = new Speaker(locale, StrictUtterances.forLocale(locale), emergencyNumber(locale),
                GUIDES.forLocale(locale).phrase(Phrase.FALLBACK));
        List<CorpusReport.Outcome> outcomes = DriverSpeechCorpus.load(locale).cases().stream()
                .map(c -> run(speaker, c)).toList();
        RESULTS.put(locale, outcomes);

        assertThat(outcomes).as(() -> CorpusReport.failures(locale, outcomes)).allMatch(CorpusReport.Outcome::passed);
        List<Integer> words = outcomes.stream().map(CorpusReport.Outcome::words).filter(w -> w != null).toList();
        assertThat(ResponseChecks.median(words)).as(locale + ": median spoken words per turn").isLessThanOrEqualTo(30);
        assertThat(words).as(locale).allMatch(w -> w <= ResponseChecks.MAX_WORDS);
    }

    @AfterAll
    static void printCoverageAndBrevity() {
        Map<String, List<CorpusReport.Outcome>> ordered = new LinkedHashMap<>();
        locales().stream().filter(RESULTS::containsKey).forEach(l -> ordered.put(l, RESULTS.get(l)));
        System.out.println("Driver-speech corpus, passed/cases:\n" + CorpusReport.coverage(ordered)
                + "\nSpoken words per turn over the corpus:\n" + CorpusReport.brevity(ordered));
    }

    /** A locale as the cases need it: its model, its emergency number as said, its not-understood reply. */
    private record Speaker(String name, StrictUtterances model, Pattern emergency, String notUnderstood) {
    }

    private static CorpusReport.Outcome run(Speaker speaker, DriverSpeechCorpus.Case c) {
        Resolution heard = speaker.model().resolve(c.say());
        if (!(heard instanceof Understood understood)) {
            return new CorpusReport.Outcome(c, false, "not resolved: " + heard, null);
        }
        try {
            SkillDriver alexa = new SkillDriver(speaker.name());
            if (!DriverSpeechCorpus.NEW_SESSION.equals(c.at())) {
                AlexaResponse there = walk(alexa, c.at());
                if (!c.at().equals(there.node()) || there.sessionEnds()) {
                    return new CorpusReport.Outcome(c, false, "the walk to " + c.at() + " ended at " + there.node()
                            + ": " + quote(there), null);
                }
            }
            AlexaResponse response = alexa.send(IntentEnvelope.of(understood));
            Integer words = response.speech() == null ? null : ResponseChecks.words(response.speech());
            String problem = problem(c.expect(), response, speaker);
            return new CorpusReport.Outcome(c, problem == null, problem == null ? null
                    : understood.intent() + " " + slots(understood) + ": " + problem, words);
        } catch (AssertionError | RuntimeException e) {
            return new CorpusReport.Outcome(c, false, understood.intent() + ": " + e.getMessage(), null);
        }
    }

    private static AlexaResponse walk(SkillDriver alexa, String at) {
        List<String> intents = WALKS.get(at);
        if (intents == null) {
            throw new IllegalStateException("no walk reaches " + at + " (an ending cannot be a starting point)");
        }
        AlexaResponse last = alexa.launch();
        for (String intent : intents) {
            last = alexa.say(intent);
        }
        return last;
    }

    /** What is wrong with the response, or null when it does what the case expects. */
    private static String problem(DriverSpeechCorpus.Expect expect, AlexaResponse response, Speaker speaker) {
        StringJoiner wrong = new StringJoiner("; ");
        if (response.speech() != null && response.speech().startsWith(speaker.notUnderstood())) {
            wrong.add("answered as not understood");
        }
        if (expect.ends() && !response.sessionEnds()) {
            wrong.add("the session should end");
        }
        if (expect.node() != null && !expect.node().equals(response.node())) {
            wrong.add("expected " + expect.node() + ", got " + response.node());
        }
        if (expect.emergencyFirst() && (response.speech() == null
                || !speaker.emergency().matcher(response.speech().split("[.;]")[0]).find())) {
            wrong.add("the first sentence lacks the emergency number");
        }
        return wrong.length() == 0 ? null : wrong + ": " + quote(response);
    }

    /** The locale's emergency number as digits, or as a voice reads it digit by digit ("nine one one", "triple zero"). */
    static Pattern emergencyNumber(String locale) {
        String digits = GUIDES.forLocale(locale).emergencyNumber();
        SpokenNumbers numbers = SpeechWords.forLocale(locale).numbers();
        StringJoiner spoken = new StringJoiner(" ");
        digits.chars().forEach(d -> spoken.add(numbers.digitWord(d - '0')));
        String alternatives = Pattern.quote(digits) + "|" + Pattern.quote(spoken.toString());
        if (digits.chars().distinct().count() == 1 && digits.length() == 3) {
            alternatives += "|triple " + Pattern.quote(numbers.digitWord(digits.charAt(0) - '0'));
        }
        return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String slots(Understood understood) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        understood.slots().stream().filter(StrictUtterances.SlotValue::filled)
                .forEach(s -> out.add(s.name() + "=" + s.value() + (s.id() == null ? "" : "/" + s.id())));
        return out.toString();
    }

    private static String quote(AlexaResponse response) {
        if (response.speech() == null) {
            return "(silence)";
        }
        String[] words = response.speech().split("\\s+");
        return "\"" + String.join(" ", List.of(words).subList(0, Math.min(words.length, QUOTED_WORDS)))
                + (words.length > QUOTED_WORDS ? "..." : "") + "\"";
    }
}
