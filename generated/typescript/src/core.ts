// Generated from spec/ by `python -m generator`; do not edit.
/**
 * What every call shares: the request body, and how an answer becomes a result or an error.
 * Nothing here does I/O.
 */

import { type ApiError, CallApiError, ProtocolError, errorClass } from "./errors.js";
import type { Secrets } from "./secrets.js";
import type { ApiVersion, ErrorData, Metadata } from "./types.js";

/**
 * The documented shape of a value, checked at run time: `t` its JSON type, `n` null allowed,
 * `e` the allowed values, `f` an object's fields (`[required, shape]`), `i` an array's element.
 */
export interface Shape {
  readonly t: "string" | "integer" | "number" | "boolean" | "object" | "array";
  readonly n?: boolean;
  readonly e?: readonly unknown[];
  readonly f?: { readonly [name: string]: readonly [boolean, Shape] };
  readonly i?: Shape;
}

/** One method as the client calls it. */
export interface MethodSpec {
  readonly method: string;
  /** True when repeating the request could act on the world twice: never re-sent. */
  readonly actsOnCall: boolean;
  /** True when the method takes the client's `access_token`. */
  readonly needsToken: boolean;
  /** `opens`: trades credentials for a session key; `closes`: ends the session of its key. */
  readonly session?: "opens" | "closes";
  /** The parameter holding the caller's own id of the call (named when the outcome is unknown). */
  readonly externalId?: string;
  /** The shape of `result.data`. */
  readonly result: Shape;
}

/** The shape of the `metadata` block of every answer. */
export const METADATA_SHAPE: Shape = {
  t: "object",
  f: {
    api_version: [
      false,
      {
        t: "object",
        f: {
          current_version_depricated: [true, { t: "boolean" }],
          current_version: [true, { t: "string" }],
          latest_version: [true, { t: "string" }],
        },
      },
    ],
    limits: [
      false,
      {
        t: "object",
        f: {
          day_limit: [true, { t: "integer" }],
          day_remaining: [true, { t: "integer" }],
          day_reset: [true, { t: "integer" }],
          minute_limit: [true, { t: "integer" }],
          minute_remaining: [true, { t: "integer" }],
          minute_reset: [true, { t: "integer" }],
        },
      },
    ],
  },
};

/** Other wire spellings of metadata fields (edition disagreements), read as the documented one. */
const METADATA_SPELLINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  api_version: {
    current_version_deprecated: "current_version_depricated",
  },
};

/** The protocol version every request and answer carries. */
const JSONRPC = "2.0";

class Misfit extends Error {}

/** Longest part of a body kept in a `ProtocolError`. */
const MAX_RAW = 65_536;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** Told about a value of a result that the spec does not list (the API grew); the value is kept. */
export type UnknownValue = (path: string, value: unknown, allowed: readonly unknown[]) => void;

/**
 * `value` checked against `shape`, with the leniencies the API needs: the strings "true" and
 * "false" where a boolean is documented, a nullable field may be absent (read as null), and
 * with `unknown` given an enum value the spec does not list is kept and reported rather than
 * refused. Unknown object members are kept. Throws `Misfit` naming the first place that does
 * not fit.
 */
