// Generated from spec/ by `python -m generator`; do not edit.
/**
 * Call API 4.0: Place and control phone calls of a cloud PBX (UIS, CoMagic, Novofon, CallGear) over
 * JSON-RPC 2.0.
 *
 * @packageDocumentation
 */

export {
  Client,
  baseUrlFor,
  type ClientOptions,
  type ClientSettings,
  type Logger,
  type MethodName,
  type RawMethods,
  type RawResponse,
  type RequestOptions,
} from "./client.js";
export * from "./constants.js";
export type { Shape } from "./core.js";
export * from "./errors.js";
export { REDACTED } from "./secrets.js";
export type * from "./types.js";
