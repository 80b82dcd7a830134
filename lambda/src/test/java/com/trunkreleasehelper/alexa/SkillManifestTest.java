package com.trunkreleasehelper.alexa;

import com.trunkreleasehelper.testing.Handlers;
import com.fasterxml.jackson.databind.JsonNode;
import com.trunkreleasehelper.TrunkReleaseHelperHandler;
import com.trunkreleasehelper.testing.Envelopes;
import com.trunkreleasehelper.testing.LocalSession;
import com.trunkreleasehelper.testing.AlexaResponse;
import com.trunkreleasehelper.testing.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * interaction-model/skill.json: every locale published, the compliance answers true to what the skill does,
 * and the interfaces the skill uses enabled, with the viewports its screen code lays out.
 */
class SkillManifestTest {

    private static final String APL = "ALEXA_PRESENTATION_APL";
    private static final String CAN_FULFILL = "CAN_FULFILL_INTENT_REQUEST";
    private static final TrunkReleaseHelperHandler HANDLER = Handlers.inMemory();
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
    void bootLocalesSayBootNeverTrunkOrAnotherCountrysNumber() {
        for (String locale : List.of("en-GB", "en-AU", "en-IN")) {
            String text = MANIFEST.path("publishingInformation").path("locales").path(locale).toString();
            assertThat(text).as(locale).containsIgnoringCase("boot").doesNotContainIgnoringCase("trunk").doesNotContain("911");
        }
    }

    @Test
    void enablesAplAndCanFulfillIntentRequest() {
        List<String> types = new ArrayList<>();
        MANIFEST.path("apis").path("custom").path("interfaces").forEach(i -> types.add(i.path("type").asText()));

        assertThat(types).containsExactlyInAnyOrder(APL, CAN_FULFILL);
    }

    @Test
    void everySupportedViewportIsOneOfTheProfilesTheScreenCodeKnows() {
        Set<ViewportProfile> declared = EnumSet.noneOf(ViewportProfile.class);
        for (JsonNode viewport : supportedViewports()) {
            ViewportProfile profile = Arrays.stream(ViewportProfile.values()).filter(p -> declares(viewport, p)).findFirst()
                    .orElseThrow(() -> new AssertionError("the screen code knows no profile " + viewport));
            assertThat(declared.add(profile)).as("declared twice: " + viewport).isTrue();
        }

        assertThat(declared).as("every profile the screen code lays out is declared").containsExactlyInAnyOrder(ViewportProfile.values());
    }

    @Test
    void aDeviceInEverySupportedViewportGetsTheLayoutOfThatProfile() {
        for (JsonNode viewport : supportedViewports()) {
            ViewportProfile profile = Arrays.stream(ViewportProfile.values()).filter(p -> declares(viewport, p)).findFirst().orElseThrow();
            for (int[] size : corners(viewport)) {
                assertThat(layoutOn(viewport.path("mode").asText(), viewport.path("shape").asText(), size[0], size[1]))
                        .as(viewport + " at " + size[0] + "x" + size[1] + " dp").isEqualTo(profile.layout.datasourceValue());
            }
        }
    }

    @Test
    void everyLayoutTheScreenCodeCanChooseIsShownOnASupportedViewport() {
        Set<String> onSupported = new HashSet<>();
        for (JsonNode viewport : supportedViewports()) {
            int[] middle = corners(viewport).get(0);
            onSupported.add(layoutOn(viewport.path("mode").asText(), viewport.path("shape").asText(), middle[0], middle[1]));
        }
        Set<String> anywhere = new HashSet<>();
        for (String mode : List.of("HUB", "TV", "MOBILE", "PC", "AUTO")) {
            for (String shape : List.of("ROUND", "RECTANGLE")) {
                for (int width = 200; width <= 2800; width += 300) {
                    for (int height = 200; height <= 2000; height += 300) {
                        anywhere.add(layoutOn(mode, shape, width, height));
                    }
                }
            }
        }

        assertThat(onSupported).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ViewportProfile.Layout.values()).map(ViewportProfile.Layout::datasourceValue).toList());
        assertThat(onSupported).containsAll(anywhere);
    }

    private static List<JsonNode> supportedViewports() {
        for (JsonNode i : MANIFEST.path("apis").path("custom").path("interfaces")) {
            if (APL.equals(i.path("type").asText())) {
                List<JsonNode> viewports = new ArrayList<>();
                i.path("supportedViewports").forEach(viewports::add);
                return viewports;
            }
        }
        throw new AssertionError("the manifest does not enable " + APL);
    }

    private static boolean declares(JsonNode viewport, ViewportProfile profile) {
        return viewport.path("mode").asText().equals(profile.mode.getValue())
                && viewport.path("shape").asText().equals(profile.shape.getValue())
                && viewport.path("minWidth").asInt() == profile.minWidth && viewport.path("maxWidth").asInt() == profile.maxWidth
                && viewport.path("minHeight").asInt() == profile.minHeight && viewport.path("maxHeight").asInt() == profile.maxHeight;
    }

    /** The middle of the viewport's size ranges, then its four corners. */
    private static List<int[]> corners(JsonNode v) {
        int minW = v.path("minWidth").asInt();
        int maxW = v.path("maxWidth").asInt();
        int minH = v.path("minHeight").asInt();
        int maxH = v.path("maxHeight").asInt();
        return List.of(new int[]{(minW + maxW) / 2, (minH + maxH) / 2},
                new int[]{minW, minH}, new int[]{minW, maxH}, new int[]{maxW, minH}, new int[]{maxW, maxH});
    }

    /** The layout the skill sends, through its Lambda entry point, to a device with this screen. */
    private static String layoutOn(String mode, String shape, int dpWidth, int dpHeight) {
        AlexaResponse r = new AlexaResponse(new LocalSession(HANDLER, "en-US")
                .send(Devices.withScreen(Envelopes.launch(), mode, shape, dpWidth, dpHeight)));
        return r.aplDirective().path("datasources").path("step").path("layout").asText();
    }
}