export function conform(
  shape: Shape,
  value: unknown,
  path: string,
  unknown?: UnknownValue,
): unknown {
  if (value === null) {
    if (shape.n) {
      return null;
    }
    throw new Misfit(`${path} is null`);
  }
  let out: unknown = value;
  switch (shape.t) {
    case "boolean":
      out = value === "true" ? true : value === "false" ? false : value;
      if (typeof out !== "boolean") {
        throw new Misfit(`${path} is ${kindOf(value)}, expected boolean`);
      }
      break;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) {
        throw new Misfit(`${path} is ${kindOf(value)}, expected integer`);
      }
      break;
    case "number":
    case "string":
      if (typeof value !== shape.t) {
        throw new Misfit(`${path} is ${kindOf(value)}, expected ${shape.t}`);
      }
      break;
    case "array": {
      if (!Array.isArray(value)) {
        throw new Misfit(`${path} is ${kindOf(value)}, expected array`);
      }
      const item = shape.i;
      out =
        item === undefined
          ? value
          : value.map((element: unknown, index) =>
              conform(item, element, `${path}[${index}]`, unknown),
            );
      break;
    }
    case "object": {
      if (!isObject(value)) {
        throw new Misfit(`${path} is ${kindOf(value)}, expected object`);
      }
      const copy: Record<string, unknown> = { ...value };
      for (const [name, [required, inner]] of Object.entries(shape.f ?? {})) {
        if (copy[name] !== undefined) {
          copy[name] = conform(inner, copy[name], `${path}.${name}`, unknown);
        } else if (inner.n) {
          copy[name] = null;
        } else if (required) {
          throw new Misfit(`${path}.${name} is missing`);
        }
      }
      out = copy;
      break;
    }
  }
  if (shape.e !== undefined && !shape.e.includes(out)) {
    if (
      unknown === undefined ||
      (shape.t !== "string" && shape.t !== "integer" && shape.t !== "number")
    ) {
      throw new Misfit(
        `${path} is ${JSON.stringify(out)}, expected one of ${JSON.stringify(shape.e)}`,
      );
    }
    unknown(path, out, shape.e);
  }
  return out;
}

/** The JSON text of a request. */
export function requestBody(id: number, method: string, params: Record<string, unknown>): string {
  return JSON.stringify({ jsonrpc: JSONRPC, id, method, params });
}

/** How an answer is read: whose it is, and where to report what is noticed on the way. */
export interface Reading {
  readonly spec: MethodSpec;
  readonly requestId: number;
  readonly status: number;
  readonly secrets: Secrets;
  readonly onDeprecated: (apiVersion: ApiVersion) => void;
  readonly unknown: UnknownValue;
}

/** A successful answer, taken apart. */
export interface Answer {
  readonly data: unknown;
  readonly metadata: Metadata | null;
}

/** The redacted, shortened body for a `ProtocolError`. */
function shown(reading: Reading, raw: string): string {
  return reading.secrets.text(raw.length > MAX_RAW ? raw.slice(0, MAX_RAW) : raw);
}

/**
 * The envelope of an answer: a JSON object that is a JSON-RPC 2.0 answer to the request
 * (right `jsonrpc` and `id`, exactly one of `result` and `error`). Throws `ProtocolError`
 * otherwise.
 */
export function readEnvelope(reading: Reading, raw: string): Record<string, unknown> {
  const { spec, requestId, status } = reading;
  const malformed = (problem: string): ProtocolError =>
    new ProtocolError(`the answer to ${spec.method} ${problem}`, {
      raw: shown(reading, raw),
      status,
      method: spec.method,
    });
  let answer: unknown;
  try {
    answer = JSON.parse(raw);
  } catch {
    throw malformed(status === 200 ? "is not JSON" : `is HTTP ${status} without JSON`);
  }
  if (!isObject(answer)) {
    throw malformed("is not a JSON object");
  }
  if (answer["jsonrpc"] !== JSONRPC) {
    throw malformed(
      `has jsonrpc ${safeJson(answer["jsonrpc"])}, expected ${JSON.stringify(JSONRPC)}`,
    );
  }
  const hasError = "error" in answer;
  if (hasError === "result" in answer) {
    throw malformed(hasError ? "has both result and error" : "has neither result nor error");
  }
  if (answer["id"] !== requestId && !(hasError && answer["id"] === null)) {
    throw malformed(`has id ${safeJson(answer["id"])}, expected ${requestId}`);
  }
  if (status !== 200) {
    throw malformed(`came with HTTP ${status}`);
  }
  return answer;
}

