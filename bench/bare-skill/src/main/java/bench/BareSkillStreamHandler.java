package bench;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

import java.util.Optional;

/** The hello-world skill from the ASK SDK documentation: one handler, one sentence. */
public class BareSkillStreamHandler extends SkillStreamHandler {

    public BareSkillStreamHandler() {
        super(new CustomSkillBuilder().addRequestHandlers(new LaunchHandler()).build());
    }

    static final class LaunchHandler implements RequestHandler {
        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("Hello from a bare skill.").build();
        }
    }
}
