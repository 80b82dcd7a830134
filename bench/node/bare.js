'use strict';
// The Node.js floor for scripts/bench: the ASK SDK documentation's one-sentence skill, no I/O.
const Alexa = require('ask-sdk-core');

const LaunchHandler = {
  canHandle(input) {
    return Alexa.getRequestType(input.requestEnvelope) === 'LaunchRequest';
  },
  handle(input) {
    return input.responseBuilder.speak('Hello from a bare skill.').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler).lambda();
