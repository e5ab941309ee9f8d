// Drives the compiled TypeScript SDK for tests/test_typescript.py.
// usage: node run_client.mjs <path of dist/index.js>   (scenarios as JSON on stdin)
// A scenario is {client: ClientOptions, calls: [{method, params?, options?}]}; `params` absent
// means the method takes none. Prints one JSON array of outcomes, one per call, in order.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const sdk = await import(pathToFileURL(process.argv[2]).href);
const scenarios = JSON.parse(readFileSync(0, "utf8"));
const errorClasses = Object.entries(sdk).filter(([name, value]) => typeof value === "function" && name.endsWith("Error"));
const outcomes = [];

for (const scenario of scenarios) {
  const deprecated = [];
  const client = new sdk.Client({ ...scenario.client, onDeprecated: (v) => deprecated.push(v) });
  for (const call of scenario.calls) {
    const method = client[call.method];
    if (typeof method !== "function") {
      outcomes.push({ ok: false, name: "NoSuchMethod", message: call.method, classes: [] });
      continue;
    }
    const args = "params" in call ? [call.params, call.options] : [call.options];
    try {
      const value = await method.apply(client, args);
      outcomes.push({
        ok: true,
        value: JSON.parse(JSON.stringify(value)),
        isArray: Array.isArray(value),
        keys: Object.keys(value),
        metadata: value.metadata,
        accessToken: client.accessToken,
        secret: value.access_token ?? null,
        deprecated: [...deprecated],
      });
    } catch (error) {
      outcomes.push({
        ok: false,
        name: error?.name ?? null,
        message: String(error?.message ?? error),
        classes: errorClasses.filter(([, cls]) => error instanceof cls).map(([name]) => name).sort(),
        code: error?.code ?? null,
        mnemonic: error?.mnemonic ?? null,
        serverMessage: error?.serverMessage ?? null,
        field: error?.field ?? null,
        value: error?.value ?? null,
        params: error?.params ?? null,
        metadata: error?.metadata ?? null,
        requestId: error?.requestId ?? null,
        status: error?.status ?? null,
        raw: error?.raw ?? null,
        method: error?.method ?? null,
        defaultCode: error?.constructor?.defaultCode ?? null,
        defaultMnemonic: error?.constructor?.defaultMnemonic ?? null,
      });
    }
  }
}
process.stdout.write(JSON.stringify(outcomes));
