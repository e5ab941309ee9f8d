// Generated from spec/ by `python -m generator`; do not edit.
/** Defaults of the client: servers, version, timeouts and the retry policy. */

/** The API version the SDK was generated for. */
export const API_VERSION = "4.0";

/** The SDK's own version (semantic versioning of the SDK, independent of the API version). */
export const SDK_VERSION = "1.0.0";

/** The version part of the endpoint URL; `{version}` is replaced. */
export const VERSION_PATH = "v{version}";

/** Server of each brand, without the version part. */
export const BASE_URLS = {
  /** UIS */
  "uis": "https://callapi.uiscom.ru",
  /** CoMagic */
  "comagic": "https://callapi.comagic.ru",
  /** Novofon */
  "novofon": "https://callapi-jsonrpc.novofon.ru",
  /** CallGear */
  "callgear": "https://callapi.callgear.com",
} as const;

/** Whose servers to call. */
export type Brand = keyof typeof BASE_URLS;

/** Milliseconds to wait for an answer. */
export const DEFAULT_TIMEOUT = 30_000;

/** How often a failed request is tried again (only methods that do not act on a call). */
export const DEFAULT_MAX_RETRIES = 2;

/** Milliseconds before the first retry; doubled for each further one, capped at MAX_RETRY_DELAY. */
export const INITIAL_RETRY_DELAY = 500;
export const MAX_RETRY_DELAY = 8_000;

/** HTTP statuses of a gateway that did not reach the API: worth another try for safe methods. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** Headers of every request. */
export const HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "application/json; charset=UTF-8",
  Accept: "application/json",
};
