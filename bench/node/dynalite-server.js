'use strict';
// dynalite (DynamoDB's JSON API, in memory) for scripts/bench. Over TLS with the certificate scripts/bench
// generated for the run: the server sends its certificate and the intermediate, as DynamoDB's endpoints do.
// With [groups] (OpenSSL's list, e.g. P-256:P-384) it offers only those key exchange groups. Without a key
// and chain, over plain HTTP (the --plain-http reference).
//   node dynalite-server.js <port> [<server key.pem> <server chain.pem> [groups]]
const fs = require('fs');
const dynalite = require('dynalite');

const [port, key, chain, groups] = process.argv.slice(2);
const server = dynalite(key ? {
  ssl: true, key: fs.readFileSync(key), cert: fs.readFileSync(chain), ca: [], ...(groups ? { ecdhCurve: groups } : {}),
} : {});
server.listen(Number(port), () => console.log(`listening on ${server.address().port}`));
