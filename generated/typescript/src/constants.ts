// Generated from spec/ by `python -m generator`; do not edit.
/** Defaults of the client: servers, version, timeouts, sessions and the retry policy. */

/** The API version the SDK was generated for. */
export const API_VERSION = "4.0";

/**
 * The version of this SDK, the package version (semantic versioning of the SDK, independent of the
 * API version).
 */
export const SDK_VERSION = "1.0.0";

/** The version part of the endpoint URL; `{version}` is replaced. */
export const VERSION_PATH = "v{version}";

/** Server of each brand, without the version part. */
export const BASE_URLS = {
  /** UIS */
  uis: "https://callapi.uiscom.ru",
  /** CoMagic */
  comagic: "https://callapi.comagic.ru",
  /** Novofon */
  novofon: "https://callapi-jsonrpc.novofon.ru",
  /** CallGear */
  callgear: "https://callapi.callgear.com",
} as const;

/** Whose servers to call. */
export type Brand = keyof typeof BASE_URLS;

/** Milliseconds a whole call may take, retries and waits included. */
export const DEFAULT_TIMEOUT = 30_000;

/** How often a failed request is tried again (only when that cannot act twice). */
export const DEFAULT_MAX_RETRIES = 2;

/** Milliseconds before the first retry; doubled for each further one, capped at MAX_RETRY_DELAY. */
export const INITIAL_RETRY_DELAY = 500;
export const MAX_RETRY_DELAY = 8_000;

/** Milliseconds before a session key's `expire_at` at which the client logs in again. */
export const SESSION_REFRESH_MARGIN = 60_000;

/**
 * Documented lifetime of a session key, in milliseconds (used when an answer omits `expire_at`).
 */
export const SESSION_LIFETIME = 3600000;

/** HTTP statuses of a gateway that did not reach the API: worth another try for safe methods. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Wire names whose values are credentials: redacted wherever the SDK shows data. */
export const SECRET_NAMES: ReadonlySet<string> = new Set(["access_token", "login", "password"]);

/** Environment variables the client reads when an option is not given. */
export const ENV = {
  accessToken: "CALLAPI_ACCESS_TOKEN",
  login: "CALLAPI_LOGIN",
  password: "CALLAPI_PASSWORD",
  brand: "CALLAPI_BRAND",
  baseUrl: "CALLAPI_BASE_URL",
  log: "CALLAPI_LOG",
} as const;

/** Headers of every request. */
export const HEADERS: Readonly<Record<string, string>> = {
  "Content-Type": "application/json; charset=UTF-8",
  Accept: "application/json",
};
