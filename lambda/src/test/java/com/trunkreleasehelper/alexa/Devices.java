package com.trunkreleasehelper.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trunkreleasehelper.testing.Envelopes;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests as particular devices send them ({@code requests/devices.json}: their supported interfaces and
 * APL runtime version, and their {@code Viewport} or {@code Viewports}), and as a device of any screen size.
 */
final class Devices {

    static final String APL_INTERFACE = "Alexa.Presentation.APL";
    private static final JsonNode DEVICES = Envelopes.resource("requests/devices.json");
    private static final String CURRENT_APL = "2023.3";
    private static final int BASELINE_DPI = 160;

    private Devices() {
    }

    /** The envelope as {@code device} sends it. */
    static ObjectNode as(String device, ObjectNode envelope) {
        JsonNode spec = DEVICES.get(device);
        if (spec == null) {
            throw new IllegalArgumentException("no device " + device + " in requests/devices.json");
        }
        ObjectNode context = envelope.with("context");
        context.with("System").with("device").set("supportedInterfaces", spec.get("supportedInterfaces").deepCopy());
        for (String field : List.of("Viewport", "Viewports")) {
            if (spec.has(field)) {
                context.set(field, spec.get(field).deepCopy());
            }
        }
        return envelope;
    }

    /** The devices in the fixture that render APL at the current version. */
    static List<String> withCurrentApl() {
        List<String> names = new ArrayList<>();
        DEVICES.fieldNames().forEachRemaining(name -> {
            if (CURRENT_APL.equals(DEVICES.get(name).path("supportedInterfaces").path(APL_INTERFACE).path("runtime").path("maxVersion").asText())) {
                names.add(name);
            }
        });
        return names;
    }

    /** The envelope from a device on the current APL version whose screen is this size in dp (at 160 dpi). */
    static ObjectNode withScreen(ObjectNode envelope, String mode, String shape, int dpWidth, int dpHeight) {
        ObjectNode context = envelope.with("context");
        context.with("System").with("device").putObject("supportedInterfaces").putObject(APL_INTERFACE)
                .putObject("runtime").put("maxVersion", CURRENT_APL);
        context.putObject("Viewport").put("mode", mode).put("shape", shape).put("dpi", BASELINE_DPI)
                .put("pixelWidth", dpWidth).put("pixelHeight", dpHeight);
        return envelope;
    }
}
