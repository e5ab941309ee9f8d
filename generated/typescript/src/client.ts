// Generated from spec/ by `python -m generator`; do not edit.
/** `Client`: one async method per Call API method, with sessions, limits, retries and deadlines. */

import {
  API_VERSION,
  BASE_URLS,
  type Brand,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  ENV,
  HEADERS,
  INITIAL_RETRY_DELAY,
  MAX_RETRY_DELAY,
  RETRY_STATUSES,
  SDK_VERSION,
  SESSION_LIFETIME,
  SESSION_REFRESH_MARGIN,
  VERSION_PATH,
} from "./constants.js";
import {
  type Answer,
  type MethodSpec,
  type Reading,
  readEnvelope,
  readResult,
  requestBody,
  retryDelay,
  withMetadata,
} from "./core.js";
import {
  AmbiguousOutcomeError,
  ApiError,
  CallApiError,
  ClientClosedError,
  MissingCredentialsError,
  RequestTimeoutError,
  TransportError,
} from "./errors.js";
import { Secrets, hideSecrets } from "./secrets.js";
import type {
  ApiVersion,
  Metadata,
  ResultList,
  WithMetadata,
  LoginUserParams,
  LoginUserResult,
  StartEmployeeCallParams,
  StartEmployeeCallResult,
  StartInformerCallParams,
  StartInformerCallResult,
  StartScenarioCallParams,
  StartScenarioCallResult,
  StartSimpleCallParams,
  StartSimpleCallResult,
  StartVnumberCallParams,
  StartVnumberCallResult,
  AddCoachParams,
  BlockContactParams,
  CallTalkOptionParams,
  DisconnectLegParams,
  HoldCallParams,
  ListCallsParams,
  ListCallsResult,
  ListTalkOptionsResult,
  MakeCallParams,
  RecordCallParams,
  ReleaseCallParams,
  RestoreTalkParams,
  SendDtmfParams,
  TagCallParams,
  TransferTalkParams,
  UnholdCallParams,
  SuccessResult,
} from "./types.js";

/** Where the client writes what it notices: `debug` one line per request, `warn` surprises. */
export interface Logger {
  debug(message: string): void;
  warn(message: string): void;
}

/**
 * How to reach the API and how to behave; every option has an environment variable or a default.
 */
export interface ClientOptions {
  /**
   * A permanent key (or a session key) sent as `access_token`; default `CALLAPI_ACCESS_TOKEN`.
   * With `login` and `password` too, a refused key is replaced by a new session.
   */
  accessToken?: string | null;
  /**
   * Login of a user with Call API access: the client logs in by itself; default `CALLAPI_LOGIN`.
   */
  login?: string;
  /** That user's password; default `CALLAPI_PASSWORD`. */
  password?: string;
  /** Whose servers to call: `uis`, `comagic`, `novofon`, `callgear`; default `CALLAPI_BRAND`. */
  brand?: Brand;
  /** The full endpoint instead of a brand, e.g. for a test server; default `CALLAPI_BASE_URL`. */
  baseUrl?: string;
  /** The API version in the URL (default 4.0). */
  version?: string;
  /** Milliseconds a whole call may take, retries, logins and waits included (default 30000). */
  timeout?: number;
  /**
   * How often to try again after a failure that is safe to repeat (default 2): a connection that
   * was refused, or, for methods that do not act on a call, no answer or a gateway's
   * 429/502/503/504.
   */
  maxRetries?: number;
  /**
   * Milliseconds the client may wait, per call, for a used-up points limit to reset before
   * sending the refused call again (default 0: throw `LimitExceededError` at once). The wait
   * must also fit in the call's `timeout`.
   */
  waitOnLimit?: number;
  /**
   * Your own `fetch` (proxies, tests); the global one by default. The call's deadline holds
   * even when it ignores the abort signal.
   */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  defaultHeaders?: Readonly<Record<string, string>>;
  /** Told when an answer says the called version is deprecated; by default warns once. */
  onDeprecated?: (apiVersion: ApiVersion) => void;
  /** Where log lines go (default: the console's stderr). */
  logger?: Logger;
  /** `debug` logs one line per request; default `debug` when `CALLAPI_LOG=debug`, else `warn`. */
  logLevel?: "debug" | "warn";
}

/** Options of one call; each overrides the client's. */
export interface RequestOptions {
  /** Milliseconds this call may take in all. */
  timeout?: number;
  /** Retries of this call (see `ClientOptions.maxRetries`). */
  maxRetries?: number;
  /**
   * Members added to the request's `params`, for parameters the spec does not list; a name
   * that is also a named parameter is refused with a `TypeError`.
   */
  extraParams?: Readonly<Record<string, unknown>>;
  /** Headers added to this request. */
  extraHeaders?: Readonly<Record<string, string>>;
  /** Aborts the call; the abort reason is thrown as is. */
  signal?: AbortSignal;
}

/** What `withOptions` may change: the copy shares the session, the fetch and the metadata. */
export interface ClientSettings {
  timeout?: number;
  maxRetries?: number;
  waitOnLimit?: number;
  defaultHeaders?: Readonly<Record<string, string>>;
}

/** An answer with its HTTP side, from `client.withRawResponse`. */
export interface RawResponse<T> {
  /** The HTTP status. */
  readonly status: number;
  /** The HTTP headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON-RPC id of the request. */
  readonly requestId: number;
  /** The decoded JSON-RPC answer (credentials redacted). */
  readonly json: Readonly<Record<string, unknown>>;
  /** The typed result; throws the `ApiError` of an error answer. */
  parse(): T;
}