/** A short JSON rendering of a scalar from an answer, for messages. */
function safeJson(value: unknown): string {
  if (value === undefined) {
    return "missing";
  }
  const text =
    typeof value === "object" && value !== null ? kindOf(value) : String(JSON.stringify(value));
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

/**
 * What an envelope says: the checked `result.data` and `metadata`, or the `ApiError` subclass
 * of an error answer (returned, not thrown), or a thrown `ProtocolError` when it does not fit.
 */
export function readResult(
  reading: Reading,
  envelope: Record<string, unknown>,
  raw: string,
): Answer | ApiError {
  const { spec, status } = reading;
  const malformed = (problem: string): ProtocolError =>
    new ProtocolError(`the answer to ${spec.method} ${problem}`, {
      raw: shown(reading, raw),
      status,
      method: spec.method,
    });
  try {
    if ("error" in envelope) {
      return apiError(reading, envelope, malformed);
    }
    const result = envelope["result"];
    if (!isObject(result) || !("data" in result)) {
      throw malformed("has no result.data");
    }
    let data: unknown;
    try {
      data = conform(spec.result, result["data"], "result.data", reading.unknown);
    } catch (error) {
      if (error instanceof Misfit) {
        throw malformed(
          `does not fit the documented result: ${reading.secrets.text(error.message)}`,
        );
      }
      throw error;
    }
    return { data, metadata: readMetadata(reading.onDeprecated, envelope, result) };
  } catch (error) {
    if (error instanceof CallApiError) {
      throw error;
    }
    // a hostile answer (too deep, too big) broke the reading itself: still the caller's error class
    throw new ProtocolError(`the answer to ${spec.method} could not be read`, {
      raw: shown(reading, raw),
      status,
      method: spec.method,
    });
  }
}

function apiError(
  reading: Reading,
  answer: Record<string, unknown>,
  malformed: (problem: string) => ProtocolError,
): ApiError {
  const error = answer["error"];
  if (!isObject(error) || typeof error["code"] !== "number" || !Number.isInteger(error["code"])) {
    throw malformed("has an error without a numeric code");
  }
  const { secrets } = reading;
  const found = secrets.value(isObject(error["data"]) ? error["data"] : {});
  const data: Record<string, unknown> = isObject(found) ? found : {};
  const mnemonic = typeof data["mnemonic"] === "string" ? data["mnemonic"] : null;
  const cls = errorClass(error["code"], mnemonic);
  const id = answer["id"];
  const message = typeof error["message"] === "string" ? error["message"] : "";
  return new cls(secrets.text(message), {
    code: error["code"],
    mnemonic,
    data: data as ErrorData,
    metadata: readMetadata(reading.onDeprecated, answer, error, data),
    requestId: typeof id === "string" || typeof id === "number" ? id : null,
    method: reading.spec.method,
  });
}

/** The first `metadata` block among `holders`, checked; null when absent or misshapen. */
function readMetadata(
  onDeprecated: (apiVersion: ApiVersion) => void,
  ...holders: Record<string, unknown>[]
): Metadata | null {
  for (const holder of holders) {
    const found = holder["metadata"];
    if (!isObject(found)) {
      continue;
    }
    const copy: Record<string, unknown> = { ...found };
    for (const [name, spellings] of Object.entries(METADATA_SPELLINGS)) {
      const block = copy[name];
      if (isObject(block)) {
        const renamed: Record<string, unknown> = { ...block };
        for (const [spelling, wire] of Object.entries(spellings)) {
          if (spelling in renamed && !(wire in renamed)) {
            renamed[wire] = renamed[spelling];
            delete renamed[spelling];
          }
        }
        copy[name] = renamed;
      }
    }
    let metadata: Metadata;
    try {
      metadata = conform(METADATA_SHAPE, copy, "metadata") as Metadata;
    } catch (error) {
      if (error instanceof Misfit) {
        return null;
      }
      throw error;
    }
    if (metadata.api_version?.current_version_depricated) {
      onDeprecated(metadata.api_version);
    }
    return metadata;
  }
  return null;
}

/** `value` with the answer's `metadata` beside it, as a non-enumerable property. */
export function withMetadata<T extends object>(
  value: T,
  metadata: Metadata | null,
): T & { readonly metadata: Metadata | null } {
  Object.defineProperty(value, "metadata", {
    value: metadata,
    enumerable: false,
    configurable: true,
  });
  return value as T & { readonly metadata: Metadata | null };
}

/** Milliseconds to wait before retry number `attempt + 1`: exponential backoff with jitter. */
export function retryDelay(attempt: number, initial: number, max: number): number {
  return Math.min(initial * 2 ** attempt, max) * (0.75 + Math.random() / 4);
}
