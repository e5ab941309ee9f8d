// Drives the compiled TypeScript SDK through a scripted program for tests/test_typescript.py.
// usage: node drive.mjs <path of dist/index.js>   (the program as JSON on stdin)
// The program is {env?: {...}, steps: [...]}; each step is one of
//   {op: "client", name, options, fetch?: "ignoresSignal"}   make a client (logs are captured)
//   {op: "copy", name, from, settings}                        client.withOptions(settings)
//   {op: "call", client, method, params?, options?, raw?, times?, abortAfter?}  one call (times: that many at once)
//   {op: "control", order}                                    POST order to the server's /control
//   {op: "close", client}
// Prints {outcomes: [...], logs: {name: [...]}, clients: {name: {toString, json, inspect, lastMetadata}}}.
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { pathToFileURL } from "node:url";

const sdk = await import(pathToFileURL(process.argv[2]).href);
const program = JSON.parse(readFileSync(0, "utf8"));
for (const name of Object.keys(process.env)) {
  if (name.startsWith("CALLAPI_")) delete process.env[name];
}
Object.assign(process.env, program.env ?? {});
const errorClasses = Object.entries(sdk).filter(([name, value]) => typeof value === "function" && name.endsWith("Error"));
const clients = {};
const logs = {};
const outcomes = [];

function describeError(error) {
  return {
    ok: false,
    name: error?.name ?? null,
    message: String(error?.message ?? error),
    text: String(error),
    json: JSON.stringify(error) ?? null,
    inspected: inspect(error, { depth: 6 }),
    classes: errorClasses.filter(([, cls]) => error instanceof cls).map(([name]) => name).sort(),
    code: error?.code ?? null,
    mnemonic: error?.mnemonic ?? null,
    retryAfter: error?.retryAfter ?? null,
    externalId: error?.externalId ?? null,
    method: error?.method ?? null,
    status: error?.status ?? null,
    raw: error?.raw ?? null,
    metadata: error?.metadata ?? null,
  };
}

async function call(step) {
  const client = clients[step.client];
  const target = step.raw ? client.withRawResponse : client;
  // abortAfter: milliseconds until the call's own AbortSignal fires
  const options = step.abortAfter === undefined ? step.options : { ...step.options, signal: AbortSignal.timeout(step.abortAfter) };
  const args = "params" in step ? [step.params, options] : [options];
  try {
    const value = await target[step.method](...args);
    if (step.raw) {
      let parsed;
      try {
        parsed = { ok: true, value: JSON.parse(JSON.stringify(value.parse())) };
      } catch (error) {
        parsed = describeError(error);
      }
      return { ok: true, raw: { status: value.status, headers: value.headers, requestId: value.requestId, json: value.json }, parsed };
    }
    return { ok: true, value: JSON.parse(JSON.stringify(value)), metadata: value.metadata ?? null, inspected: inspect(value, { depth: 6 }) };
  } catch (error) {
    return describeError(error);
  }
}

for (const step of program.steps) {
  if (step.op === "client") {
    const lines = (logs[step.name] = []);
    const options = { ...step.options, logger: { debug: (l) => lines.push(l), warn: (l) => lines.push(l) } };
    if (step.fetch === "ignoresSignal") {
      // a user's fetch that never looks at the abort signal: the deadline must hold anyway
      options.fetch = (url, init) => globalThis.fetch(url, { ...init, signal: undefined });
    }
    try {
      clients[step.name] = new sdk.Client(options);
    } catch (error) {
      outcomes.push(describeError(error));
    }
  } else if (step.op === "copy") {
    clients[step.name] = clients[step.from].withOptions(step.settings);
  } else if (step.op === "call") {
    if (program.timings) console.error(`${Date.now()} ${step.method}`);
    if (step.times) {
      outcomes.push(...(await Promise.all(Array.from({ length: step.times }, () => call(step)))));
    } else {
      outcomes.push(await call(step));
    }
  } else if (step.op === "control") {
    await fetch(program.control, { method: "POST", body: JSON.stringify(step.order) });
  } else if (step.op === "close") {
    try {
      await clients[step.client].close();
      outcomes.push({ ok: true, closed: true });
    } catch (error) {
      outcomes.push(describeError(error));
    }
  }
}
const seen = Object.fromEntries(
  Object.entries(clients).map(([name, client]) => [
    name,
    { text: String(client), json: JSON.stringify(client), inspected: inspect(client), lastMetadata: client.lastMetadata },
  ]),
);
// exit at once: a user's fetch that ignored the abort may still be reading a dripped body
process.stdout.write(JSON.stringify({ outcomes, logs, clients: seen }), () => process.exit(0));
