package com.trunkreleasehelper.content;

import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.alexa.ModelIntent;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.Handlers;
import com.trunkreleasehelper.testing.IntentEnvelope;
import com.trunkreleasehelper.testing.StrictUtterances;
import com.trunkreleasehelper.testing.SkillDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every locale speaks the whole guide in its own words and numbers, and none leaks another's. */
class LocalesTest {

    /** What a driver with no phone and nobody near is told to do, in every locale. */
    private static final String NOBODY_NEAR = "wave down a (passing )?car|pare un carro";
    private static final Guides GUIDES = new Guides();

    /** The emergency number as each locale may say it: digits, or words a voice reads unambiguously. */
    private static final Map<String, String> EMERGENCY = Map.of(
            "en-US", "911|nine one one",
            "en-CA", "911|nine one one",
            "en-GB", "999|nine nine nine",
            "en-AU", "000|triple zero",
            "en-IN", "112|one one two",
            "es-US", "911|nueve uno uno");

    /** Numbers and words that must never appear in a locale's speech or cards. */
    private static final Map<String, String> FORBIDDEN = Map.of(
            "en-US", "\\bboot\\b|\\b999\\b|triple zero|\\bCAA\\b",
            "en-CA", "\\bboot\\b|\\b999\\b|triple zero|\\bAAA\\b",
            "en-GB", "trunk|\\b911\\b|nine one one|triple zero|\\bAAA\\b|\\bCAA\\b|center",
            "en-AU", "trunk|\\b911\\b|nine one one|\\b999\\b|\\bAAA\\b|\\bCAA\\b|center",
            "en-IN", "trunk|\\b911\\b|nine one one|\\b999\\b|triple zero|\\bAAA\\b|\\bCAA\\b|center",
            "es-US", "\\b(the|and|you|your|call|step|trunk|boot|help|please|safe|now|if|don't|can't)\\b|\\b999\\b");

    /** How a driver with no phone is told to get the call made. */
    private static final String NEARBY = "nearby|cercan";
    /** The quickest ways to a rescue item: the key blade in the fob, in each locale's words. */
    private static final String QUICKEST_WAYS = "key blade|llave metálica";

    /** Roadside clubs and insurers, never named to a driver who has no roadside cover. */
    private static final String CLUBS = "AAA|triple A|CAA|the AA|NRMA|insurer|aseguradora";

    /** The side questions a driver can ask from anywhere, by the intents that ask them. */
    private static final List<ModelIntent> SIDE_QUESTIONS = List.of(ModelIntent.CALL_HELP, ModelIntent.WHAT_NOT_TO_DO,
            ModelIntent.WHAT_CAN_WAIT, ModelIntent.FORCE_IT, ModelIntent.BATTERY, ModelIntent.KEY_COMING, ModelIntent.HOW_LONG,
            ModelIntent.POLICE, ModelIntent.PANIC, ModelIntent.STRANDED, ModelIntent.EMERGENCY);

    static List<String> locales() {
        return GUIDES.supportedLocales();
    }

