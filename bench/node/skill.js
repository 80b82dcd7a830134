'use strict';
// The peer scripts/bench measures the skill against: what a skill author would otherwise write in Node.js.
// ask-sdk-core 2.x and the AWS SDK v3 DynamoDB client, built when the module loads (as Lambda's Node.js
// runtime loads it); a launch looks up the driver's saved step with one GetItem, keyed by a SHA-256 of the
// Alexa user ID like the skill's own items, and offers to pick up there. Never deployed.
const crypto = require('crypto');
const Alexa = require('ask-sdk-core');
const { DynamoDBClient, GetItemCommand } = require('@aws-sdk/client-dynamodb');

const table = process.env.PROGRESS_TABLE;
// The region and credentials come from the environment, as Lambda sets them; the endpoint is local here.
const dynamodb = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT });

const LaunchHandler = {
  canHandle(input) {
    return Alexa.getRequestType(input.requestEnvelope) === 'LaunchRequest';
  },
  async handle(input) {
    const userKey = crypto.createHash('sha256').update(Alexa.getUserId(input.requestEnvelope)).digest('hex');
    const { Item } = await dynamodb.send(new GetItemCommand({
      TableName: table,
      Key: { userKey: { S: userKey } },
      ConsistentRead: true,
    }));
    const speech = Item && Item.step
      ? `Welcome back. You were on step ${Item.step.S}. Do you want to pick up there?`
      : 'This is the trunk release helper. Are you parked somewhere safe?';
    return input.responseBuilder.speak(speech).reprompt(speech).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler).lambda();
