package com.trunkreleasehelper.alexa.envelope;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SessionEndedError;
import com.amazon.ask.model.SessionEndedErrorType;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.AlexaPresentationAplInterface;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RuntimeError;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RuntimeErrorEvent;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.Runtime;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.interfaces.system.Error;
import com.amazon.ask.model.interfaces.system.ErrorType;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.interfaces.viewport.APLViewportState;
import com.amazon.ask.model.interfaces.viewport.Shape;
import com.amazon.ask.model.interfaces.viewport.TypedViewportState;
import com.amazon.ask.model.interfaces.viewport.ViewportState;
import com.amazon.ask.model.interfaces.viewport.apl.CurrentConfiguration;
import com.amazon.ask.model.interfaces.viewport.apl.ViewportConfiguration;
import com.amazon.ask.model.interfaces.viewport.size.ContinuousViewportSize;
import com.amazon.ask.model.interfaces.viewport.size.DiscreteViewportSize;
import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads request envelopes by hand, field by field, for the parts this skill uses. The SDK's Jackson
 * binding builds deserializers for the whole request model (several hundred classes) before the first
 * answer, which was most of a cold start; this reads plain JSON values ({@link Json}) and fills the same
 * model objects. It is lenient: a field of the wrong type is treated as absent, so a damaged envelope that
 * still carries a session gets an answer.
 */
final class RequestReader {

    private static final String APL_INTERFACE = "Alexa.Presentation.APL";
    private static final String USER_EVENT = "Alexa.Presentation.APL.UserEvent";
    private static final String RUNTIME_ERROR = "Alexa.Presentation.APL.RuntimeError";
    private static final String CAN_FULFILL = "CanFulfillIntentRequest";

    private RequestReader() {
    }

    /** The envelope, or null when the body is not a JSON object with a request of some type. */
    static RequestEnvelope read(byte[] body) throws IOException {
        Map<String, Object> root = Json.object(Json.parse(body));
        Map<String, Object> request = Json.object(root, "request");
        if (request == null || Json.text(request, "type") == null) {
            return null;
        }
        return RequestEnvelope.builder()
                .withVersion(Json.text(root, "version"))
                .withSession(session(Json.object(root, "session")))
                .withContext(context(Json.object(root, "context")))
                .withRequest(request(request))
                .build();
    }

    private static Session session(Map<String, Object> session) {
        if (session == null) {
            return null;
        }
        return Session.builder()
                .withNew(Boolean.TRUE.equals(session.get("new")))
                .withSessionId(Json.text(session, "sessionId"))
                .withApplication(Application.builder().withApplicationId(Json.text(Json.object(session, "application"), "applicationId")).build())
                .withUser(User.builder().withUserId(Json.text(Json.object(session, "user"), "userId")).build())
                .withAttributes(Json.object(session, "attributes"))
                .build();
    }

    /**
     * Only what the skill reads: the skill and user IDs, the device's APL runtime version, and its viewports.
     * The access token is never read.
     */
    private static Context context(Map<String, Object> context) {
        Map<String, Object> system = Json.object(context, "System");
        if (system == null) {
            return null;
        }
        Map<String, Object> device = Json.object(system, "device");
        SupportedInterfaces.Builder interfaces = SupportedInterfaces.builder();
        Map<String, Object> apl = Json.path(device, "supportedInterfaces", APL_INTERFACE);
        if (apl != null) {
            interfaces.withAlexaPresentationAPL(AlexaPresentationAplInterface.builder().withRuntime(Runtime.builder()
                    .withMaxVersion(Json.text(Json.object(apl, "runtime"), "maxVersion")).build()).build());
        }
        return Context.builder().withViewport(viewport(Json.object(context, "Viewport")))
                .withViewports(aplViewports(Json.list(context, "Viewports"))).withSystem(SystemState.builder()
                .withApplication(Application.builder().withApplicationId(Json.text(Json.object(system, "application"), "applicationId")).build())
                .withUser(User.builder().withUserId(Json.text(Json.object(system, "user"), "userId")).build())
                .withDevice(Device.builder().withDeviceId(Json.text(device, "deviceId"))
                        .withSupportedInterfaces(interfaces.build()).build())
                .build()).build();
    }

    private static ViewportState viewport(Map<String, Object> viewport) {
        if (viewport == null) {
            return null;
        }
        return ViewportState.builder()
                .withShape(Json.text(viewport, "shape"))
                .withMode(Json.text(viewport, "mode"))
                .withDpi(decimal(viewport.get("dpi")))
                .withPixelWidth(decimal(viewport.get("pixelWidth")))
                .withPixelHeight(decimal(viewport.get("pixelHeight")))
                .withCurrentPixelWidth(decimal(viewport.get("currentPixelWidth")))
                .withCurrentPixelHeight(decimal(viewport.get("currentPixelHeight")))
                .build();
    }

