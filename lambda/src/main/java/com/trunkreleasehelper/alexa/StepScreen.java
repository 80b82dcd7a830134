package com.trunkreleasehelper.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.model.interfaces.viewport.Shape;
import com.amazon.ask.model.interfaces.viewport.ViewportState;
import com.trunkreleasehelper.conversation.Screen;
import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The APL document for a step ({@code apl/step.json}, data only) and its datasource, built from the
 * engine's {@link Screen}. Sent only to devices whose request says they support APL.
 */
final class StepScreen {

    static final String DOCUMENT = "apl/step.json";
    static final String TOKEN = "step";
    private static final BigDecimal WIDE = BigDecimal.valueOf(960);

    private volatile Map<String, Object> document;

    static boolean supported(HandlerInput input) {
        Context context = input.getRequestEnvelope().getContext();
        return context != null && context.getSystem() != null && context.getSystem().getDevice() != null
                && context.getSystem().getDevice().getSupportedInterfaces() != null
                && context.getSystem().getDevice().getSupportedInterfaces().getAlexaPresentationAPL() != null;
    }

    Directive directive(Screen screen, HandlerInput input) {
        return RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(document())
                .withDatasources(Map.of(TOKEN, datasource(screen, layout(input))))
                .build();
    }

    static Map<String, Object> datasource(Screen screen, String layout) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("heading", screen.heading());
        step.put("title", screen.title());
        step.put("text", aplText(screen.text()));
        step.put("showProgress", screen.progress() != null);
        step.put("progressPercent", screen.progress() == null ? 0 : Math.round(screen.progress() * 100));
        step.put("emphasis", screen.emphasis());
        step.put("layout", layout);
        List<Map<String, String>> buttons = new ArrayList<>();
        for (Screen.Button b : screen.buttons()) {
            buttons.add(Map.of("label", b.label(), "action", ScreenActions.argument(b.action())));
        }
        step.put("buttons", buttons);
        return step;
    }

    /** round (Echo Spot, Echo Show 5 round), compact (small landscape), or wide (Echo Show 8 and up, TVs). */
    static String layout(HandlerInput input) {
        ViewportState viewport = input.getRequestEnvelope().getContext() == null ? null
                : input.getRequestEnvelope().getContext().getViewport();
        if (viewport == null) {
            return "compact";
        }
        if (viewport.getShape() == Shape.ROUND) {
            return "round";
        }
        return viewport.getPixelWidth() != null && viewport.getPixelWidth().compareTo(WIDE) >= 0 ? "wide" : "compact";
    }

    /** APL Text takes a little markup: escape it, and turn line breaks into {@code <br>}. */
    private static String aplText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    private Map<String, Object> document() {
        Map<String, Object> loaded = document;
        if (loaded == null) {
            try (InputStream in = StepScreen.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException(DOCUMENT + " is missing from the class path");
                }
                loaded = Json.object(Json.parse(in));
                document = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(DOCUMENT, e);
            }
        }
        return loaded;
    }
}