    @Test
    void everySupportedLocaleIsCovered() {
        assertThat(EMERGENCY.keySet()).containsExactlyInAnyOrderElementsOf(locales());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void walksTheWholeGuideFromSafetyToTheEnd(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        List<String> nodes = new ArrayList<>();
        nodes.add(alexa.launch().node());
        for (String answer : List.of(ModelIntent.YES.intentName(), ModelIntent.NO.intentName(), ModelIntent.NO.intentName(), ModelIntent.NO.intentName(),
                ModelIntent.NO.intentName(), ModelIntent.YES.intentName(), ModelIntent.YES.intentName())) {
            nodes.add(alexa.say(answer).node());
        }
        assertThat(nodes).containsExactly("safe", "urgent", "key", "lockout", "inside", "proHelp", "escalate", "closing");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theEmergencyAnswersFirstSentenceHasTheLocalesNumber(String locale) {
        AlexaResponse emergency = new SkillDriver(locale).say(ModelIntent.EMERGENCY.intentName());

        String first = emergency.speech().split("[.;]")[0];
        assertThat(first).containsPattern(emergencyNumber(locale));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyReAskInARowGivesTheLocalesNumberAndNoTwoAreTheSame(String locale) {
        SkillDriver inTheSteps = new SkillDriver(locale);
        inTheSteps.launch();
        List<String> reAsks = new ArrayList<>();
        for (int miss = 0; miss < 4; miss++) {
            reAsks.add(inTheSteps.say(ModelIntent.FALLBACK).speech());
        }

        assertThat(reAsks).allSatisfy(said -> assertThat(said).containsPattern(emergencyNumber(locale)));
        for (int i = 1; i < reAsks.size(); i++) {
            assertThat(reAsks.get(i)).isNotEqualTo(reAsks.get(i - 1));
        }
        assertThat(new SkillDriver(locale).say(ModelIntent.FALLBACK).speech()).containsPattern(emergencyNumber(locale));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aYesAtStepTwoRightAfterWordsNotUnderstoodFirstAsksWhetherAPersonOrAnimalIsLockedIn(String locale) {
        Map<ModelIntent, String> after = Map.of(ModelIntent.YES, "emergency", ModelIntent.NO, "proHelp",
                ModelIntent.NOTHING_URGENT, "key", ModelIntent.STILL_INSIDE, "emergency");
        after.forEach((answer, node) -> {
            SkillDriver alexa = new SkillDriver(locale);
            alexa.launchAndSay(ModelIntent.YES, ModelIntent.FALLBACK);

            AlexaResponse check = alexa.say(ModelIntent.YES);
            assertThat(check.node()).isEqualTo("lockedInCheck");
            assertThat(check.sessionEnds()).isFalse();
            assertThat(alexa.say(answer).node()).as(locale + " " + answer).isEqualTo(node);
        });
        for (ModelIntent nothingAnswered : List.of(ModelIntent.REPEAT, ModelIntent.HELP, ModelIntent.START_GUIDE)) {
            SkillDriver what = new SkillDriver(locale);
            what.launchAndSay(ModelIntent.YES, ModelIntent.FALLBACK, nothingAnswered);
            assertThat(what.say(ModelIntent.YES).node()).as("a miss, then " + nothingAnswered + ", then yes").isEqualTo("lockedInCheck");
        }
        SkillDriver understood = new SkillDriver(locale);
        understood.launchAndSay(ModelIntent.YES);
        assertThat(understood.say(ModelIntent.YES).node()).isEqualTo("proHelp");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void reassuranceInWordsAlexaMatchedToNoValueIsNotUnderstoodButReAskedWithTheNumber(String locale) {
        SkillDriver insulin = atStepTwo(Handlers.inMemory(), locale);

        AlexaResponse notNothing = insulin.send(IntentEnvelope.unmatched(ModelIntent.NOTHING_URGENT.intentName(), "item",
                "EVERYDAY_ITEM", locale.startsWith("es") ? "mi insulina" : "insulin"));

        assertThat(notNothing.node()).as("no, it's just my insulin: never step 3").isEqualTo("urgent");
        assertThat(notNothing.speech()).containsPattern(emergencyNumber(locale));
        SkillDriver lane = new SkillDriver(locale);
        lane.launch();
        AlexaResponse notSafe = lane.send(IntentEnvelope.unmatched(ModelIntent.SAFE_PLACE.intentName(), "place",
                "SAFE_PLACE", locale.startsWith("es") ? "carril de en medio" : "middle lane"));
        assertThat(notSafe.node()).as("I'm in the middle lane: never stopped safely").isEqualTo("safe");
        assertThat(notSafe.speech()).containsPattern(emergencyNumber(locale));
        SkillDriver groceries = atStepTwo(Handlers.inMemory(), locale);
        assertThat(sayResolved(groceries, locale, "no it's just my groceries", "no solo el mandado").node()).isEqualTo("key");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void wordsNotUnderstoodAtStepOneAreCheckedWhenStepTwoIsAnsweredUnlessAskedAboutSince(String locale) {
        SkillDriver missedAtStepOne = new SkillDriver(locale);
        missedAtStepOne.launchAndSay(ModelIntent.FALLBACK, ModelIntent.YES);
        assertThat(missedAtStepOne.say(ModelIntent.YES).node()).as("a miss at step 1, yes, yes").isEqualTo("lockedInCheck");

        SkillDriver itsUrgent = new SkillDriver(locale);
        itsUrgent.launchAndSay(ModelIntent.FALLBACK, ModelIntent.YES);
        assertThat(itsUrgent.say(ModelIntent.URGENT_ITEM).node()).as("a miss, yes, \"it's urgent\"").isEqualTo("lockedInCheck");
        assertThat(itsUrgent.say(ModelIntent.NO).node()).isEqualTo("proHelp");

        SkillDriver saidNo = new SkillDriver(locale);
        saidNo.launchAndSay(ModelIntent.FALLBACK, ModelIntent.YES);
        AlexaResponse check = saidNo.say(ModelIntent.NO);
        assertThat(check.node()).as("a miss, yes, no: a dog is not medication").isEqualTo("lockedInCheckThenKey");
        assertThat(check.speech()).isEqualTo(GUIDES.forLocale(locale).node("lockedInCheck").say() + " " + check.reprompt());
        assertThat(saidNo.say(ModelIntent.YES).node()).isEqualTo("emergency");

        SkillDriver answeredSince = new SkillDriver(locale);
        answeredSince.launchAndSay(ModelIntent.FALLBACK, ModelIntent.YES, ModelIntent.NO);
        AlexaResponse stepThree = answeredSince.say(ModelIntent.NO);
        assertThat(stepThree.node()).isEqualTo("key");
        assertThat(stepThree.speech()).as("not sure: the number").containsPattern(emergencyNumber(locale));
        assertThat(answeredSince.say(ModelIntent.GO_TO_STEP, "2").node()).isEqualTo("urgent");
        assertThat(answeredSince.say(ModelIntent.YES).node()).as("the check answered, then step 2 again").isEqualTo("proHelp");

        SkillDriver emergency = new SkillDriver(locale);
        emergency.launchAndSay(ModelIntent.FALLBACK, ModelIntent.EMERGENCY, ModelIntent.YES, ModelIntent.YES);
        assertThat(emergency.say(ModelIntent.GO_TO_STEP, "2").node()).isEqualTo("urgent");
        assertThat(emergency.say(ModelIntent.YES).node()).as("the emergency answered, then step 2").isEqualTo("proHelp");

        SkillDriver stranded = new SkillDriver(locale);
        stranded.launchAndSay(ModelIntent.FALLBACK, ModelIntent.STRANDED);
        assertThat(stranded.say(ModelIntent.YES).node()).as("a miss, a car that can't move, yes").isEqualTo("lockedInCheck");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void roadsideHelpAfterWordsNotUnderstoodAnywhereBeforeItIsCheckedFirst(String locale) {
        SkillDriver atStepFour = new SkillDriver(locale);
        atStepFour.launchAndSay(ModelIntent.YES, ModelIntent.NO, ModelIntent.NO, ModelIntent.FALLBACK, ModelIntent.NO);
        assertThat(atStepFour.say(ModelIntent.NO).node()).as("a miss at step 4, then no, no").isEqualTo("lockedInCheck");
        assertThat(atStepFour.say(ModelIntent.NO).node()).isEqualTo("proHelp");

        SkillDriver itemAtStepOne = new SkillDriver(locale);
        itemAtStepOne.launchAndSay(ModelIntent.FALLBACK);
        sayResolved(itemAtStepOne, locale, "my insulin is in the " + boot(locale), "mi insulina está en la cajuela");
        assertThat(itemAtStepOne.say(ModelIntent.YES).node()).as("a miss, an item at step 1, yes").isEqualTo("lockedInCheck");

        SkillDriver itsUrgent = new SkillDriver(locale);
        itsUrgent.launchAndSay(ModelIntent.FALLBACK, ModelIntent.YES, ModelIntent.YES);
        assertThat(itsUrgent.say(ModelIntent.URGENT_ITEM).node()).as("\"it's urgent\" at the check").isEqualTo("emergency");

        SkillDriver next = new SkillDriver(locale);
        next.launchAndSay(ModelIntent.YES, ModelIntent.FALLBACK);
        assertThat(next.say(ModelIntent.NEXT).node()).as("a miss, then next at step 2").isEqualTo("lockedInCheckThenKey");
        SkillDriver goOn = new SkillDriver(locale);
        goOn.launchAndSay(ModelIntent.FALLBACK, ModelIntent.STRANDED);
        assertThat(goOn.say(ModelIntent.NEXT).node()).as("a miss, a car that can't move, next").isEqualTo("lockedInCheck");

        SkillDriver stepSix = new SkillDriver(locale);
        stepSix.launchAndSay(ModelIntent.YES, ModelIntent.FALLBACK);
        assertThat(stepSix.say(ModelIntent.GO_TO_STEP, "6").node()).as("a miss, then step six").isEqualTo("lockedInCheck");
        SkillDriver groceries = new SkillDriver(locale);
        groceries.launchAndSay(ModelIntent.YES, ModelIntent.FALLBACK);
        assertThat(groceries.say(ModelIntent.NOTHING_URGENT).node()).as("a miss, then just groceries").isEqualTo("lockedInCheckThenKey");
        assertThat(groceries.say(ModelIntent.NO).node()).isEqualTo("key");

        SkillDriver nothingMissed = new SkillDriver(locale);
        nothingMissed.launchAndSay(ModelIntent.YES, ModelIntent.NO, ModelIntent.NO, ModelIntent.NO);
        assertThat(nothingMissed.say(ModelIntent.NO).node()).as("nothing missed: the guide's way").isEqualTo("proHelp");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void whatToDoWhatNumberHelpOrBreakingInAtTheEmergencyAnswerSayItAgain(String locale) {
        for (ModelIntent asked : List.of(ModelIntent.START_GUIDE, ModelIntent.CALL_HELP, ModelIntent.HELP, ModelIntent.FORCE_IT)) {
            for (boolean oneShot : new boolean[]{true, false}) {
                SkillDriver alexa = new SkillDriver(locale);
                if (!oneShot) {
                    alexa.launch();
                }
                AlexaResponse emergency = alexa.say(ModelIntent.EMERGENCY);

                AlexaResponse again = alexa.say(asked);
                assertThat(again.node()).as(locale + " " + asked).isEqualTo(emergency.node());
                assertThat(again.speech().split("[.;]")[0]).as(locale + " " + asked).containsPattern(emergencyNumber(locale));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theEmergencyAnswerAsksWhetherTheyCalledYesIsWhatToDoWhileHelpComesNoIsCallNowWithThePlaceKept(String locale) {
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver alexa = new SkillDriver(handler, locale);
        alexa.launchAndSay(ModelIntent.YES, ModelIntent.NO);
        AlexaResponse emergency = alexa.say(ModelIntent.EMERGENCY);

        assertThat(emergency.reprompt()).as("asks whether they called").containsPattern(emergencyNumber(locale));
        assertThat(alexa.say(ModelIntent.YES).node()).as("called: what to do while help comes").isEqualTo("emergencyWaiting");
        AlexaResponse safe = alexa.say(ModelIntent.EVERYONE_SAFE);
        assertThat(safe.node()).as("everyone's safe: back to the step").isEqualTo("key");

        alexa.say(ModelIntent.EMERGENCY);
        AlexaResponse notYet = alexa.say(ModelIntent.NO);
        assertThat(notYet.sessionEnds()).isTrue();
        assertThat(notYet.speech().split("[.;]")[1]).as("not yet called: the number, then the session ends").containsPattern(emergencyNumber(locale));
        SkillDriver later = new SkillDriver(handler, locale);
        assertThat(later.launch().node()).as("the question left: have you called?").isEqualTo("emergency");
        AlexaResponse calledNow = later.say(ModelIntent.HELP_COMING);
        assertThat(calledNow.node()).as("called now: what to do while help comes").isEqualTo("emergencyWaiting");
        assertThat(calledNow.reprompt()).isEqualTo(GUIDES.forLocale(locale).welcomeAfterEmergency().ask());
        assertThat(later.say(ModelIntent.YES).speech()).as("the place is kept").containsPattern("(Step|Paso) 3");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aYesMeantForHaveYouCalledAfterReopeningIsTheCallMadeNeverTheDangerOver(String locale) {
        TrunkReleaseHelperHandler handler = leftAtHaveYouCalled(locale);
        SkillDriver reopened = new SkillDriver(handler, locale);
        AlexaResponse asked = reopened.launch();
        assertThat(asked.node()).as("the question left, again").isEqualTo("emergency");
        assertThat(asked.reprompt()).containsPattern(emergencyNumber(locale));
        AlexaResponse called = sayResolved(reopened, locale, "yeah I did", "sí ya");
        assertThat(called.node()).as("called, the emergency still on").isEqualTo("emergencyWaiting");
        assertThat(called.reprompt()).containsPattern("danger|peligro");
        reopened.say(ModelIntent.STOP);
        assertThat(new SkillDriver(handler, locale).launch().node()).as("called: now whether the danger is over")
                .isEqualTo("emergencyCheck");

        SkillDriver afterAReAsk = new SkillDriver(leftAtHaveYouCalled(locale), locale);
        afterAReAsk.launchAndSay(ModelIntent.FALLBACK);
        assertThat(afterAReAsk.say(ModelIntent.YES).node()).as("\"yes\" after a re-ask").isEqualTo("emergencyWaiting");

        SkillDriver yesIHave = new SkillDriver(leftAtHaveYouCalled(locale), locale);
        yesIHave.launch();
        AlexaResponse theCall = sayResolved(yesIHave, locale, "yes i have", "sí ya lo hice");
        assertThat(theCall.node()).as("the call made, the emergency kept").isEqualTo("emergencyWaiting");
        assertThat(theCall.reprompt()).isEqualTo(GUIDES.forLocale(locale).welcomeAfterEmergency().ask());
    }

    /** A driver who named an emergency at step 2 and left at "Have you called 911?" without answering. */
    private static TrunkReleaseHelperHandler leftAtHaveYouCalled(String locale) {
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver left = atStepTwo(handler, locale);
        sayResolved(left, locale, "my daughter is having an allergic reaction", "mi hija tiene una reacción alérgica");
        assertThat(left.say(ModelIntent.STOP).sessionEnds()).isTrue();
        return handler;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void anEpiPenLockedInDuringAReactionIsTheQuickestWaysToItWhileHelpComesWhenAskedHowToOpenItAndInTheCallNowEnding(String locale) {
        GuideNode quickest = GUIDES.forLocale(locale).node("rescueWaiting");
        String quickestWays = quickest.say() + " " + quickest.ask();
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver alexa = atStepTwo(handler, locale);
        assertThat(sayResolved(alexa, locale, "my son is having a reaction and his epipen is in the " + boot(locale),
                "mi hijo tiene una reacción alérgica y su epipen está en la cajuela").node()).isEqualTo("emergency");

        AlexaResponse called = alexa.say(ModelIntent.YES);

        assertThat(called.speech()).as("not only the handle for a person inside").isEqualTo(quickestWays);
        assertThat(alexa.say(ModelIntent.START_GUIDE).speech()).as("how do I get it open").isEqualTo(quickestWays);
        AlexaResponse stillInDanger = alexa.say(ModelIntent.STILL_INSIDE);
        assertThat(stillInDanger.node()).as("still in danger: the call-now ending, with the quickest ways").isEqualTo("rescueEnd");
        assertThat(stillInDanger.sessionEnds()).isTrue();
        assertThat(stillInDanger.speech().split("[.;]")[1]).containsPattern(emergencyNumber(locale));
        assertThat(stillInDanger.speech()).contains(GUIDES.forLocale(locale).node("rescueEnd").say());
        SkillDriver reopened = new SkillDriver(handler, locale);
        assertThat(reopened.launch().node()).as("called: whether the danger is over").isEqualTo("emergencyCheck");
        assertThat(reopened.say(ModelIntent.HELP_COMING).speech()).isEqualTo(quickestWays);

        SkillDriver nothingNamed = atStepTwo(Handlers.inMemory(), locale);
        sayResolved(nothingNamed, locale, "my son is having an allergic reaction", "mi hijo tiene una reacción alérgica");
        assertThat(nothingNamed.say(ModelIntent.YES).node()).as("nothing named inside").isEqualTo("emergencyWaiting");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void callHelpWhileHelpComesIsTheNumberThenWhetherTheDangerIsOver(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        SkillDriver alexa = atStepTwo(Handlers.inMemory(), locale);
        alexa.say(ModelIntent.EMERGENCY);
        AlexaResponse waiting = alexa.say(ModelIntent.YES);
        assertThat(waiting.speech()).doesNotContainPattern(emergencyNumber(locale));

        AlexaResponse callHelp = alexa.say(ModelIntent.CALL_HELP);

        assertThat(callHelp.speech()).isEqualTo(guide.phrase(Phrase.IN_DANGER) + " " + waiting.reprompt());
        assertThat(callHelp.node()).isEqualTo("emergencyWaiting");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aChildStillHavingAReactionAfterTheCallIsNotYetOutOfDangerSoTheEmergencyStaysOnUntilTheDangerIsOver(String locale) {
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver alexa = atStepTwo(handler, locale);
        sayResolved(alexa, locale, "my son is having an allergic reaction", "mi hijo tiene una reacción alérgica");
        AlexaResponse waiting = alexa.say(ModelIntent.YES);
        assertThat(waiting.node()).as("called").isEqualTo("emergencyWaiting");
        assertThat(waiting.reprompt()).as("asks whether the danger is over, not only whether everyone is out")
                .containsPattern("danger|peligro");

        AlexaResponse stillReacting = sayResolved(alexa, locale, "not yet", "todavía no");

        assertThat(stillReacting.node()).as("nobody trapped, but the danger not over: never back to the steps").isEqualTo("emergencyEnd");
        assertThat(stillReacting.sessionEnds()).isTrue();
        assertThat(stillReacting.speech()).containsPattern(emergencyNumber(locale));
        SkillDriver later = new SkillDriver(handler, locale);
        assertThat(later.launch().node()).isEqualTo(GUIDES.forLocale(locale).welcomeAfterEmergency().id());
        assertThat(sayResolved(later, locale, "yes he's still in there", "sí sigue adentro").node())
                .as("called already: what to do while help comes").isEqualTo("emergencyWaiting");
        assertThat(sayResolved(later, locale, "no everyone is fine", "no ya están todos bien").node())
                .as("nobody in danger now: back to the step").isEqualTo("urgent");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aRescueItemNamedEarlierLeadsTheNextLaunchInPlaceOfTheGreetingWithinFiftyWords(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver first = new SkillDriver(handler, locale);
        first.launch();
        sayResolved(first, locale, "my epipen is in the " + boot(locale), "mi epipen está en la cajuela");
        first.say(ModelIntent.STOP);

        String again = new SkillDriver(handler, locale).launch().speech();

        assertThat(again).startsWith(guide.phrase(Phrase.RESCUE_ITEM)).doesNotContain(guide.phrase(Phrase.WELCOME));
        assertThat(words(again)).isLessThanOrEqualTo(50);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void helpOnTheWayAtTheEmergencyAnswerSaysWhatToDoWhileItComesAndWhatToDoThereSaysItAgain(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.YES);
        AlexaResponse emergency = alexa.say(ModelIntent.EMERGENCY);

        AlexaResponse waiting = alexa.say(ModelIntent.HELP_COMING);

        assertThat(waiting.node()).isEqualTo("emergencyWaiting");
        assertThat(waiting.speech()).isEqualTo(guide.node("emergencyWaiting").say() + " " + guide.node("emergencyWaiting").ask());
        for (ModelIntent asked : List.of(ModelIntent.START_GUIDE, ModelIntent.HELP, ModelIntent.FORCE_IT)) {
            assertThat(alexa.say(asked).speech()).as(locale + " " + asked).isEqualTo(waiting.speech());
        }
        assertThat(alexa.say(ModelIntent.HELP_COMING).speech()).as("asked again while waiting").isEqualTo(waiting.speech());
        AlexaResponse worse = alexa.say(ModelIntent.EMERGENCY);
        assertThat(worse.speech()).as("getting worse after the call").isEqualTo(guide.node("worse").say() + " " + guide.node("worse").ask());
        assertThat(worse.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale));
        assertThat(alexa.say(ModelIntent.START_GUIDE).speech()).as("what do I do, then").isEqualTo(worse.speech());
        alexa.say(ModelIntent.HELP_COMING);
        assertThat(waiting.reprompt()).as("a yes means the danger is over, never only \"okay\"").isEqualTo(guide.welcomeAfterEmergency().ask());
        assertThat(alexa.say(ModelIntent.YES).node()).as("everyone safe: back to the steps").isEqualTo("urgent");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void helpCalledBeforeStepSixIsRememberedThere(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.YES, ModelIntent.HELP_COMING);

        AlexaResponse urgent = alexa.say(ModelIntent.URGENT_ITEM, "insulin");

        assertThat(urgent.node()).isEqualTo("whileWaiting");
        assertThat(urgent.speech()).contains(guide.node("whileWaiting").say()).doesNotContain(guide.step(6).say());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void helpOnTheWayAsTheFirstWordsOfASessionIsTheEmergencyCallUnlessRoadsideHelpIsNamed(String locale) {
        AlexaResponse called = new SkillDriver(locale).say(ModelIntent.HELP_COMING);
        SkillDriver reopened = new SkillDriver(locale);
        reopened.launch();
        assertThat(reopened.say(ModelIntent.HELP_COMING).node()).as("opened again, at step 1").isEqualTo("emergencyWaiting");
        SkillDriver waiting = new SkillDriver(locale);
        AlexaResponse roadside = sayLocksmithCalled(waiting, locale);

        assertThat(called.node()).as("a session dropped during the emergency call, opened again").isEqualTo("emergencyWaiting");
        assertThat(roadside.node()).isEqualTo("whileWaiting");
        assertThat(waiting.say(ModelIntent.NO).speech()).as("no place to keep").isEqualTo(GUIDES.forLocale(locale).phrase(Phrase.GOODBYE));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void roadsideHelpOrALocksmithOnTheWayAtTheEmergencyAnswerIsNotTheEmergencyCall(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launch();
        AlexaResponse emergency = alexa.say(ModelIntent.EMERGENCY);

        AlexaResponse called = sayLocksmithCalled(alexa, locale);

        assertThat(called.node()).isEqualTo("emergency");
        assertThat(called.speech()).isEqualTo(emergency.speech());
    }

    /** "I called the locksmith", as the locale's model resolves it: help on the way with the helper named. */
    private static AlexaResponse sayLocksmithCalled(SkillDriver alexa, String locale) {
        return sayResolved(alexa, locale, "i called the locksmith", "ya llamé al cerrajero");
    }

    /** The English or the Spanish words, as the locale's model resolves them, sent as Alexa would. */
    private static AlexaResponse sayResolved(SkillDriver alexa, String locale, String english, String spanish) {
        String words = locale.startsWith("es") ? spanish : english;
        return alexa.send(IntentEnvelope.of((StrictUtterances.Understood) StrictUtterances.forLocale(locale).resolve(words)));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void anAmbulanceCalledAtAStepIsWhatToDoWhileItComesThenBackToThatStepNeverTheStepsAsIfNothingHappened(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launch();
        sayResolved(alexa, locale, "step three", "paso tres");

        AlexaResponse called = sayResolved(alexa, locale, "i called an ambulance", "ya llamé a la ambulancia");

        assertThat(called.node()).isEqualTo("emergencyWaiting");
        assertThat(called.speech()).startsWith(guide.node("emergencyWaiting").say());
        assertThat(alexa.say(ModelIntent.EVERYONE_SAFE).speech()).as("everyone out: back to the step")
                .startsWith(guide.node("emergencyWaiting").yes().say() + " " + guide.step(3).say());
        SkillDriver atStepSix = new SkillDriver(locale);
        atStepSix.launch();
        sayResolved(atStepSix, locale, "step six", "paso seis");
        assertThat(sayResolved(atStepSix, locale, "i called an ambulance", "ya llamé a la ambulancia").node())
                .as("not roadside help's waiting").isEqualTo("emergencyWaiting");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void helpOnTheWayAtStepSixOffersTheStepsAnUrgentItemSkipped(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.YES);
        assertThat(alexa.say(ModelIntent.URGENT_ITEM, "insulin").node()).isEqualTo("proHelp");

        assertThat(alexa.say(ModelIntent.HELP_COMING).node()).isEqualTo("whileWaiting");
        assertThat(alexa.say(ModelIntent.YES).node()).isEqualTo("key");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noRoadsideCoverAtStepSixIsTheGuidesLocksmithThenTheLastStep(String locale) {
        SkillDriver alexa = insulinNamedAtStepTwo(locale);

        AlexaResponse locksmith = sayNoRoadsideCover(alexa, locale);

        assertThat(locksmith.node()).isEqualTo("locksmith");
        assertThat(locksmith.speech()).as(locale).containsPattern("locksmith|cerrajero").doesNotContainPattern("AAA|triple A|CAA|AA,|NRMA");
        assertThat(locksmith.cardText()).as(locale).containsPattern("proof of ownership|comprobante de propiedad");
        assertThat(alexa.say(ModelIntent.NEXT).node()).as("the last step, as from step 6").isEqualTo("escalate");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noRoadsideCoverBeforeStepSixIsTheLocksmithNeverTheClubThenBackToTheStep(String locale) {
        SkillDriver alexa = atStepThree(locale);

        AlexaResponse noCover = sayNoRoadsideCover(alexa, locale);

        assertThat(noCover.node()).as("at step 3").isEqualTo("noCover");
        assertThat(noCover.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale));
        assertThat(noCover.speech()).as(locale).containsPattern("locksmith|cerrajero")
                .doesNotContainPattern(CLUBS);
        assertThat(alexa.say(ModelIntent.YES).node()).as("back to where they were").isEqualTo("key");
        alexa.say(ModelIntent.CALL_HELP);
        assertThat(sayNoRoadsideCover(alexa, locale).node()).as("after who to call").isEqualTo("noCover");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noRoadsideCoverIsRememberedSoStepSixAndWhoToCallAreTheLocksmith(String locale) {
        SkillDriver alexa = atStepThree(locale);
        sayNoRoadsideCover(alexa, locale);
        alexa.say(ModelIntent.YES);

        alexa.say(ModelIntent.NO);
        alexa.say(ModelIntent.NO);
        AlexaResponse stepSix = alexa.say(ModelIntent.NO);

        assertThat(stepSix.node()).as("step 5's no").isEqualTo("locksmith");
        assertThat(stepSix.speech()).as(locale).containsPattern("locksmith|cerrajero").doesNotContainPattern(CLUBS);
        assertThat(alexa.say(ModelIntent.CALL_HELP).node()).as("who to call").isEqualTo("noCover");
        assertThat(alexa.say(ModelIntent.YES).node()).as("back to where they were").isEqualTo("locksmith");
        assertThat(alexa.say(ModelIntent.YES).node()).as("the last step").isEqualTo("escalate");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void withoutRoadsideCoverStepSixAskedForByNumberOrGoneBackToIsTheLocksmith(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.YES, ModelIntent.NO, ModelIntent.NO, ModelIntent.NO);
        sayNoRoadsideCover(alexa, locale);
        alexa.say(ModelIntent.YES);

        AlexaResponse asked = alexa.say(ModelIntent.GO_TO_STEP, "6");

        assertThat(asked.node()).as("step six").isEqualTo("locksmith");
        assertThat(asked.speech()).as(locale).doesNotContainPattern(CLUBS);
        assertThat(alexa.say(ModelIntent.NEXT).node()).as("the last step").isEqualTo("escalate");
        assertThat(alexa.say(ModelIntent.PREVIOUS).node()).as("back from step 7").isEqualTo("locksmith");
        assertThat(alexa.say(ModelIntent.PREVIOUS).node()).as("back from the locksmith: step 5, not step 6").isEqualTo("inside");
        assertThat(alexa.say(ModelIntent.PREVIOUS).node()).isEqualTo("lockout");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aStepAskedForWhileHelpComesLeadsWithTheNumberAndItsOpeningIsCheckOnThemNeverYoureIn(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.EMERGENCY, ModelIntent.YES);

        AlexaResponse stepSix = sayResolved(alexa, locale, "step six", "paso seis");
        assertThat(stepSix.node()).isEqualTo("proHelp");
        assertThat(stepSix.speech()).startsWith(guide.phrase(Phrase.IN_DANGER) + " " + guide.step(6).say());
        assertThat(sayResolved(alexa, locale, "step seven", "paso siete").speech()).as("says the number itself")
                .startsWith(guide.step(7).say());
        assertThat(sayResolved(alexa, locale, "step three", "paso tres").speech()).as("not from an emergency answer")
                .startsWith(guide.step(3).say());

        AlexaResponse opened = alexa.say(ModelIntent.YES);

        assertThat(opened.node()).isEqualTo("openedInEmergency");
        assertThat(opened.speech()).containsPattern(emergencyNumber(locale)).doesNotContain(guide.node("done").say());
        SkillDriver noEmergency = new SkillDriver(locale);
        noEmergency.launch();
        sayResolved(noEmergency, locale, "step three", "paso tres");
        assertThat(noEmergency.say(ModelIntent.YES).node()).isEqualTo("done");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void itOpenedDuringAnEmergencyIsCheckOnThemWithTheNumberNeverYoureIn(String locale) {
        for (List<ModelIntent> before : List.of(List.of(ModelIntent.EMERGENCY), List.of(ModelIntent.EMERGENCY, ModelIntent.YES))) {
            SkillDriver alexa = atStepThree(locale);
            before.forEach(alexa::say);
            String said = alexa.say(ModelIntent.REPEAT).speech();
            assertThat(alexa.say(ModelIntent.PREVIOUS).speech()).as("\"go back\" is no way out of it").isEqualTo(said);

            AlexaResponse open = alexa.say(ModelIntent.OPENED);

            assertThat(open.node()).as(locale + " after " + before).isEqualTo("openedInEmergency");
            assertThat(open.speech()).containsPattern(emergencyNumber(locale)).doesNotContain(GUIDES.forLocale(locale).node("done").say());
            assertThat(open.sessionEnds()).isTrue();
        }
        // Left before calling, the reopened question is "Have you called?"; after calling, "Is the danger over?".
        Map<String, ModelIntent[]> reopenedAt = Map.of("emergency", new ModelIntent[] {ModelIntent.EMERGENCY, ModelIntent.NO},
                "emergencyCheck", new ModelIntent[] {ModelIntent.EMERGENCY, ModelIntent.YES, ModelIntent.STOP});
        reopenedAt.forEach((question, left) -> {
            SkillDriver reopened = new SkillDriver(locale);
            reopened.launchAndSay(left);
            assertThat(reopened.launch().node()).isEqualTo(question);
            assertThat(reopened.say(ModelIntent.OPENED).node()).as("at " + question).isEqualTo("openedInEmergency");
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void panicAtTheEmergencyAnswersIsOneBreathThenThatAnswerNeverACommonProblem(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        SkillDriver alexa = new SkillDriver(locale);
        AlexaResponse emergency = alexa.say(ModelIntent.EMERGENCY);

        AlexaResponse panic = sayResolved(alexa, locale, "i don't know what to do", "no sé qué hacer");

        assertThat(panic.node()).isEqualTo(emergency.node());
        assertThat(panic.speech()).isEqualTo(guide.phrase(Phrase.BREATHE) + " " + emergency.speech());
        assertThat(panic.speech()).doesNotContain(guide.detour(Detour.CALM).say());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void feelingShakyWithMedicationLockedInsideLeadsWithTheNumberForAnyoneUnwell(String locale) {
        SkillDriver alexa = insulinNamedAtStepTwo(locale);

        AlexaResponse shaky = sayResolved(alexa, locale, "i feel shaky", "estoy temblando");

        assertThat(shaky.node()).isEqualTo("calm");
        assertThat(shaky.speech().split("[.;]")[0]).as(locale).containsPattern(emergencyNumber(locale));
        assertThat(shaky.speech()).contains(GUIDES.forLocale(locale).phrase(Phrase.UNWELL));
        SkillDriver nothingNamed = atStepThree(locale);
        assertThat(sayResolved(nothingNamed, locale, "i feel shaky", "estoy temblando").speech()).as("nerves alone")
                .doesNotContainPattern(emergencyNumber(locale));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noPhoneAtTheEmergencyAnswerIsSomeoneNearbyCallingThenWhetherTheyHave(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launch();
        alexa.say(ModelIntent.EMERGENCY);

        AlexaResponse noPhone = sayNoPhone(alexa, locale);

        assertThat(noPhone.node()).isEqualTo("noPhone");
        assertThat(noPhone.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale));
        assertThat(noPhone.sessionEnds()).isFalse();
        assertThat(alexa.say(ModelIntent.YES).node()).as("someone called").isEqualTo("emergencyWaiting");
        SkillDriver nobody = new SkillDriver(locale);
        nobody.launchAndSay(ModelIntent.EMERGENCY);
        sayNoPhone(nobody, locale);
        AlexaResponse ending = nobody.say(ModelIntent.NO);
        assertThat(ending.node()).as("no one has called yet").isEqualTo("noPhoneEnd");
        assertThat(ending.speech()).as("never \"from your phone\"").doesNotContainPattern("your phone|su teléfono");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void anEpiPenLockedInWithNoPhoneEndsWithSomeoneNearbyToCallAndTheQuickestWaysToIt(String locale) {
        for (boolean called : new boolean[]{false, true}) {
            SkillDriver alexa = atStepTwo(Handlers.inMemory(), locale);
            sayResolved(alexa, locale, "my son is having a reaction and his epipen is in the " + boot(locale),
                    "mi hijo tiene una reacción alérgica y su epipen está en la cajuela");
            assertThat(sayNoPhone(alexa, locale).node()).isEqualTo("noPhone");
            if (called) {
                assertThat(alexa.say(ModelIntent.YES).node()).isEqualTo("rescueWaiting");
            }

            AlexaResponse ending = alexa.say(called ? ModelIntent.STILL_INSIDE : ModelIntent.NO);

            assertThat(ending.node()).as(called ? "called, still in danger" : "no one has called yet").isEqualTo("rescueNoPhoneEnd");
            assertThat(ending.sessionEnds()).isTrue();
            assertThat(ending.speech().split("[.;]")[1]).containsPattern(emergencyNumber(locale)).containsPattern("nearby|alguien");
            assertThat(ending.speech()).containsPattern(QUICKEST_WAYS).doesNotContainPattern("your phone|su teléfono|glowing|brilla");
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void nobodyNearToADriverWithNoPhoneIsHowToFindSomeoneToCallNeverAskAnyoneNearbyAgain(String locale) {
        String askNearby = GUIDES.forLocale(locale).node("noPhone").say().split("\\.")[0];
        for (boolean called : new boolean[]{true, false}) {
            SkillDriver alexa = new SkillDriver(locale);
            alexa.launchAndSay(ModelIntent.EMERGENCY);
            sayNoPhone(alexa, locale);

            AlexaResponse alone = sayResolved(alexa, locale, "there's nobody around", "no hay nadie");

            assertThat(alone.node()).isEqualTo("nobodyNear");
            assertThat(alone.speech().split("[.;]")[0]).containsPattern(NOBODY_NEAR).containsPattern(emergencyNumber(locale));
            assertThat(alone.speech()).doesNotContain(askNearby);
            assertThat(sayResolved(alexa, locale, "I'm on my own", "estoy sola").speech()).as("said again").isEqualTo(alone.speech());
            AlexaResponse answer = alexa.say(called ? ModelIntent.YES : ModelIntent.NO);
            assertThat(answer.node()).isEqualTo(called ? "emergencyWaiting" : "noPhoneEnd");
        }
        SkillDriver noPhoneMissed = new SkillDriver(locale);
        noPhoneMissed.launchAndSay(ModelIntent.EMERGENCY, ModelIntent.FALLBACK);
        assertThat(sayResolved(noPhoneMissed, locale, "there's nobody around", "no hay nadie").node())
                .as("at the emergency answer, whatever was missed before").isEqualTo("nobodyNear");
        SkillDriver waiting = new SkillDriver(locale);
        AlexaResponse helpComing = waiting.launchAndSay(ModelIntent.EMERGENCY, ModelIntent.YES);
        assertThat(sayResolved(waiting, locale, "there's nobody around", "no hay nadie").node())
                .as("called already: noted").isEqualTo(helpComing.node());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aPhoneRunningOutAtTheEmergencyAnswerIsCallNowWhileItWorksButAtAStepTheBatteryAnswer(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.EMERGENCY);

        AlexaResponse dying = sayResolved(alexa, locale, "my phone is dying", "mi celular ya se va a apagar");

        assertThat(dying.node()).isEqualTo("phoneDying");
        assertThat(dying.speech().split("[.:;]")[0]).as(locale).containsPattern(emergencyNumber(locale));
        assertThat(sayNoPhone(alexa, locale).node()).as("then it died").isEqualTo("noPhone");
        assertThat(sayResolved(alexa, locale, "my phone is dead", "se me murió el celular").node()).isEqualTo("phoneDying");
        AlexaResponse notCalled = alexa.say(ModelIntent.NO);
        assertThat(notCalled.node()).as("not called yet: the phone may be dead").isEqualTo("noPhoneEnd");
        assertThat(notCalled.speech()).as("never \"from your phone\"").doesNotContainPattern("your phone|su teléfono");
        SkillDriver unnamed = new SkillDriver(locale);
        unnamed.launchAndSay(ModelIntent.EMERGENCY);
        assertThat(sayResolved(unnamed, locale, "my phone's dying", "mi celular se está muriendo").node())
                .as("a sample without the slot").isEqualTo("phoneDying");
        SkillDriver atStepThree = atStepThree(locale);
        assertThat(sayResolved(atStepThree, locale, "my phone is dead", "se me murió el celular").node())
                .as("a phone-as-key car").isEqualTo("battery");
        assertThat(sayResolved(atStepThree, locale, "my fob is dead", "se murió la pila del control").node()).isEqualTo("battery");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void stillInsideWhileHelpComesIsANoToEveryoneOutAndSafeNotCallAgainAndAnywhereElseTheEmergency(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.EMERGENCY, ModelIntent.YES);

        AlexaResponse stillInside = sayResolved(alexa, locale, "no she's still in there", "no sigue adentro");

        assertThat(stillInside.node()).isEqualTo("emergencyEnd");
        assertThat(stillInside.sessionEnds()).isTrue();
        SkillDriver atStepThree = atStepThree(locale);
        AlexaResponse trapped = sayResolved(atStepThree, locale, "he's still stuck", "sigue encerrado");
        assertThat(trapped.node()).isEqualTo("emergency");
        assertThat(trapped.speech().split("[.:;]")[0]).as(locale).containsPattern(emergencyNumber(locale));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noSignalAtTheEmergencyAnswerIsTryTheNumberAnywayThenSomeoneNearbyButAtAStepABorrowedPhone(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.EMERGENCY);

        AlexaResponse noSignal = sayResolved(alexa, locale, "there's no signal here", "aquí no hay señal");

        assertThat(noSignal.node()).isEqualTo("noSignal");
        assertThat(noSignal.speech().split("[.:;]")[0]).as(locale).containsPattern(emergencyNumber(locale));
        assertThat(sayNoPhone(alexa, locale).node()).as("then no phone at all").isEqualTo("noPhone");
        assertThat(sayResolved(alexa, locale, "my phone says no service", "mi celular no tiene servicio").node())
                .isEqualTo("noSignal");
        assertThat(alexa.say(ModelIntent.YES).node()).as("someone got through").isEqualTo("emergencyWaiting");
        SkillDriver notThrough = new SkillDriver(locale);
        notThrough.launchAndSay(ModelIntent.EMERGENCY);
        sayResolved(notThrough, locale, "the call won't go through", "la llamada no entra");
        AlexaResponse ending = notThrough.say(ModelIntent.NO);
        assertThat(ending.node()).as("no one got through").isEqualTo("noPhoneEnd");
        SkillDriver atStepThree = atStepThree(locale);
        assertThat(sayResolved(atStepThree, locale, "i have no signal", "no tengo señal").node()).isEqualTo("borrowPhone");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noPhoneAtAStepIsABorrowedPhoneTheNumberFirstThenBackToTheStep(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.YES, ModelIntent.NO, ModelIntent.NO, ModelIntent.NO, ModelIntent.NO);

        AlexaResponse noPhone = sayNoPhone(alexa, locale);

        assertThat(noPhone.node()).as("at step 6").isEqualTo("borrowPhone");
        assertThat(noPhone.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale));
        assertThat(alexa.say(ModelIntent.YES).node()).as("back to where they were").isEqualTo("proHelp");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aDriverWhoSaidTheyHaveNoPhoneIsNeverToldToCallFromTheirPhoneLaterInTheSessionOrTheNext(String locale) {
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver alexa = atStepTwo(handler, locale);
        assertThat(sayNoPhone(alexa, locale).node()).isEqualTo("borrowPhone");
        alexa.say(ModelIntent.YES);

        AlexaResponse emergency = alexa.say(ModelIntent.EMERGENCY);

        assertThat(emergency.node()).as("someone nearby to call, not \"from your phone\"").isEqualTo("noPhone");
        assertThat(emergency.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale));
        assertThat(emergency.speech()).as("with nobody near").containsPattern(NOBODY_NEAR);
        AlexaResponse ending = alexa.say(ModelIntent.NOT_NOW);
        assertThat(ending.node()).isEqualTo("noPhoneEnd");
        assertThat(ending.speech()).as("with nobody near").containsPattern(NOBODY_NEAR);
        SkillDriver later = new SkillDriver(handler, locale);
        AlexaResponse reopened = later.launch();
        assertThat(reopened.node()).as("the question left, with someone nearby to call").isEqualTo("noPhone");
        assertThat(reopened.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale)).containsPattern(NEARBY);
        assertThat(reopened.speech()).doesNotContainPattern("your phone|su teléfono");
        assertThat(later.say(ModelIntent.YES).node()).as("someone called").isEqualTo("emergencyWaiting");
        assertThat(later.say(ModelIntent.NO).node()).as("still in danger: someone nearby to keep calling").isEqualTo("noPhoneEnd");
        AlexaResponse third = new SkillDriver(handler, locale).launch();
        assertThat(third.node()).as("called: the check, with someone nearby to call").isEqualTo("noPhoneCheck");
        assertThat(third.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale)).containsPattern(NEARBY);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void whoDoICallToADriverWithNoPhoneIsWhereToBorrowOneWithOrWithoutRoadsideCover(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        GuideNode borrow = guide.detour(Detour.BORROW_PHONE);
        SkillDriver alexa = atStepTwo(Handlers.inMemory(), locale);
        sayNoPhone(alexa, locale);
        assertThat(alexa.say(ModelIntent.YES).node()).isEqualTo("urgent");

        AlexaResponse whoToCall = alexa.say(ModelIntent.CALL_HELP);
        assertThat(whoToCall.speech()).isEqualTo(borrow.say() + " " + borrow.ask());
        assertThat(alexa.say(ModelIntent.YES).node()).isEqualTo("urgent");
        sayNoRoadsideCover(alexa, locale);
        assertThat(alexa.say(ModelIntent.CALL_HELP).speech()).as("no cover either").isEqualTo(borrow.say() + " " + borrow.ask());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aDriverWithNoPhoneIsToldToAskSomeoneNearbyInEveryReAskAndGoodbyeInThisSessionAndTheNext(String locale) {
        TrunkReleaseHelperHandler handler = Handlers.inMemory();
        SkillDriver alexa = atStepTwo(handler, locale);
        assertThat(sayResolved(alexa, locale, "i don't have my phone it's in the " + boot(locale),
                "no tengo mi celular, está en la cajuela").node()).isEqualTo("borrowPhone");

        List<AlexaResponse> reasks = List.of(alexa.say(ModelIntent.FALLBACK), alexa.say(ModelIntent.FALLBACK),
                alexa.say(ModelIntent.FALLBACK));
        AlexaResponse goodbye = alexa.say(ModelIntent.STOP);
        SkillDriver later = new SkillDriver(handler, locale);
        later.launch();
        AlexaResponse cancelled = later.say(ModelIntent.CANCEL);

        for (AlexaResponse turn : List.of(reasks.get(0), reasks.get(1), reasks.get(2), goodbye, cancelled)) {
            assertThat(turn.speech()).containsPattern(emergencyNumber(locale)).containsPattern(NEARBY)
                    .doesNotContainPattern("your phone|su teléfono");
        }
        assertThat(cancelled.sessionEnds()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aDriverWithNoPhoneIsToldToGetTheCallMadeAgainWhenItGetsWorseAndSomeoneNearbyWhenTheyPause(String locale) {
        SkillDriver pausing = atStepTwo(Handlers.inMemory(), locale);
        sayNoPhone(pausing, locale);
        AlexaResponse paused = pausing.say(ModelIntent.NO);
        SkillDriver waiting = atStepTwo(Handlers.inMemory(), locale);
        sayNoPhone(waiting, locale);
        waiting.say(ModelIntent.EMERGENCY);
        waiting.say(ModelIntent.YES);
        AlexaResponse worse = waiting.say(ModelIntent.EMERGENCY);

        assertThat(paused.node()).isEqualTo("noPhonePaused");
        assertThat(paused.speech()).containsPattern(emergencyNumber(locale)).containsPattern(NEARBY);
        assertThat(worse.node()).isEqualTo("noPhoneWorse");
        assertThat(worse.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale)).containsPattern("SOS");
        for (AlexaResponse turn : List.of(paused, worse)) {
            assertThat(turn.speech()).doesNotContainPattern("your phone|su teléfono|^Call|^Llame|^Vuelva");
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aTopicAskedByNameIsWhatItsStepSaysAboutItThenThePendingQuestion(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launch();

        AlexaResponse atStepOne = sayResolved(alexa, locale, "where is the key blade", "dónde está la llave de metal");

        GuideNode key = guide.node("key");
        assertThat(atStepOne.node()).isEqualTo("safe");
        assertThat(atStepOne.speech()).isEqualTo(key.about() + " " + guide.start().ask());
        alexa.launchAndSay(ModelIntent.YES, ModelIntent.NO);
        assertThat(sayResolved(alexa, locale, "what is valet mode", "qué es el modo valet").speech())
                .as("at step 3, step 4's").isEqualTo(guide.node("lockout").about() + " " + key.ask());
        assertThat(sayResolved(alexa, locale, "how do i fold down the rear seats", "cómo bajo los asientos traseros").speech())
                .isEqualTo(guide.node("inside").about() + " " + key.ask());
        assertThat(alexa.say(ModelIntent.MORE).speech()).as("plain more: this step's").isEqualTo(key.more() + " " + key.ask());
    }

    /** A driver who said "my insulin is in there" at step 2, and so is at step 6. */
    private static SkillDriver insulinNamedAtStepTwo(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.YES);
        alexa.say(ModelIntent.URGENT_ITEM, "insulin");
        return alexa;
    }

    /** A driver at step 2 (stopped somewhere safe), in a session of {@code handler}, whose store later sessions share. */
    private static SkillDriver atStepTwo(TrunkReleaseHelperHandler handler, String locale) {
        SkillDriver alexa = new SkillDriver(handler, locale);
        alexa.launchAndSay(ModelIntent.YES);
        return alexa;
    }

    /** A driver at step 3 (stopped safely, nothing urgent inside), in a session of their own. */
    private static SkillDriver atStepThree(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launchAndSay(ModelIntent.YES, ModelIntent.NO);
        return alexa;
    }

    /** "I can't find my phone", as the locale's model resolves it. */
    private static AlexaResponse sayNoPhone(SkillDriver alexa, String locale) {
        return sayResolved(alexa, locale, "i can't find my phone", "no encuentro mi celular");
    }

    /** "I don't have roadside assistance", as the locale's model resolves it. */
    private static AlexaResponse sayNoRoadsideCover(SkillDriver alexa, String locale) {
        return sayResolved(alexa, locale, "i don't have roadside assistance", "no tengo asistencia en el camino");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void notStoppedSafelyLeadsWithTheLocalesNumberAndCoversACarThatCannotMove(String locale) {
        SkillDriver alexa = new SkillDriver(locale);
        alexa.launch();
        AlexaResponse notSafe = alexa.say(ModelIntent.NO);

        assertThat(notSafe.speech().split("[.;]")[0]).containsPattern(emergencyNumber(locale));
        assertThat(notSafe.speech()).as(locale).containsPattern("hazard|intermitentes");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void whoToCallPoliceHelpAndACarThatCannotMoveLeadWithTheLocalesNumber(String locale) {
        for (ModelIntent asked : List.of(ModelIntent.CALL_HELP, ModelIntent.POLICE, ModelIntent.STRANDED)) {
            String first = new SkillDriver(locale).say(asked).speech().split("[.;]")[0];
            assertThat(first).as(locale + " " + asked).containsPattern(emergencyNumber(locale));
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void whatToDoOrHelpAfterAMisunderstandingAtAnySideQuestionLeadsWithTheNumberWithinFiftyWords(String locale) {
        for (ModelIntent side : SIDE_QUESTIONS) {
            for (ModelIntent asked : List.of(ModelIntent.START_GUIDE, ModelIntent.HELP)) {
                SkillDriver alexa = new SkillDriver(locale);
                alexa.launch();
                alexa.say(side);
                alexa.say(ModelIntent.FALLBACK);

                AlexaResponse answer = alexa.say(asked);
                assertThat(answer.speech().split("[.;]")[0]).as(locale + " " + side + " " + asked).containsPattern(emergencyNumber(locale));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theEmergencyLinesTheSkillLeadsWithAreTheLocalesOwnWords(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        String inDanger = guide.phrase(Phrase.IN_DANGER);
        assertThat(guide.step(1).no().say()).startsWith(inDanger);
        assertThat(guide.detour(Detour.STRANDED).say()).startsWith(inDanger);
        assertThat(guide.detour(Detour.CALL_HELP).say()).startsWith(inDanger);
        assertThat(guide.detour(Detour.FORCE_IT).say()).startsWith(inDanger);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theEmergencyNumberIsSpokenOneWayInEveryTurn(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        String[] forms = EMERGENCY.get(locale).split("\\|");
        boolean asDigits = guide.detour(Detour.EMERGENCY).say().contains(forms[0]);
        Pattern other = Pattern.compile("\\b" + (asDigits ? forms[1] : forms[0]) + "\\b", Pattern.CASE_INSENSITIVE);
        for (String text : spoken(guide)) {
            // "000" read aloud is not "triple zero": a voice reads the number as the emergency answer says it.
            assertThat(text).as(locale).doesNotContainPattern(other);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noLocaleLeaksAnothersWordsOrNumbers(String locale) {
        Pattern forbidden = Pattern.compile(FORBIDDEN.get(locale), Pattern.CASE_INSENSITIVE);
        for (String text : everything(GUIDES.forLocale(locale))) {
            assertThat(forbidden.matcher(text).find()).as(locale + ": " + text).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everySpokenTextStaysShort(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        for (GuideNode node : guide.nodes()) {
            assertThat(words(node.say()) + words(node.ask())).as(locale + " " + node.id()).isLessThanOrEqualTo(50);
            assertThat(words(node.more()) + words(node.ask())).as(locale + " " + node.id() + " more").isLessThanOrEqualTo(50);
        }
        int longestQuestion = words(guide.phrase(Phrase.PROMPT));
        for (GuideNode node : guide.nodes()) {
            longestQuestion = Math.max(longestQuestion, words(node.ask()));
        }
        for (GuideNode node : guide.steps()) {
            // Asked about by name, a step's topic is told wherever the driver is, then that place's question.
            assertThat(words(node.about()) + longestQuestion).as(locale + " " + node.id() + " about").isLessThanOrEqualTo(50);
        }
    }

    @ParameterizedTest(name = "{0} is answered by {1}")
    @CsvSource(value = {"en-GB, en-GB", "EN_gb, en-GB", "en-NZ, en-US", "en-ZA, en-US", "es-MX, es-US",
            "es-ES, es-US", "de-DE, en-US", "xx-YY, en-US", "'', en-US", "null, en-US", "fr, en-US"}, nullValues = "null")
    void aRequestLocaleIsAnsweredByTheNearestSupportedGuide(String requested, String answered) {
        assertThat(GUIDES.resolve(requested)).isEqualTo(answered);
    }

    private static List<String> everything(Guide guide) {
        List<String> texts = new ArrayList<>();
        texts.add(guide.skillName());
        for (GuideNode n : guide.nodes()) {
            texts.addAll(List.of(n.title(), n.say(), n.card()));
            if (n.hasQuestion()) {
                texts.add(n.ask());
            }
            for (Outcome o : new Outcome[]{n.yes(), n.no()}) {
                if (o != null && o.say() != null) {
                    texts.add(o.say());
                }
            }
        }
        for (Phrase p : Phrase.values()) {
            texts.add(guide.phrase(p));
        }
        return texts;
    }

    /** What is spoken: every node's words, questions and answers, and the phrases that are not only on a card or screen. */
    private static List<String> spoken(Guide guide) {
        List<String> texts = new ArrayList<>();
        for (GuideNode n : guide.nodes()) {
            texts.addAll(List.of(n.say(), n.ask() == null ? "" : n.ask(), n.more() == null ? "" : n.more()));
            for (Outcome o : new Outcome[]{n.yes(), n.no()}) {
                texts.add(o == null || o.say() == null ? "" : o.say());
            }
        }
        List<Phrase> shown = List.of(Phrase.CARD_TITLE_STEP, Phrase.RESOURCES_HEADING, Phrase.NUMBERS_TO_CALL,
                Phrase.SCREEN_HEADING, Phrase.BUTTON_NEXT, Phrase.BUTTON_REPEAT, Phrase.BUTTON_CALL_HELP);
        for (Phrase p : Phrase.values()) {
            texts.add(shown.contains(p) ? "" : guide.phrase(p));
        }
        return texts;
    }

    /** The locale's English word for the trunk. */
    private static String boot(String locale) {
        return locale.equals("en-US") || locale.equals("en-CA") ? "trunk" : "boot";
    }

    private static Pattern emergencyNumber(String locale) {
        return Pattern.compile(EMERGENCY.get(locale), Pattern.CASE_INSENSITIVE);
    }

    private static int words(String text) {
        return text == null ? 0 : text.trim().split("\\s+").length;
    }
}
