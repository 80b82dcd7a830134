'use strict';
// dynalite (DynamoDB's JSON API, in memory) over TLS with the certificate scripts/bench generated for the
// run: the server sends its certificate and the intermediate, as DynamoDB's endpoints do.
//   node dynalite-tls.js <port> <server key.pem> <server chain.pem>
const fs = require('fs');
const dynalite = require('dynalite');

const [port, key, chain] = process.argv.slice(2);
const server = dynalite({ ssl: true, key: fs.readFileSync(key), cert: fs.readFileSync(chain), ca: [] });
server.listen(Number(port), () => console.log(`listening on ${server.address().port}`));
