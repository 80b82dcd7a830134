'use strict';
// One cold start, as Lambda's Node.js runtime does it: load the handler module, answer one event, exit.
//   node cold.js <handler module> <event.json> [text the speech must contain]
const fs = require('fs');
const path = require('path');

const [handlerFile, eventFile, expected] = process.argv.slice(2);
const { handler } = require(path.resolve(handlerFile));
const event = JSON.parse(fs.readFileSync(eventFile, 'utf8'));
const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 8000 };

handler(event, context, (error, answer) => {
  const speech = answer && answer.response && answer.response.outputSpeech && answer.response.outputSpeech.ssml;
  if (error || !speech || (expected && !speech.includes(expected))) {
    console.error('no expected spoken answer:', error || JSON.stringify(answer));
    process.exit(1);
  }
  // Lambda freezes the process here; the SDK's keep-alive socket must not hold the measurement open.
  process.exit(0);
});
