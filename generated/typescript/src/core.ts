// Generated from spec/ by `python -m generator`; do not edit.
/**
 * What every call shares: the request body, and how an answer becomes a result or an error.
 * Nothing here does I/O.
 */

import { type CallApiError, ProtocolError, errorClass } from "./errors.js";
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
  /** The shape of `result.data`. */
  readonly result: Shape;
}

/** The shape of the `metadata` block of every answer. */
export const METADATA_SHAPE: Shape = { t: "object", f: { "api_version": [false, { t: "object", f: { "current_version_depricated": [true, { t: "boolean" }], "current_version": [true, { t: "string" }], "latest_version": [true, { t: "string" }] } }], "limits": [false, { t: "object", f: { "day_limit": [true, { t: "integer" }], "day_remaining": [true, { t: "integer" }], "day_reset": [true, { t: "integer" }], "minute_limit": [true, { t: "integer" }], "minute_remaining": [true, { t: "integer" }], "minute_reset": [true, { t: "integer" }] } }] } };

/** Other wire spellings of metadata fields (edition disagreements), read as the documented one. */
const METADATA_SPELLINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "api_version": {
    "current_version_deprecated": "current_version_depricated",
  },
};

class Misfit extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/**
 * `value` checked against `shape`, with the one leniency the docs' own examples need: the
 * strings "true" and "false" where a boolean is documented. Unknown object members are kept.
 * Throws `Misfit` naming the first place that does not fit.
 */
export function conform(shape: Shape, value: unknown, path: string): unknown {
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
      out = item === undefined ? value : value.map((element: unknown, index) => conform(item, element, `${path}[${index}]`));
      break;
    }
    case "object": {
      if (!isObject(value)) {
        throw new Misfit(`${path} is ${kindOf(value)}, expected object`);
      }
      const copy: Record<string, unknown> = { ...value };
      for (const [name, [required, inner]] of Object.entries(shape.f ?? {})) {
        if (copy[name] !== undefined) {
          copy[name] = conform(inner, copy[name], `${path}.${name}`);
        } else if (required) {
          throw new Misfit(`${path}.${name} is missing`);
        }
      }
      out = copy;
      break;
    }
  }
  if (shape.e !== undefined && !shape.e.includes(out)) {
    throw new Misfit(`${path} is ${JSON.stringify(out)}, expected one of ${JSON.stringify(shape.e)}`);
  }
  return out;
}

/** The JSON text of a request. */
export function requestBody(id: number, method: string, params: Record<string, unknown>): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method, params });
}

/** A successful answer, taken apart. */
export interface Answer {
  readonly data: unknown;
  readonly metadata: Metadata | null;
}

/**
 * Reads the answer to one request: the checked `result.data` and `metadata`, or throws the
 * `ApiError` subclass for an error answer, or `ProtocolError` for anything else.
 */
export function readAnswer(
  spec: MethodSpec,
  requestId: number,
  status: number,
  raw: string,
  onDeprecated: (apiVersion: ApiVersion) => void,
): Answer {
  const malformed = (problem: string): ProtocolError =>
    new ProtocolError(`the answer to ${spec.method} ${problem}`, { raw, status, method: spec.method });
  if (status !== 200) {
    throw new ProtocolError(`HTTP ${status} from the server for ${spec.method}`, { raw, status, method: spec.method });
  }
  let answer: unknown;
  try {
    answer = JSON.parse(raw);
  } catch {
    throw malformed("is not JSON");
  }
  if (!isObject(answer)) {
    throw malformed("is not a JSON object");
  }
  if (answer["id"] !== requestId && !("error" in answer && answer["id"] === null)) {
    throw malformed(`has id ${JSON.stringify(answer["id"])}, expected ${requestId}`);
  }
  if ("error" in answer) {
    throw apiError(spec, answer, malformed, onDeprecated);
  }
  const result = answer["result"];
  if (!isObject(result) || !("data" in result)) {
    throw malformed("has neither result.data nor error");
  }
  let data: unknown;
  try {
    data = conform(spec.result, result["data"], "result.data");
  } catch (error) {
    if (error instanceof Misfit) {
      throw malformed(`does not fit the documented result: ${error.message}`);
    }
    throw error;
  }
  return { data, metadata: readMetadata(onDeprecated, answer, result) };
}

function apiError(
  spec: MethodSpec,
  answer: Record<string, unknown>,
  malformed: (problem: string) => ProtocolError,
  onDeprecated: (apiVersion: ApiVersion) => void,
): CallApiError {
  const error = answer["error"];
  if (!isObject(error) || typeof error["code"] !== "number" || !Number.isInteger(error["code"])) {
    return malformed("has an error without a numeric code");
  }
  const data: Record<string, unknown> = isObject(error["data"]) ? error["data"] : {};
  const mnemonic = typeof data["mnemonic"] === "string" ? data["mnemonic"] : null;
  const cls = errorClass(error["code"], mnemonic);
  const id = answer["id"];
  return new cls(String(error["message"] ?? ""), {
    code: error["code"],
    mnemonic,
    data: data as ErrorData,
    metadata: readMetadata(onDeprecated, answer, error, data),
    requestId: typeof id === "string" || typeof id === "number" ? id : null,
    method: spec.method,
  });
}

/** The first `metadata` block among `holders`, checked; null when absent or misshapen. */
function readMetadata(onDeprecated: (apiVersion: ApiVersion) => void, ...holders: Record<string, unknown>[]): Metadata | null {
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
export function withMetadata<T extends object>(value: T, metadata: Metadata | null): T & { readonly metadata: Metadata | null } {
  Object.defineProperty(value, "metadata", { value: metadata, enumerable: false, configurable: true });
  return value as T & { readonly metadata: Metadata | null };
}

/** Milliseconds to wait before retry number `attempt + 1`: exponential backoff with jitter. */
export function retryDelay(attempt: number, initial: number, max: number): number {
  return Math.min(initial * 2 ** attempt, max) * (0.75 + Math.random() / 4);
}