/** Every method name of the client. */
export type MethodName =
  | "loginUser"
  | "logoutUser"
  | "startEmployeeCall"
  | "startInformerCall"
  | "startScenarioCall"
  | "startSimpleCall"
  | "startVnumberCall"
  | "addCoach"
  | "blockContact"
  | "callTalkOption"
  | "disconnectLeg"
  | "holdCall"
  | "listCalls"
  | "listTalkOptions"
  | "makeCall"
  | "recordCall"
  | "releaseCall"
  | "restoreTalk"
  | "sendDtmf"
  | "tagCall"
  | "transferTalk"
  | "unholdCall";

/** The client's methods, each resolving to a `RawResponse` of its result. */
export type RawMethods = {
  readonly [K in MethodName]: (
    ...args: Parameters<Client[K]>
  ) => Promise<RawResponse<Awaited<ReturnType<Client[K]>>>>;
};

/** The endpoint URL: `baseUrl` as given, or the brand's server plus the version path. */
export function baseUrlFor(
  brand: Brand | undefined,
  baseUrl: string | undefined,
  version: string,
): string {
  const brands = Object.keys(BASE_URLS).join(", ");
  if (baseUrl !== undefined) {
    if (brand !== undefined) {
      throw new TypeError("pass brand or baseUrl, not both");
    }
    return baseUrl.replace(/\/+$/, "");
  }
  if (brand === undefined) {
    throw new TypeError(
      `pass brand (one of ${brands}) or baseUrl, or set ${ENV.brand} or ${ENV.baseUrl}`,
    );
  }
  if (!Object.hasOwn(BASE_URLS, brand)) {
    throw new TypeError(`unknown brand ${JSON.stringify(brand)} (expected one of ${brands})`);
  }
  return `${BASE_URLS[brand]}/${VERSION_PATH.replace("{version}", version)}`;
}