    /** The APL windows of {@code context.Viewports} (newer devices): shape, dpi, mode and size. */
    private static List<TypedViewportState> aplViewports(List<Object> viewports) {
        List<TypedViewportState> out = new ArrayList<>();
        for (Object each : viewports == null ? List.of() : viewports) {
            Map<String, Object> viewport = Json.object(each);
            if (viewport == null || !"APL".equals(Json.text(viewport, "type"))) {
                continue;
            }
            Map<String, Object> current = Json.path(viewport, "configuration", "current");
            Map<String, Object> size = Json.object(current, "size");
            out.add(APLViewportState.builder().withId(Json.text(viewport, "id"))
                    .withShape(Shape.fromValue(Json.text(viewport, "shape"))).withDpi(decimal(viewport.get("dpi")))
                    .withConfiguration(ViewportConfiguration.builder().withCurrent(CurrentConfiguration.builder()
                            .withMode(Json.text(current, "mode"))
                            .withSize("CONTINUOUS".equals(Json.text(size, "type"))
                                    ? ContinuousViewportSize.builder().withMaxPixelWidth(integer(size, "maxPixelWidth"))
                                            .withMaxPixelHeight(integer(size, "maxPixelHeight")).build()
                                    : DiscreteViewportSize.builder().withPixelWidth(integer(size, "pixelWidth"))
                                            .withPixelHeight(integer(size, "pixelHeight")).build())
                            .build()).build())
                    .build());
        }
        return out;
    }

    private static Integer integer(Map<String, Object> parent, String field) {
        return parent != null && parent.get(field) instanceof Number n ? n.intValue() : null;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()) : null;
    }

    private static Request request(Map<String, Object> request) {
        String type = Json.text(request, "type");
        String id = Json.text(request, "requestId");
        String locale = Json.text(request, "locale");
        return switch (type) {
            case "LaunchRequest" -> LaunchRequest.builder().withRequestId(id).withLocale(locale).build();
            case "IntentRequest" -> IntentRequest.builder().withRequestId(id).withLocale(locale)
                    .withIntent(intent(Json.object(request, "intent"))).build();
            case "SessionEndedRequest" -> SessionEndedRequest.builder().withRequestId(id).withLocale(locale)
                    .withReason(SessionEndedReason.fromValue(Json.text(request, "reason")))
                    .withError(sessionError(Json.object(request, "error"))).build();
            case "System.ExceptionEncountered" -> ExceptionEncounteredRequest.builder().withRequestId(id)
                    .withLocale(locale).withError(error(Json.object(request, "error"))).build();
            case USER_EVENT -> UserEvent.builder().withRequestId(id).withLocale(locale)
                    .withToken(Json.text(request, "token")).withArguments(arguments(Json.list(request, "arguments"))).build();
            case CAN_FULFILL -> CanFulfillIntentRequest.builder().withRequestId(id).withLocale(locale)
                    .withIntent(intent(Json.object(request, "intent"))).build();
            case RUNTIME_ERROR -> RuntimeErrorEvent.builder().withRequestId(id).withLocale(locale)
                    .withToken(Json.text(request, "token")).withErrors(runtimeErrors(Json.list(request, "errors"))).build();
            default -> new UnsupportedRequest(type, id, locale);
        };
    }

    /** The button arguments as text, whatever JSON they were. */
    private static List<Object> arguments(List<Object> arguments) {
        List<Object> out = new ArrayList<>();
        if (arguments != null) {
            arguments.forEach(a -> out.add(String.valueOf(a)));
        }
        return out;
    }

    private static List<RuntimeError> runtimeErrors(List<Object> errors) {
        List<RuntimeError> out = new ArrayList<>();
        if (errors != null) {
            errors.forEach(e -> out.add(new AplRuntimeError(Json.text(Json.object(e), "type"), Json.text(Json.object(e), "reason"))));
        }
        return out;
    }

    private static Intent intent(Map<String, Object> intent) {
        if (intent == null) {
            return Intent.builder().build();
        }
        Intent.Builder out = Intent.builder().withName(Json.text(intent, "name"));
        Map<String, Object> slots = Json.object(intent, "slots");
        if (slots != null) {
            slots.forEach((name, slot) -> out.putSlotsItem(name, Slot.builder().withName(name)
                    .withValue(Json.text(Json.object(slot), "value"))
                    .withResolutions(resolutions(Json.list(Json.object(Json.object(slot), "resolutions"), "resolutionsPerAuthority")))
                    .build()));
        }
        return out.build();
    }

    /** Entity resolution: each authority's status code (whether the value is one of the type's) and the values' ids and names. */
    private static Resolutions resolutions(List<Object> perAuthority) {
        if (perAuthority == null) {
            return null;
        }
        List<Resolution> out = new ArrayList<>();
        for (Object authority : perAuthority) {
            String code = Json.text(Json.object(Json.object(authority), "status"), "code");
            out.add(Resolution.builder().withAuthority(Json.text(Json.object(authority), "authority"))
                    .withStatus(Status.builder().withCode(code).build())
                    .withValues(values(Json.list(Json.object(authority), "values"))).build());
        }
        return Resolutions.builder().withResolutionsPerAuthority(out).build();
    }

    private static List<ValueWrapper> values(List<Object> values) {
        if (values == null) {
            return null;
        }
        List<ValueWrapper> out = new ArrayList<>();
        for (Object wrapper : values) {
            Map<String, Object> value = Json.object(Json.object(wrapper), "value");
            out.add(ValueWrapper.builder().withValue(Value.builder().withId(Json.text(value, "id"))
                    .withName(Json.text(value, "name")).build()).build());
        }
        return out;
    }

    private static SessionEndedError sessionError(Map<String, Object> error) {
        if (error == null) {
            return null;
        }
        return SessionEndedError.builder().withType(SessionEndedErrorType.fromValue(Json.text(error, "type")))
                .withMessage(Json.text(error, "message")).build();
    }

    private static Error error(Map<String, Object> error) {
        if (error == null) {
            return null;
        }
        return Error.builder().withType(ErrorType.fromValue(Json.text(error, "type")))
                .withMessage(Json.text(error, "message")).build();
    }

}
