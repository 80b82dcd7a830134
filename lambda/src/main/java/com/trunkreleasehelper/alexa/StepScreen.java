package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.trunkreleasehelper.conversation.Screen;
import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The APL document for a step ({@code apl/step.json}, data only) and its datasource, built from the
 * engine's {@link Screen}. Sent only to devices whose APL runtime renders the document's version; laid out
 * for the device's viewport profile.
 */
final class StepScreen {

    static final String DOCUMENT = "apl/step.json";
    static final String TOKEN = "step";

    /**
     * Whether the device renders the document: it lists the APL interface and states a
     * {@code runtime.maxVersion} at or above the document's {@code version}. A device that states no
     * version gets no document, since nothing says it could show it.
     */
    static boolean supported(HandlerInput input) {
        AplVersion device = AplVersion.parse(maxVersion(input.getRequestEnvelope().getContext()));
        return device != null && device.renders(Document.VERSION);
    }

    Directive directive(Screen screen, HandlerInput input) {
        return RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(Document.JSON)
                .withDatasources(Map.of(TOKEN, datasource(screen, layout(input))))
                .build();
    }

    static Map<String, Object> datasource(Screen screen, ViewportProfile.Layout layout) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("heading", screen.heading());
        step.put("title", screen.title());
        step.put("text", aplText(screen.text()));
        step.put("showProgress", screen.progress() != null);
        step.put("progressPercent", screen.progress() == null ? 0 : Math.round(screen.progress() * 100));
        step.put("emphasis", screen.emphasis());
        step.put("layout", layout.datasourceValue());
        List<Map<String, String>> buttons = new ArrayList<>();
        for (Screen.Button b : screen.buttons()) {
            buttons.add(Map.of("label", b.label(), "action", ScreenActions.argument(b.action())));
        }
        step.put("buttons", buttons);
        return step;
    }

    /** The layout of the device's viewport profile; compact (the smallest landscape hub) when it states no size. */
    static ViewportProfile.Layout layout(HandlerInput input) {
        DeviceViewport viewport = DeviceViewport.of(input.getRequestEnvelope().getContext());
        return viewport == null ? ViewportProfile.HUB_LANDSCAPE_SMALL.layout : ViewportProfile.of(viewport).layout;
    }

    private static String maxVersion(Context context) {
        AlexaPresentationAplInterface apl = context == null || context.getSystem() == null
                || context.getSystem().getDevice() == null || context.getSystem().getDevice().getSupportedInterfaces() == null
                ? null : context.getSystem().getDevice().getSupportedInterfaces().getAlexaPresentationAPL();
        return apl == null || apl.getRuntime() == null ? null : apl.getRuntime().getMaxVersion();
    }

    /** APL Text takes a little markup: escape it, and turn line breaks into {@code <br>}. */
    private static String aplText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    /** The document and its declared version, read once, the first time a device with APL asks. */
    private static final class Document {
        static final Map<String, Object> JSON = load();
        static final AplVersion VERSION = version(JSON);

        private static Map<String, Object> load() {
            try (InputStream in = StepScreen.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException(DOCUMENT + " is missing from the class path");
                }
                return Json.object(Json.parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException(DOCUMENT, e);
            }
        }

        private static AplVersion version(Map<String, Object> document) {
            AplVersion version = AplVersion.parse(Json.text(document, "version"));
            if (version == null) {
                throw new IllegalStateException(DOCUMENT + " declares no APL version");
            }
            return version;
        }
    }
}
