package com.trunkreleasehelper.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.SpokenTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact of the guide the skill speaks can be heard, not only read on a card: each locale's list of
 * seed facts ({@code facts/<locale>.json}) is found in what its guide says aloud (a step, its "more",
 * an answer, a detour, an ending), or in the node a fact is tied to.
 */
class SeedFactsTest {

    private static final Guides GUIDES = new Guides();

    static List<String> locales() {
        return GUIDES.supportedLocales();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everySeedFactIsSpokenSomewhere(String locale) {
        Guide guide = GUIDES.forLocale(locale);
        JsonNode facts = Envelopes.resource("facts/" + locale + ".json").get("facts");
        String spoken = String.join("\n", SpokenTexts.of(guide));

        for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> fact = it.next();
            JsonNode value = fact.getValue();
            String where = value.isObject() ? guide.node(value.get("node").asText()).say() : spoken;
            String pattern = value.isObject() ? value.get("pattern").asText() : value.asText();
            assertThat(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.LITERAL).matcher(where).find())
                    .as(locale + ": " + fact.getKey()).isTrue();
        }
    }
}
