// Starts the official OpenRPC mock server (@open-rpc/mock-server) for tests/test_openrpc.py.
// usage: node openrpc_mock.cjs <openrpc.json>
// The document goes through the official parser first (validate + dereference), as the package's
// own CLI does; the server is the one that CLI builds, but it listens on 127.0.0.1 and a free port
// (the CLI listens on every interface). Prints "listening on 127.0.0.1:<port>" once it listens.
const { parseOpenRPCDocument } = require("@open-rpc/schema-utils-js");
const mockServer = require("@open-rpc/mock-server/build/index.js").default; // the package has no "main"

(async () => {
  const document = await parseOpenRPCDocument(process.argv[2]);
  const server = mockServer(0, document);
  const http = server.transports[0].server;
  http.listen(0, "127.0.0.1", () => process.stdout.write(`listening on 127.0.0.1:${http.address().port}\n`));
})().catch((error) => {
  process.stderr.write(`${error?.message ?? error}\n`);
  process.exit(1);
});
