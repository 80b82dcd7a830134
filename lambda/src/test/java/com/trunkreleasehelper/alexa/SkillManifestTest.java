package com.trunkreleasehelper.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** interaction-model/skill.json: every locale published, the compliance answers true to what the skill does. */
class SkillManifestTest {

    private static final JsonNode MANIFEST = ProjectFiles.json(ProjectFiles.root().resolve("interaction-model/skill.json"))
            .get("manifest");

    @Test
    void publishesEveryLocaleThatHasAModel() {
        List<String> published = new ArrayList<>();
        MANIFEST.path("publishingInformation").path("locales").fieldNames().forEachRemaining(published::add);

        assertThat(published).containsExactlyInAnyOrderElementsOf(InteractionModelTest.locales());
        for (String locale : published) {
            JsonNode info = MANIFEST.path("publishingInformation").path("locales").path(locale);
            assertThat(info.path("name").asText()).as(locale).isNotBlank();
            assertThat(info.path("examplePhrases")).as(locale).isNotEmpty();
            assertThat(MANIFEST.path("privacyAndCompliance").path("locales").has(locale)).as(locale).isTrue();
        }
    }

    @Test
    void collectsNothingPersonalIsNotForChildrenAndSellsNothing() {
        JsonNode privacy = MANIFEST.path("privacyAndCompliance");

        assertThat(privacy.path("usesPersonalInfo").asBoolean(true)).isFalse();
        assertThat(privacy.path("isChildDirected").asBoolean(true)).isFalse();
        assertThat(privacy.path("allowsPurchases").asBoolean(true)).isFalse();
        assertThat(privacy.path("containsAds").asBoolean(true)).isFalse();
        assertThat(privacy.path("isExportCompliant").asBoolean(false)).isTrue();
    }

    @Test
    void theEndpointIsFilledInAtDeployTime() {
        assertThat(MANIFEST.path("apis").path("custom").path("endpoint").path("uri").asText())
                .isEqualTo("${SKILL_ENDPOINT_ARN}");
    }

    @Test
    void bootLocalesSayBootAndTheirOwnNumber() {
        for (String locale : List.of("en-GB", "en-AU", "en-IN")) {
            String text = MANIFEST.path("publishingInformation").path("locales").path(locale).toString();
            assertThat(text).as(locale).doesNotContainIgnoringCase("trunk").doesNotContain("911");
        }
    }
}