/** The method specs, by client method name. */
const SPECS = {
  loginUser: {
    method: "login.user",
    actsOnCall: false,
    needsToken: false,
    session: "opens",
    result: {
      t: "object",
      f: { access_token: [true, { t: "string" }], expire_at: [true, { t: "integer" }] },
    },
  },
  logoutUser: {
    method: "logout.user",
    actsOnCall: false,
    needsToken: true,
    session: "closes",
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  startEmployeeCall: {
    method: "start.employee_call",
    actsOnCall: true,
    needsToken: true,
    externalId: "external_id",
    result: { t: "object", f: { call_session_id: [true, { t: "integer" }] } },
  },
  startInformerCall: {
    method: "start.informer_call",
    actsOnCall: true,
    needsToken: true,
    externalId: "external_id",
    result: { t: "object", f: { call_session_id: [true, { t: "integer" }] } },
  },
  startScenarioCall: {
    method: "start.scenario_call",
    actsOnCall: true,
    needsToken: true,
    externalId: "external_id",
    result: { t: "object", f: { call_session_id: [true, { t: "integer" }] } },
  },
  startSimpleCall: {
    method: "start.simple_call",
    actsOnCall: true,
    needsToken: true,
    externalId: "external_id",
    result: { t: "object", f: { call_session_id: [true, { t: "integer" }] } },
  },
  startVnumberCall: {
    method: "start.vnumber_call",
    actsOnCall: true,
    needsToken: true,
    externalId: "external_id",
    result: { t: "object", f: { call_session_id: [true, { t: "integer" }] } },
  },
  addCoach: {
    method: "add.coach",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  blockContact: {
    method: "block.contact",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  callTalkOption: {
    method: "call.talk_option",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  disconnectLeg: {
    method: "disconnect.leg",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  holdCall: {
    method: "hold.call",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  listCalls: {
    method: "list.calls",
    actsOnCall: false,
    needsToken: true,
    result: {
      t: "array",
      i: {
        t: "object",
        f: {
          call_session_id: [true, { t: "integer" }],
          direction: [true, { t: "string", e: ["in", "out"] }],
          start_time: [true, { t: "string" }],
          virtual_phone_number: [true, { t: "string" }],
          contact_phone_number: [true, { t: "string" }],
          external_id: [true, { t: "string", n: true }],
          tags: [
            true,
            {
              t: "array",
              i: {
                t: "object",
                f: { tag_id: [true, { t: "integer" }], tag_name: [true, { t: "string" }] },
              },
            },
          ],
          legs: [
            true,
            {
              t: "array",
              i: {
                t: "object",
                f: {
                  leg_id: [true, { t: "integer" }],
                  calling_phone_number: [true, { t: "string" }],
                  called_phone_number: [true, { t: "string" }],
                  is_operator: [true, { t: "boolean", e: [true, false] }],
                  employee_id: [true, { t: "integer", n: true }],
                  employee_full_name: [true, { t: "string", n: true }],
                  record_call_enabled: [true, { t: "boolean", e: [true, false] }],
                  state: [true, { t: "string" }],
                },
              },
            },
          ],
        },
      },
    },
  },
  listTalkOptions: {
    method: "list.talk_options",
    actsOnCall: false,
    needsToken: true,
    result: {
      t: "array",
      i: {
        t: "object",
        f: {
          button: [true, { t: "string" }],
          mnemonic: [
            true,
            {
              t: "string",
              e: [
                "finish_conversation",
                "tag_call",
                "record_talk",
                "transfer_call",
                "run_scenario",
                "call_coach",
                "receive_fax",
                "save_numa",
              ],
            },
          ],
          name: [true, { t: "string" }],
          button_value: [
            false,
            {
              t: "object",
              n: true,
              f: { id: [true, { t: "integer" }], value: [true, { t: "string" }] },
            },
          ],
        },
      },
    },
  },
  makeCall: {
    method: "make.call",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  recordCall: {
    method: "record.call",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  releaseCall: {
    method: "release.call",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  restoreTalk: {
    method: "restore.talk",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  sendDtmf: {
    method: "send.dtmf",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  tagCall: {
    method: "tag.call",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  transferTalk: {
    method: "transfer.talk",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
  unholdCall: {
    method: "unhold.call",
    actsOnCall: true,
    needsToken: true,
    result: { t: "object", f: { success: [true, { t: "boolean" }] } },
  },
} as const satisfies Record<MethodName, MethodSpec>;

/** Error codes of a connection that never carried the request: safe to try again for any method. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function neverSent(error: unknown): boolean {
  for (
    let cause = error, depth = 0;
    cause instanceof Error && depth < 5;
    cause = cause.cause, depth++
  ) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && NOT_SENT.has(code)) {
      return true;
    }
  }
  return false;
}

function describe(error: unknown): string {
  const cause =
    error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return error instanceof Error ? `${error.name}: ${error.message}${cause}` : String(error);
}

/** The environment when there is one (Node, Deno with permission, Bun); empty in browsers. */
function environment(): Readonly<Record<string, string | undefined>> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } })
    .process;
  return process?.env ?? {};
}

function setting(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

/** `cloudpbx-callapi-ts/<version> node/<version>` under Node; browsers set their own. */
const USER_AGENT: Readonly<Record<string, string>> = (() => {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions
    ?.node;
  const headers: Record<string, string> = {};
  if (node !== undefined) {
    headers["User-Agent"] = `cloudpbx-callapi-ts/${SDK_VERSION} node/${node}`;
  }
  return headers;
})();

/** Headers as a plain object, names in lower case. */
function headerRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** Seconds or an HTTP date in a `Retry-After` header, as milliseconds from now. */
function retryAfterHeader(value: string | null): number | null {
  if (value === null) {
    return null;
  }
  const seconds = Number(value);
  if (value.trim() !== "" && Number.isFinite(seconds)) {
    return Math.max(0, seconds * 1000);
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** Waits `ms`; an abort of `signal` ends the wait with its reason. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) {
      onAbort();
    } else {
      signal?.addEventListener("abort", onAbort, { once: true });
    }
  });
}

const INSPECT: unique symbol = Symbol.for("nodejs.util.inspect.custom");

/** What a request came back with, before it is read. */
interface Exchanged {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** Why a request got no answer: `refused` means it never left (any method may try again). */
class NoAnswer extends Error {
  constructor(
    readonly kind: "timeout" | "refused" | "broken",
    cause?: unknown,
  ) {
    super(kind, { cause });
  }
}

/** The configuration of one client (copies from `withOptions` have their own). */
interface Config {
  readonly timeout: number;
  readonly maxRetries: number;
  readonly waitOnLimit: number;
  readonly defaultHeaders: Readonly<Record<string, string>>;
  readonly login: string | undefined;
  readonly password: string | undefined;
  readonly fetch: typeof fetch;
  readonly onDeprecated: ((apiVersion: ApiVersion) => void) | undefined;
  readonly logger: Logger;
  readonly debug: boolean;
}

/** What a client and its copies share: the session, the ids, what was learnt from answers. */
interface Shared {
  /** The key in use; `expireAt` (ms) is null for a key whose lifetime is unknown. */
  session: { readonly token: string; readonly expireAt: number | null } | null;
  /** The login in flight: every caller that needs a new session waits for this one. */
  login: Promise<string> | null;
  /** True when this client logged in (and so logs out on `close()`). */
  opened: boolean;
  closed: boolean;
  lastMetadata: Metadata | null;
  nextId: number;
  readonly warned: Set<string>;
  readonly secrets: Secrets;
}

/**
 * Client of the Call API.
 *
 * ```ts
 * const client = new Client({ brand: "uis", login: "...", password: "..." });
 * const call = await client.startEmployeeCall({ ... });
 * console.log(call.call_session_id, call.metadata?.limits);
 * await client.close();
 * ```
 *
 * Each method resolves to `result.data` of the answer, with the answer's `metadata` as a
 * non-enumerable `metadata` property, and rejects with a `CallApiError`: an `ApiError`
 * subclass for an error answer, `TransportError` when no answer came (`AmbiguousOutcomeError`
 * when a call-acting request may have been executed), `ProtocolError` for an answer that is
 * not a valid JSON-RPC answer.
 *
 * With `login` and `password` the client logs in on first use, logs in again a minute before
 * the session key expires or when the server refuses it as expired or invalid (then sends the
 * refused call once more: it was not executed), with one login for all concurrent callers.
 */
export class Client {
  /** The endpoint every request is posted to. */
  readonly url: string;
  #config: Config;
  #shared: Shared;
  #raw = false;

  constructor(options: ClientOptions = {}) {
    const env = environment();
    let { brand, baseUrl } = options;
    if (brand === undefined && baseUrl === undefined) {
      baseUrl = setting(env, ENV.baseUrl);
      brand = baseUrl === undefined ? (setting(env, ENV.brand) as Brand | undefined) : undefined;
    }
    this.url = baseUrlFor(brand, baseUrl, options.version ?? API_VERSION);
    let accessToken = options.accessToken ?? undefined;
    let { login, password } = options;
    if (accessToken === undefined && login === undefined && password === undefined) {
      accessToken = setting(env, ENV.accessToken);
      if (accessToken === undefined) {
        login = setting(env, ENV.login);
        password = setting(env, ENV.password);
      }
    }
    if ((login === undefined) !== (password === undefined)) {
      throw new TypeError("pass login and password together");
    }
    const fetchFunction = options.fetch ?? globalThis.fetch;
    if (typeof fetchFunction !== "function") {
      throw new TypeError("no global fetch here; pass options.fetch");
    }
    const logger = options.logger ?? {
      debug: (line: string) => console.error(line),
      warn: (line: string) => console.warn(line),
    };
    this.#config = {
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      waitOnLimit: options.waitOnLimit ?? 0,
      defaultHeaders: options.defaultHeaders ?? {},
      login,
      password,
      fetch: fetchFunction,
      onDeprecated: options.onDeprecated,
      logger,
      debug:
        (options.logLevel ??
          (setting(env, ENV.log)?.toLowerCase() === "debug" ? "debug" : "warn")) === "debug",
    };
    const secrets = new Secrets();
    secrets.add(accessToken);
    secrets.add(password);
    this.#shared = {
      session: accessToken === undefined ? null : { token: accessToken, expireAt: null },
      login: null,
      opened: false,
      closed: false,
      lastMetadata: null,
      nextId: 1,
      warned: new Set(),
      secrets,
    };
  }

  /** Milliseconds a call may take in all. */
  get timeout(): number {
    return this.#config.timeout;
  }

  /** Retries of a failed call that is safe to repeat. */
  get maxRetries(): number {
    return this.#config.maxRetries;
  }

  /** Milliseconds a call may wait for a limit to reset. */
  get waitOnLimit(): number {
    return this.#config.waitOnLimit;
  }

  /** The key sent as `access_token` now (a secret: never log it), or null. */
  get accessToken(): string | null {
    return this.#shared.session?.token ?? null;
  }

  /** The `metadata` of the latest answer (its `limits` tell the points left). */
  get lastMetadata(): Metadata | null {
    return this.#shared.lastMetadata;
  }

  /** A copy with other settings, sharing this client's session, fetch and metadata. */
  withOptions(settings: ClientSettings): Client {
    const copy = new Client({ baseUrl: this.url, fetch: this.#config.fetch, accessToken: "-" });
    copy.#config = {
      ...this.#config,
      ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
    };
    copy.#shared = this.#shared;
    copy.#raw = this.#raw;
    return copy;
  }

  /**
   * The same methods, each resolving to the answer's HTTP status, headers and JSON beside the
   * result.
   */
  get withRawResponse(): RawMethods {
    const copy = this.withOptions({});
    copy.#raw = true;
    return copy as unknown as RawMethods;
  }

  /** Logs out when this client logged in; afterwards every call throws `ClientClosedError`. */
  async close(): Promise<void> {
    const shared = this.#shared;
    if (shared.closed) {
      return;
    }
    if (shared.opened && shared.session !== null) {
      try {
        await this.#call(SPECS.logoutUser, {}, {}, false);
      } catch (error) {
        if (!(error instanceof CallApiError)) {
          throw error;
        }
        this.#config.logger.warn(
          `callapi: ${SPECS.logoutUser.method} on close failed: ${error.message}`,
        );
      }
    }
    shared.closed = true;
    shared.session = null;
  }

  toString(): string {
    return `Client(url=${this.url}, accessToken=${this.#shared.session === null ? "none" : "set"})`;
  }

  toJSON(): Record<string, unknown> {
    return {
      url: this.url,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      waitOnLimit: this.waitOnLimit,
    };
  }

  [INSPECT](): string {
    return this.toString();
  }

  /**
   * The key to send: the session's, a fresh session's when it is (nearly) expired, or the given
   * key.
   */
  async #key(): Promise<string> {
    const { session } = this.#shared;
    const fresh =
      session !== null &&
      (session.expireAt === null || Date.now() < session.expireAt - SESSION_REFRESH_MARGIN);
    if (session !== null && (fresh || this.#config.login === undefined)) {
      return session.token;
    }
    if (this.#config.login === undefined) {
      throw new MissingCredentialsError(
        `no access token: pass accessToken, or login and password (or set ${ENV.accessToken}, or ${ENV.login} and ${ENV.password})`,
      );
    }
    return this.#renew(null);
  }

  /** A new session key, with one login for all callers; `stale` is the key the server refused. */
  #renew(stale: string | null): Promise<string> {
    const shared = this.#shared;
    if (stale !== null && shared.session !== null && shared.session.token !== stale) {
      return Promise.resolve(shared.session.token); // another caller already replaced it
    }
    if (shared.login === null) {
      const { login, password } = this.#config;
      shared.login = this.#call(SPECS.loginUser, { login, password }, {}, false)
        .then((result) => (result as LoginUserResult).access_token)
        .finally(() => {
          shared.login = null;
        });
    }
    return shared.login;
  }

  /** `promise`, or `RequestTimeoutError` when the deadline comes first. */
  async #within<T>(promise: Promise<T>, deadline: number, spec: MethodSpec): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(this.#timeoutError(spec)),
        Math.max(0, deadline - Date.now()),
      );
    });
    try {
      return await Promise.race([promise, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  #timeoutError(spec: MethodSpec, cause?: unknown): RequestTimeoutError {
    return new RequestTimeoutError(`no answer to ${spec.method} within its deadline`, { cause });
  }

  /**
   * Posts one body and reads the answer's text by the deadline, whatever `fetch` does with the
   * signal.
   */
  async #exchange(
    body: string,
    headers: Record<string, string>,
    deadline: number,
    signal: AbortSignal | undefined,
  ): Promise<Exchanged> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => {
          controller.abort();
          reject(new NoAnswer("timeout"));
        },
        Math.max(0, deadline - Date.now()),
      );
      onAbort = () => {
        controller.abort(signal?.reason);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    try {
      const response = await Promise.race([
        this.#config.fetch(this.url, { method: "POST", headers, body, signal: controller.signal }),
        stop,
      ]);
      let text: string;
      try {
        text = await Promise.race([response.text(), stop]);
      } catch (error) {
        if (error instanceof NoAnswer || signal?.aborted) {
          throw error;
        }
        throw new NoAnswer("broken", error); // the body broke off or could not be decoded
      }
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (error instanceof NoAnswer || signal?.aborted) {
        throw error;
      }
      throw new NoAnswer(neverSent(error) ? "refused" : "broken", error);
    } finally {
      clearTimeout(timer);
      if (onAbort !== undefined) {
        signal?.removeEventListener("abort", onAbort);
      }
    }
  }

  #log(spec: MethodSpec, id: number, attempt: number, started: number, outcome: string): void {
    if (this.#config.debug) {
      const line = `callapi: ${spec.method} id=${id} attempt=${attempt} ${Date.now() - started}ms ${outcome}`;
      this.#config.logger.debug(this.#shared.secrets.text(line));
    }
  }

  #warnOnce(key: string, message: string): void {
    if (!this.#shared.warned.has(key)) {
      this.#shared.warned.add(key);
      this.#config.logger.warn(this.#shared.secrets.text(message));
    }
  }

  #reading(spec: MethodSpec, id: number, status: number): Reading {
    return {
      spec,
      requestId: id,
      status,
      secrets: this.#shared.secrets,
      onDeprecated:
        this.#config.onDeprecated ??
        ((v) =>
          this.#warnOnce(
            "deprecated",
            `callapi: Call API version ${v.current_version} is deprecated; the latest is ${v.latest_version}`,
          )),
      unknown: (path, value, allowed) => {
        const where = `${spec.method} ${path.replace(/\[\d+\]/g, "[]")}`;
        this.#warnOnce(
          `${where} ${JSON.stringify(value)}`,
          `callapi: ${where} is ${JSON.stringify(value)}, which the spec does not list (${JSON.stringify(allowed)}); kept as is`,
        );
      },
    };
  }

  /**
   * Sends one call and reads its answer: logs in when needed, retries what is safe to repeat,
   * re-sends a call the server refused unexecuted (expired session, used-up limit), and stops
   * at the call's deadline.
   */
  async #call(
    spec: MethodSpec,
    params: Record<string, unknown>,
    options: RequestOptions = {},
    raw = this.#raw,
  ): Promise<unknown> {
    const shared = this.#shared;
    const config = this.#config;
    if (shared.closed) {
      throw new ClientClosedError("the client is closed; make a new Client");
    }
    const deadline = Date.now() + (options.timeout ?? config.timeout);
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const extra = options.extraParams ?? {};
    for (const name of Object.keys(extra)) {
      if (Object.hasOwn(params, name) || (spec.needsToken && name === "access_token")) {
        throw new TypeError(`extraParams.${name} is a parameter of ${spec.method}: pass it as one`);
      }
    }
    const headers = {
      ...HEADERS,
      ...USER_AGENT,
      ...config.defaultHeaders,
      ...options.extraHeaders,
    };
    const externalId =
      spec.externalId !== undefined && typeof params[spec.externalId] === "string"
        ? (params[spec.externalId] as string)
        : null;
    const id = shared.nextId++;
    let retries = 0;
    let renewed = false;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const token = spec.needsToken ? await this.#within(this.#key(), deadline, spec) : null;
      const body = requestBody(id, spec.method, {
        ...(token === null ? {} : { access_token: token }),
        ...params,
        ...extra,
      });
      const started = Date.now();
      let exchanged: Exchanged;
      try {
        exchanged = await this.#exchange(body, headers, deadline, options.signal);
      } catch (error) {
        if (!(error instanceof NoAnswer)) {
          throw error; // the caller's own abort
        }
        this.#log(spec, id, attempt, started, `no answer (${error.kind})`);
        const mayRepeat = error.kind === "refused" || (error.kind === "broken" && !spec.actsOnCall);
        if (
          mayRepeat &&
          retries < maxRetries &&
          (await this.#pause(
            retryDelay(retries, INITIAL_RETRY_DELAY, MAX_RETRY_DELAY),
            deadline,
            options.signal,
          ))
        ) {
          retries++;
          continue;
        }
        if (error.kind !== "refused" && spec.actsOnCall) {
          throw new AmbiguousOutcomeError(
            spec.method,
            externalId,
            error.kind === "timeout" ? "no answer within the deadline" : "the connection broke off",
            {
              cause: error.cause,
            },
          );
        }
        if (error.kind === "timeout") {
          throw this.#timeoutError(spec);
        }
        throw new TransportError(`${spec.method} failed: ${describe(error.cause)}`, {
          cause: error.cause,
        });
      }
      const { status, text } = exchanged;
      const reading = this.#reading(spec, id, status);
      if (status !== 200) {
        if (RETRY_STATUSES.has(status) && !spec.actsOnCall && retries < maxRetries) {
          const asked = retryAfterHeader(exchanged.headers.get("retry-after"));
          const delay = Math.min(
            asked ?? retryDelay(retries, INITIAL_RETRY_DELAY, MAX_RETRY_DELAY),
            MAX_RETRY_DELAY,
          );
          this.#log(spec, id, attempt, started, `HTTP ${status}, retry in ${Math.round(delay)}ms`);
          if (await this.#pause(delay, deadline, options.signal)) {
            retries++;
            continue;
          }
        }
        if (status >= 500 && spec.actsOnCall && !isAnswer(text)) {
          this.#log(spec, id, attempt, started, `HTTP ${status}`);
          throw new AmbiguousOutcomeError(spec.method, externalId, `HTTP ${status} from a gateway`);
        }
      }
      let envelope: Record<string, unknown>;
      let outcome: Answer | ApiError;
      try {
        envelope = readEnvelope(reading, text);
        outcome = readResult(reading, envelope, text);
      } catch (error) {
        this.#log(
          spec,
          id,
          attempt,
          started,
          error instanceof CallApiError ? error.name : "failed",
        );
        throw error;
      }
      shared.lastMetadata = outcome.metadata;
      if (outcome instanceof ApiError) {
        this.#log(spec, id, attempt, started, outcome.mnemonic ?? `error ${outcome.code}`);
        const cls = outcome.constructor as typeof ApiError;
        if (
          cls.renewsSession &&
          token !== null &&
          spec.session !== "closes" &&
          !renewed &&
          config.login !== undefined
        ) {
          renewed = true;
          await this.#within(this.#renew(token), deadline, spec);
          continue;
        }
        if (cls.waitsForReset && outcome.retryAfter !== null && config.waitOnLimit > 0) {
          const delay = outcome.retryAfter * 1000;
          if (
            waited + delay <= config.waitOnLimit &&
            (await this.#pause(delay, deadline, options.signal))
          ) {
            waited += delay;
            continue;
          }
        }
      } else {
        this.#log(spec, id, attempt, started, "ok");
        this.#settle(spec, outcome.data);
      }
      const result =
        outcome instanceof ApiError
          ? outcome
          : withMetadata(hideSecrets(outcome.data as object), outcome.metadata);
      if (raw) {
        return {
          status,
          headers: headerRecord(exchanged.headers),
          requestId: id,
          json: envelope,
          parse: () => {
            if (result instanceof ApiError) {
              throw result;
            }
            return result;
          },
        } satisfies RawResponse<unknown>;
      }
      if (result instanceof ApiError) {
        throw result;
      }
      return result;
    }
  }

  /** Waits `ms` when that leaves time before the deadline; false when it does not. */
  async #pause(ms: number, deadline: number, signal: AbortSignal | undefined): Promise<boolean> {
    if (Date.now() + ms >= deadline) {
      return false;
    }
    await sleep(ms, signal);
    return true;
  }

  /** What a successful session method changes: the key in use. */
  #settle(spec: MethodSpec, data: unknown): void {
    const shared = this.#shared;
    if (spec.session === "opens") {
      const opened = data as LoginUserResult;
      shared.secrets.add(opened.access_token);
      const expireAt =
        typeof opened.expire_at === "number"
          ? opened.expire_at * 1000
          : Date.now() + SESSION_LIFETIME;
      shared.session = { token: opened.access_token, expireAt };
      shared.opened = true;
    } else if (spec.session === "closes") {
      shared.session = null;
      shared.opened = false;
    }
  }

  /**
   * Exchange a user login and password for a temporary session key.
   *
   * Authenticates with the account user's login and password and returns an
   * `access_token` (session key) to pass in every other Call API request, plus
   * `expire_at`, the moment the key stops being accepted.
   *
   * A session key obtained this way lives for one hour. When it has expired, call
   * `login.user` again to get a new one. Instead of session keys, requests may also
   * carry the permanent authentication key shown in the customer's personal account
   * ("Access by key"); that key needs no login.
   *
   * @param params - The parameters.
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async loginUser(
    params: LoginUserParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<LoginUserResult>> {
    return (await this.#call(
      SPECS.loginUser,
      { ...params },
      options,
    )) as WithMetadata<LoginUserResult>;
  }

  /**
   * End an authentication session and invalidate its session key.
   *
   * Closes the session opened by `login.user`: the given session key is discarded
   * and can no longer be used for requests.
   *
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async logoutUser(options?: RequestOptions): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(SPECS.logoutUser, {}, options)) as WithMetadata<SuccessResult>;
  }

  /**
   * Connect an external subscriber directly with one of your employees, without a call scenario.
   *
   * Places a two-leg call between the number in `contact` and the employee given in `employee`,
   * bypassing any scenario. `first_call` decides which side is dialled first. The caller ID shown
   * to the contact is always `virtual_phone_number`; the employee sees it too unless
   * `show_virtual_phone_number` is false.
   *
   * Optional messages (`contact_message`, `employee_message`, each a media file or TTS text) can be
   * played to either leg before the parties are joined; `switch_at_once` decides whether the
   * conversation starts as soon as the second party answers (cutting the message short) or only
   * after the message has finished. A leg with no message of its own, or whose message has
   * finished, hears the `media_file_id` melody (system "dialing_music" by default).
   *
   * On success the answer carries the `call_session_id` of the new call, which the call
   * management methods take.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is
   * {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not
   * found. It is not your virtual phone number.
   * @throws {@link EmployeeNotFoundError} Employee with id {employee_id} not found. It is not your
   * employee.
   * @throws {@link NoActivePhoneNumberError} The phone number does not exist or inactive
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own
   * virtual phone number
   * @throws {@link ContactInBlacklistAsCallRestrictedError} The contact {contact} has been found in
   * the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not
   * permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startEmployeeCall(
    params: StartEmployeeCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<StartEmployeeCallResult>> {
    return (await this.#call(
      SPECS.startEmployeeCall,
      { ...params },
      options,
    )) as WithMetadata<StartEmployeeCallResult>;
  }

  /**
   * Call a number, play it a media file or a TTS message, then hang up.
   *
   * Places a notification call from a virtual number to `contact` and plays the message
   * given in `contact_message` (a media file or text for speech synthesis). The call ends
   * by itself once the message has finished playing, or when the contact does not answer
   * within `dialing_timeout` seconds. The answer carries the id of the new call session.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is
   * {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not
   * found. It is not your virtual phone number.
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own
   * virtual phone number
   * @throws {@link ContactInBlacklistAsInvalidParamsError} The contact {contact} has been found in
   * the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startInformerCall(
    params: StartInformerCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<StartInformerCallResult>> {
    return (await this.#call(
      SPECS.startInformerCall,
      { ...params },
      options,
    )) as WithMetadata<StartInformerCallResult>;
  }

  /**
   * Start a call that is routed by a chosen call-processing scenario.
   *
   * Places a call between an external party (`contact`) and the employee(s) picked by the
   * scenario given in `scenario_id`. The client needs only a virtual number and one or more
   * configured scenarios. `first_call` decides which side is dialled first; optional
   * messages can be played to the contact (`contact_message`) and to the employee
   * (`employee_message`). The answer carries the id of the new call session.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is
   * {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not
   * found. It is not your virtual phone number.
   * @throws {@link ScenarioNotFoundAsInvalidParamsError} Scenario with id {scenario_id} not found
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own
   * virtual phone number
   * @throws {@link ContactInBlacklistAsInvalidParamsError} The contact {contact} has been found in
   * the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not
   * permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startScenarioCall(
    params: StartScenarioCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<StartScenarioCallResult>> {
    return (await this.#call(
      SPECS.startScenarioCall,
      { ...params },
      options,
    )) as WithMetadata<StartScenarioCallResult>;
  }

  /**
   * Connect any external number with an operator number, without an employee or scenario.
   *
   * Places a two-leg call between `contact` (any number except the client's own virtual numbers)
   * and `operator`, a plain phone number that is not an employee: it does not show up as an
   * employee in reports, but the operator can control the call through talk options.
   * `first_call` decides which side is dialled first, and `operator_confirmation` can require the
   * operator to press a key before being connected.
   *
   * Optional messages (`contact_message`, `operator_message`, each a media file or TTS text) can be
   * played to either leg; `switch_at_once` decides whether a message is cut short when the other
   * party answers. A leg with no message of its own, or whose message has finished, hears the
   * `media_file_id` melody (system "dialing_music" by default). The caller ID towards the contact
   * is `virtual_phone_number`; the operator sees it too unless `show_virtual_phone_number` is
   * false.
   *
   * On success the answer carries the `call_session_id` of the new call.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is
   * {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not
   * found. It is not your virtual phone number.
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own
   * virtual phone number
   * @throws {@link ContactInBlacklistAsCallRestrictedError} The contact {contact} has been found in
   * the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not
   * permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startSimpleCall(
    params: StartSimpleCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<StartSimpleCallResult>> {
    return (await this.#call(
      SPECS.startSimpleCall,
      { ...params },
      options,
    )) as WithMetadata<StartSimpleCallResult>;
  }

  /**
   * Start a call through a virtual number, routed by the scenario attached to that number.
   *
   * Places a call between an external party (`contact`) and the employee(s) chosen by the
   * scenario configured on `virtual_phone_number` (the method fails with
   * `scenario_not_found` if the number has no scenario). `first_call` decides which side is
   * dialled first, and an optional `contact_message` can be played to the contact. The
   * answer carries the id of the new call session.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is
   * {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not
   * found. It is not your virtual phone number.
   * @throws {@link ScenarioNotFoundAsVirtualNumberError} Virtual phone number does not have a
   * scenario
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own
   * virtual phone number
   * @throws {@link ContactInBlacklistAsInvalidParamsError} The contact {contact} has been found in
   * the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not
   * permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startVnumberCall(
    params: StartVnumberCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<StartVnumberCallResult>> {
    return (await this.#call(
      SPECS.startVnumberCall,
      { ...params },
      options,
    )) as WithMetadata<StartVnumberCallResult>;
  }

  /**
   * Bring a coach into an ongoing conversation.
   *
   * Connects a coach to the active call. By default the coach configured for the employee
   * in the account settings is used; pass `phone_number` to call a different coach instead.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link CoachNotFoundError} The coach not found in your settings
   * @throws {@link NoActivePhoneNumberError} The phone number does not exist or inactive
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async addCoach(
    params: AddCoachParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.addCoach,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Blacklist the other party of an ongoing call.
   *
   * Adds the subscriber of the given call session to the account's blacklist while the
   * conversation is in progress. The request names no phone number: the call session id
   * alone identifies the subscriber to block.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link DuplicateContactError} The contact with phone number {contact_phone_number}
   * already exists
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async blockContact(
    params: BlockContactParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.blockContact,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Trigger one of the talk options configured for the virtual PBX during a live call.
   *
   * Fires a talk option (an action bound to a key in the virtual PBX settings, "Virtual PBX" ->
   * "Talk options" in the client area) inside an active call session, exactly as if the key had
   * been pressed. Keys and their actions are configured in the client area; use `list.talk_options`
   * to discover which keys exist and what they do.
   *
   * Some options are toggles: invoking them a second time switches them off again (for example the
   * voice recorder or calling the coach).
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link InternalError} Internal error, contact the support service
   * @throws {@link ForbiddenError} Permission denied
   * @throws {@link CallSessionNotFoundError} Call session not found
   * @throws {@link TalkOptionNotFoundError} Talk option not found
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async callTalkOption(
    params: CallTalkOptionParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.callTalkOption,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Drop one participant (leg) from an active call.
   *
   * Hangs up a single leg of a call session, leaving the other participants connected.
   * Leg ids come from `list.calls` or from the notification server.
   *
   * Dropping the `contact` leg (the party named in `contact` of `start.employee_call`,
   * `start.scenario_call`, `start.informer_call` or `start.vnumber_call`) terminates the
   * whole call session, not just that leg.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link LegNotFoundError} The call's leg not found
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async disconnectLeg(
    params: DisconnectLegParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.disconnectLeg,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Put a call on hold, playing a media file or TTS text to the caller.
   *
   * Puts the call session on hold. While the call is held, the calling party
   * (the `contact` number of a start.* call, or the subscriber who dialled the
   * virtual PBX) hears the message given in `contact_message`: either a media
   * file (system or user file, by id) or a text voiced by the Text-to-Speech
   * service.
   *
   * Only allowed while the call is in the talk state. Use unhold.call to resume
   * the conversation.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * Allowed in call states: talk.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is
   * {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async holdCall(
    params: HoldCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.holdCall,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * List the calls currently in progress, with their tags and participants.
   *
   * Returns one entry per active call session: its id, direction, start time, the virtual number
   * and the contact's number, the tags already put on it and every leg (participant) with the leg's
   * numbers, the employee behind it, whether recording is on and the leg's current status.
   *
   * The list can be narrowed to one direction and/or to calls through one virtual number. The
   * returned `call_session_id` and `leg_id` values are what the other call-management methods take.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer (an array); `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async listCalls(
    params: ListCallsParams = {},
    options?: RequestOptions,
  ): Promise<ResultList<ListCallsResult>> {
    return (await this.#call(
      SPECS.listCalls,
      { ...params },
      options,
    )) as ResultList<ListCallsResult>;
  }

  /**
   * List the talk options configured for the virtual PBX.
   *
   * Returns every talk option set up in the client area ("Virtual PBX" -> "Talk options"): the key
   * that triggers it, what kind of action it is, its display name and, for options bound to a
   * specific object (a tag, a scenario, ...), which object that is. Use the `button` values with
   * `call.talk_option`.
   *
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer (an array); `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async listTalkOptions(options?: RequestOptions): Promise<ResultList<ListTalkOptionsResult>> {
    return (await this.#call(
      SPECS.listTalkOptions,
      {},
      options,
    )) as ResultList<ListTalkOptionsResult>;
  }

  /**
   * Place a second call from a held conversation, for a transfer or a consultation.
   *
   * Dials a new party (`to`) while the current conversation is on hold, so the operator can
   * consult that party or go on to hand the caller over with `transfer.talk` (or come back with
   * `restore.talk`). It only works after `hold.call` has been applied to the session.
   *
   * Optionally a message (media file or Text-to-Speech text) can be played to the dialled party
   * first; the held subscriber keeps waiting until that message has been played in full.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * Allowed in call states: hold.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link NoActivePhoneNumberError} The phone number does not exist or inactive
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async makeCall(
    params: MakeCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.makeCall,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Start or stop recording of an active conversation.
   *
   * Turns recording of the current conversation on or off. Recording that is enabled globally
   * (the employee-level setting in the account) cannot be switched off through this method;
   * such an attempt is refused with `forbidden`.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ForbiddenError} Permission denied
   * @throws {@link RecordAlreadyStartedError} The call record is already started
   * @throws {@link RecordAlreadyStoppedError} The call record is not enabled
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async recordCall(
    params: RecordCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.recordCall,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * End (release) a call session.
   *
   * Terminates the call session identified by `call_session_id`, hanging up all
   * of its participants.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async releaseCall(
    params: ReleaseCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.releaseCall,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Return the operator to the held caller after a consultation started with make.call.
   *
   * Ends the consultation leg opened with `make.call` and reconnects the operator with the
   * original subscriber, instead of transferring them. Usable only after `make.call`, while the
   * call is in the `dialing` or `operator_talk` state.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * Allowed in call states: dialing, operator_talk.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async restoreTalk(
    params: RestoreTalkParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.restoreTalk,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Send a DTMF tone on behalf of the employee in an active call.
   *
   * Plays a DTMF digit towards the remote party of a call, as if the employee had pressed a key.
   * Typical use: an outgoing call from the virtual PBX reaches a counterpart's IVR and a menu item
   * has to be chosen there. The tone goes to the subscriber given as `contact` when the call was
   * started.
   *
   * Only one character can be sent per request. The same mechanism can also trigger talk options
   * configured in the client area; on outgoing calls these become usable only 30 seconds into the
   * call (en_old says incoming calls; see the `dtmf_string` notes).
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async sendDtmf(
    params: SendDtmfParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.sendDtmf,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Attach a tag to a call that is still in progress.
   *
   * Sets one of the account's tags (by `tag_id`) on an active call session. Calls that have
   * already ended cannot be tagged here; use the data API's call-tagging method for them.
   * Tag ids come from the data API's tag list.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TagNotFoundError} Tag with {tag_id} not found
   * @throws {@link DuplicateTagError} Duplicate tag
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async tagCall(
    params: TagCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(SPECS.tagCall, { ...params }, options)) as WithMetadata<SuccessResult>;
  }

  /**
   * Hand the held caller over to the party dialled with make.call.
   *
   * Completes a transfer: the subscriber who was put on hold is connected to the party the
   * operator dialled with `make.call` (another employee or an external number), and the
   * operator drops out. Usable only after `make.call`, while that second call is still ringing
   * (`dialing`) or the operator is already talking to the dialled party (`operator_talk`).
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * Allowed in call states: dialing, operator_talk.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async transferTalk(
    params: TransferTalkParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.transferTalk,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }

  /**
   * Take a held call off hold.
   *
   * Resumes a call session previously put on hold with hold.call. Only valid
   * while the call is in the hold state.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * Allowed in call states: hold.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Timeout, retries, extra params and headers, abort signal of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link AmbiguousOutcomeError} The request may have been executed, but no answer came.
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async unholdCall(
    params: UnholdCallParams,
    options?: RequestOptions,
  ): Promise<WithMetadata<SuccessResult>> {
    return (await this.#call(
      SPECS.unholdCall,
      { ...params },
      options,
    )) as WithMetadata<SuccessResult>;
  }
}

/** True when `text` is a JSON-RPC answer (the API itself spoke, not a gateway). */
function isAnswer(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === "object" &&
      value !== null &&
      "jsonrpc" in value &&
      ("result" in value || "error" in value)
    );
  } catch {
    return false;
  }
}
