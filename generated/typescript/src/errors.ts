// Generated from spec/ by `python -m generator`; do not edit.
/**
 * Every error the SDK throws, grouped by how callers catch them.
 *
 *     CallApiError                      anything below
 *     ├── MissingCredentialsError       no access token, login or password (options or environment)
 *     ├── ClientClosedError             the client was closed
 *     ├── TransportError                no answer: connection failed, timed out, broke off
 *     │   ├── RequestTimeoutError       no answer within the call's deadline
 *     │   └── AmbiguousOutcomeError     a call-acting request may have been executed; not re-sent
 *     ├── ProtocolError                 an answer that is not a valid JSON-RPC answer to the
 * request
 *     └── ApiError                      the server answered with a JSON-RPC error
 *         ├── InvalidJsonError             -32700
 *         │   └── ParseError
 *         ├── RequestValidationError       -32600
 *         │   └── InvalidRequestError
 *         ├── MethodError                  -32601
 *         │   └── MethodNotFoundError
 *         ├── InvalidParamsError           -32602
 *         │   ├── CallSessionNotFoundError
 *         │   ├── DataTypeError
 *         │   ├── RequiredParameterMissedError
 *         │   ├── InvalidParameterValueError
 *         │   ├── UnexpectedParametersError
 *         │   ├── MediaFileNotFoundError
 *         │   ├── TtsTextExceededError
 *         │   ├── CharacterEncodingNotAllowedError
 *         │   ├── OwnVirtualPhoneNumberNotAllowedError
 *         │   ├── ContactInBlacklistAsInvalidParamsError
 *         │   ├── InvalidParametersCombinationError
 *         │   ├── EmployeeNotFoundError
 *         │   ├── NoActivePhoneNumberError
 *         │   ├── ScenarioNotFoundAsInvalidParamsError
 *         │   ├── CoachNotFoundError
 *         │   ├── LegNotFoundError
 *         │   ├── RecordAlreadyStartedError
 *         │   ├── RecordAlreadyStoppedError
 *         │   ├── DuplicateContactError
 *         │   ├── TagNotFoundError
 *         │   ├── DuplicateTagError
 *         │   └── TalkOptionNotFoundError
 *         ├── InternalServerError          -32603
 *         │   └── InternalError
 *         ├── AuthenticationError          -32001
 *         │   ├── AccessTokenExpiredError
 *         │   ├── AccessTokenBlockedError
 *         │   ├── AccessTokenInvalidError
 *         │   └── AuthError
 *         ├── CallRestrictedError          -32002
 *         │   └── ContactInBlacklistAsCallRestrictedError
 *         ├── AccessDeniedError            -32003
 *         │   ├── IpNotWhitelistedError
 *         │   └── ForbiddenError
 *         ├── CallStateError               -32004
 *         │   └── InvalidStateError
 *         ├── VirtualNumberError           -32007
 *         │   ├── VirtualPhoneNumberNotFoundError
 *         │   └── ScenarioNotFoundAsVirtualNumberError
 *         ├── ComponentError               -32008
 *         │   └── ComponentDisabledError
 *         ├── AccountError                 -32009
 *         │   └── AccountInactiveError
 *         ├── LimitError                   -32029
 *         │   └── LimitExceededError
 *         └── UnsupportedFeatureError      -32099
 *             ├── BatchOperationsNotSupportedError
 *             └── NotificationsNotSupportedError
 *
 * An answer's error maps to a class by its (code, mnemonic) pair; an unknown mnemonic falls
 * back to its code's group class, an unknown code to `ApiError`. A mnemonic the server sends
 * under several codes (e.g. `contact_in_blacklist`) has one class per code, each a subclass of
 * the code's group class that `instanceof` also counts as the mnemonic's class, so both
 * `e instanceof ContactInBlacklistError` and `e instanceof CallRestrictedError` hold.
 */

import { SECRET_NAMES } from "./constants.js";
import { REDACTED } from "./secrets.js";
import type { ErrorData, Limits, Metadata } from "./types.js";

/**
 * Base of every error of this SDK: catching it catches whatever a call can throw (but your own
 * abort).
 */
export class CallApiError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Thrown when a call needs a key and none is at hand: no `accessToken`, no `login` and `password`.
 */
export class MissingCredentialsError extends CallApiError {}

/** Thrown when a client is used after `close()`. */
export class ClientClosedError extends CallApiError {}

/** Thrown when no answer came: the connection failed or broke off. */
export class TransportError extends CallApiError {}

/** Thrown when no answer came within the call's deadline (`timeout`). */
export class RequestTimeoutError extends TransportError {}

/**
 * Thrown when a method that acts on a call got no answer after its request may have reached
 * the server (a timeout, a broken connection, a gateway error): the call may or may not have
 * been placed or changed. The SDK never re-sends such a request; look the call up with
 * `listCalls()` (by `externalId` when you sent one) before trying again.
 */
export class AmbiguousOutcomeError extends TransportError {
  /** The wire name of the method. */
  readonly method: string;
  /** The `external_id` the request carried, if any. */
  readonly externalId: string | null;

  constructor(
    method: string,
    externalId: string | null,
    reason: string,
    options?: { cause?: unknown },
  ) {
    const which = externalId === null ? "" : ` (external_id ${JSON.stringify(externalId)})`;
    super(
      `the outcome of ${method}${which} is unknown: ${reason} after the request may have reached the server; ` +
        "it was not sent again. Check list.calls before trying again",
      options,
    );
    this.method = method;
    this.externalId = externalId;
  }
}

/**
 * Thrown when the answer is not a valid JSON-RPC answer to the request sent.
 *
 * `raw` keeps the answer's body as received (credentials redacted), `status` its HTTP status.
 */
export class ProtocolError extends CallApiError {
  readonly raw: string;
  readonly status: number | null;
  readonly method: string;

  constructor(
    message: string,
    init: { raw?: string; status?: number | null; method?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: init.cause });
    this.raw = init.raw ?? "";
    this.status = init.status ?? null;
    this.method = init.method ?? "";
  }
}

/**
 * Seconds until the limit that refused a call resets: the reset of the limit with nothing
 * remaining (the later one when both are used up), else the sooner reset; null without limits.
 */
export function retryAfterOf(limits: Limits | undefined): number | null {
  if (limits === undefined) {
    return null;
  }
  const pairs: Array<[number, number]> = [
    [limits.minute_remaining, limits.minute_reset],
    [limits.day_remaining, limits.day_reset],
  ];
  const spent = pairs.filter(([remaining]) => remaining <= 0).map(([, reset]) => reset);
  return spent.length > 0 ? Math.max(...spent) : Math.min(...pairs.map(([, reset]) => reset));
}

/** What an `ApiError` is made from: the answer's `error` and where it came from. */
export interface ApiErrorInit {
  readonly code: number;
  readonly mnemonic?: string | null;
  readonly data?: ErrorData | null;
  readonly metadata?: Metadata | null;
  readonly requestId?: string | number | null;
  readonly method?: string;
}

/** Classes that `instanceof` counts as further classes besides their own ancestors. */
const ALSO: Map<Function, Function[]> = new Map();

function alsoKindOf(cls: Function, kind: Function): void {
  ALSO.set(cls, [...(ALSO.get(cls) ?? []), kind]);
}

/**
 * Thrown when the server answers with a JSON-RPC error.
 *
 * `code` and `mnemonic` identify the error; `serverMessage` is the server's text (`message`
 * adds code, mnemonic, method and field); `field`, `value` and `params` come from
 * `error.data` (`value` is redacted when the field is a credential); `metadata` holds the
 * answer's limits; `requestId` and `method` tell which call failed.
 */
export class ApiError extends CallApiError {
  /** The code this class stands for (null: any). */
  static readonly defaultCode: number | null = null;
  /** The mnemonic this class stands for (null: any). */
  static readonly defaultMnemonic: string | null = null;
  /**
   * True when the server refused the call unexecuted for its session key: log in again and re-send.
   */
  static readonly renewsSession: boolean = false;
  /**
   * True when the server refused the call unexecuted for a used-up limit: re-send after
   * `retryAfter`.
   */
  static readonly waitsForReset: boolean = false;

  readonly code: number;
  readonly mnemonic: string | null;
  readonly serverMessage: string;
  readonly data: ErrorData;
  readonly field: string | null;
  readonly value: unknown;
  readonly params: Readonly<Record<string, unknown>>;
  readonly metadata: Metadata | null;
  readonly requestId: string | number | null;
  readonly method: string;
  /**
   * Seconds until the used-up points limit resets, for an error that refuses a call for its
   * limits (`LimitExceededError`); null otherwise or when the answer has no limits.
   */
  readonly retryAfter: number | null;

  constructor(message: string, init: ApiErrorInit) {
    const data: Record<string, unknown> = { ...(init.data ?? {}) };
    const field = typeof data["field"] === "string" ? data["field"] : null;
    if (
      field !== null &&
      (SECRET_NAMES.has(field) || SECRET_NAMES.has(field.split(".").pop() ?? ""))
    ) {
      data["value"] = REDACTED;
    }
    const mnemonic = init.mnemonic ?? null;
    const method = init.method ?? "";
    const where = method ? ` in ${method}` : "";
    const about = field ? ` (field ${field})` : "";
    super(`[${init.code}${mnemonic === null ? "" : ` ${mnemonic}`}]${where}: ${message}${about}`);
    this.code = init.code;
    this.mnemonic = mnemonic;
    this.serverMessage = message;
    this.data = data;
    this.field = field;
    this.value = data["value"];
    const params = data["params"];
    this.params =
      typeof params === "object" && params !== null && !Array.isArray(params)
        ? (params as Record<string, unknown>)
        : {};
    this.metadata = init.metadata ?? null;
    this.requestId = init.requestId ?? null;
    this.method = method;
    this.retryAfter = new.target.waitsForReset ? retryAfterOf(this.metadata?.limits) : null;
  }

  /** `instanceof` also counts the mnemonic classes a combined class stands for. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) {
      return true;
    }
    if (typeof value !== "object" || value === null) {
      return false;
    }
    for (
      let proto: unknown = Object.getPrototypeOf(value);
      proto !== null;
      proto = Object.getPrototypeOf(proto)
    ) {
      const kinds = ALSO.get((proto as { constructor: Function }).constructor);
      if (kinds?.some((kind) => kind === this || this.prototype.isPrototypeOf(kind.prototype))) {
        return true;
      }
    }
    return false;
  }
}

/** A class of `ApiError`: what `errorClass` returns. */
export type ApiErrorClass = typeof ApiError;

/** Thrown for code -32700: The request body is not valid JSON. */
export class InvalidJsonError extends ApiError {
  static override readonly defaultCode: number | null = -32700;
}

/**
 * Thrown for code -32600: The JSON-RPC request object itself is wrong (`id`, `jsonrpc`, structure).
 */
export class RequestValidationError extends ApiError {
  static override readonly defaultCode: number | null = -32600;
}

/** Thrown for code -32601: The called method does not exist or is not available. */
export class MethodError extends ApiError {
  static override readonly defaultCode: number | null = -32601;
}

/**
 * Thrown for code -32602: The method's parameters failed validation, or name an object that does
 * not exist.
 */
export class InvalidParamsError extends ApiError {
  static override readonly defaultCode: number | null = -32602;
}

/**
 * Thrown for code -32603: The server failed internally; report the request and its time to support.
 */
export class InternalServerError extends ApiError {
  static override readonly defaultCode: number | null = -32603;
}

/** Thrown for code -32001: Login failed, or the access token is invalid, expired or blocked. */
export class AuthenticationError extends ApiError {
  static override readonly defaultCode: number | null = -32001;
}

/**
 * Thrown for code -32002: The call is refused by the account's security rules for call directions,
 * or by the blacklist.
 */
export class CallRestrictedError extends ApiError {
  static override readonly defaultCode: number | null = -32002;
}

/**
 * Thrown for code -32003: Access is refused, e.g. the client IP address is not whitelisted or the
 * user lacks a right.
 */
export class AccessDeniedError extends ApiError {
  static override readonly defaultCode: number | null = -32003;
}

/**
 * Thrown for code -32004: The method was called in the wrong order, or in a call state that does
 * not allow it.
 */
export class CallStateError extends ApiError {
  static override readonly defaultCode: number | null = -32004;
}

/** Thrown for code -32007: A problem with the virtual phone number given. */
export class VirtualNumberError extends ApiError {
  static override readonly defaultCode: number | null = -32007;
}

/** Thrown for code -32008: The Call API component needed by the method is not enabled. */
export class ComponentError extends ApiError {
  static override readonly defaultCode: number | null = -32008;
}

/** Thrown for code -32009: A problem with the account, e.g. it is disabled; contact support. */
export class AccountError extends ApiError {
  static override readonly defaultCode: number | null = -32009;
}

/** Thrown for code -32029: A points limit of the account is used up. */
export class LimitError extends ApiError {
  static override readonly defaultCode: number | null = -32029;
}

/**
 * Thrown for code -32099: A JSON-RPC 2.0 feature the server does not support (batches,
 * notifications).
 */
export class UnsupportedFeatureError extends ApiError {
  static override readonly defaultCode: number | null = -32099;
}

/**
 * Thrown for `access_token_blocked` (-32001): The permanent key has been blocked.
 *
 * Server message: Access token has been blocked
 */
export class AccessTokenBlockedError extends AuthenticationError {
  static override readonly defaultMnemonic: string | null = "access_token_blocked";
}

/**
 * Thrown for `access_token_expired` (-32001): The permanent key has passed its expiry date (only
 * permanent keys expire this way).
 *
 * Server message: Access token has been expired
 */
export class AccessTokenExpiredError extends AuthenticationError {
  static override readonly defaultMnemonic: string | null = "access_token_expired";
  static override readonly renewsSession: boolean = true;
}

/**
 * Thrown for `access_token_invalid` (-32001): No such key, or the session key from login.user has
 * outlived its hour.
 *
 * Server message: Access token is invalid
 */
export class AccessTokenInvalidError extends AuthenticationError {
  static override readonly defaultMnemonic: string | null = "access_token_invalid";
  static override readonly renewsSession: boolean = true;
}

/**
 * Thrown for `account_inactive` (-32009): The account is blocked; support can tell why.
 *
 * Server message: Your account has been disabled, contact the support service
 */
export class AccountInactiveError extends AccountError {
  static override readonly defaultMnemonic: string | null = "account_inactive";
}

/**
 * Thrown for `auth_error` (-32001): login.user was given a wrong login or password.
 *
 * Server message: Login or password is wrong
 */
export class AuthError extends AuthenticationError {
  static override readonly defaultMnemonic: string | null = "auth_error";
}

/**
 * Thrown for `batch_opreations_not_supported` (-32099): A JSON-RPC batch (an array of requests) was
 * sent; the API takes one request at a time.
 *
 * Server message: Batch operations not supported
 *
 * Also sent as `batch_operations_not_supported`.
 */
export class BatchOperationsNotSupportedError extends UnsupportedFeatureError {
  static override readonly defaultMnemonic: string | null = "batch_opreations_not_supported";
}

/**
 * Thrown for `call_session_not_found` (-32602): No call session is known under the given id.
 *
 * Server message: Call session not found
 */
export class CallSessionNotFoundError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "call_session_not_found";
}

/**
 * Thrown for `component_disabled` (-32008): The component that contains the method is switched off
 * for the account.
 *
 * Server message: Component {component_name} has been disabled
 *
 * `params` holds `component_name`.
 */
export class ComponentDisabledError extends ComponentError {
  static override readonly defaultMnemonic: string | null = "component_disabled";
}

/**
 * Thrown for `data_type_error` (-32602): A parameter has the wrong JSON type, e.g. a number where a
 * string is expected.
 *
 * Server message: Data supplied is of wrong type
 */
export class DataTypeError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "data_type_error";
}

/**
 * Thrown for `forbidden` (-32003): The user may not call this method or perform this action.
 *
 * Server message: Permission denied
 */
export class ForbiddenError extends AccessDeniedError {
  static override readonly defaultMnemonic: string | null = "forbidden";
}

/**
 * Thrown for `internal_error` (-32603): The server failed; send the request and its time to
 * support.
 *
 * Server message: Internal error, contact the support service
 */
export class InternalError extends InternalServerError {
  static override readonly defaultMnemonic: string | null = "internal_error";
}

/**
 * Thrown for `invalid_parameter_value` (-32602): A parameter's value is not allowed or does not
 * match the expected format.
 *
 * Server message: Invalid parameter value
 */
export class InvalidParameterValueError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "invalid_parameter_value";
}

/**
 * Thrown for `invalid_request` (-32600): The request object is malformed (`id`, `jsonrpc` or
 * structure).
 *
 * Server message: Invalid Request The JSON sent is not a valid Request object
 */
export class InvalidRequestError extends RequestValidationError {
  static override readonly defaultMnemonic: string | null = "invalid_request";
}

/**
 * Thrown for `ip_not_whitelisted` (-32003): The request came from an address missing from the
 * account's API whitelist.
 *
 * Server message: Your IP {ip} is not whitelisted
 *
 * `params` holds `ip`.
 */
export class IpNotWhitelistedError extends AccessDeniedError {
  static override readonly defaultMnemonic: string | null = "ip_not_whitelisted";
}

/**
 * Thrown for `limit_exceeded` (-32029): The per-minute or per-day points limit of the tariff is
 * used up.
 *
 * Server message: Limit per {limit_type} has been exceeded. Value of current limit per {limit_type}
 * is {limit_max_value}
 *
 * `params` holds `limit_type`, `limit_max_value`.
 */
export class LimitExceededError extends LimitError {
  static override readonly defaultMnemonic: string | null = "limit_exceeded";
  static override readonly waitsForReset: boolean = true;
}

/**
 * Thrown for `method_not_found` (-32601): The method name is not one of the API's methods.
 *
 * Server message: The method does not exist / is not available
 */
export class MethodNotFoundError extends MethodError {
  static override readonly defaultMnemonic: string | null = "method_not_found";
}

/**
 * Thrown for `notifications_not_supported` (-32099): A JSON-RPC notification (a request without
 * `id`) was sent; every request needs an id.
 *
 * Server message: Notifications not supported
 */
export class NotificationsNotSupportedError extends UnsupportedFeatureError {
  static override readonly defaultMnemonic: string | null = "notifications_not_supported";
}

/**
 * Thrown for `parse_error` (-32700): The body could not be parsed as JSON.
 *
 * Server message: Invalid JSON was received by the server.
 */
export class ParseError extends InvalidJsonError {
  static override readonly defaultMnemonic: string | null = "parse_error";
}

/**
 * Thrown for `required_parameter_missed` (-32602): A required parameter is missing.
 *
 * Server message: The required parameter has been missed
 */
export class RequiredParameterMissedError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "required_parameter_missed";
}

/**
 * Thrown for `unexpected_parameters` (-32602): The params object holds names the method does not
 * define.
 *
 * Server message: Unexpected method parameter(s)
 */
export class UnexpectedParametersError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "unexpected_parameters";
}

/**
 * Thrown for `character_encoding_not_allowed` (-32602): The request text is not UTF-8.
 *
 * Server message: The character encoding must be UTF-8
 */
export class CharacterEncodingNotAllowedError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "character_encoding_not_allowed";
}

/**
 * Thrown for `coach_not_found` (-32602): No coach number was given and none is configured in the
 * account settings.
 *
 * Server message: The coach not found in your settings
 */
export class CoachNotFoundError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "coach_not_found";
}

/**
 * Thrown for `contact_in_blacklist` (-32002, -32602): The number to call is on the account's
 * blacklist. start.employee_call and start.simple_call answer with code -32002, the other start
 * methods with -32602.
 *
 * Server message: The contact {contact} has been found in the blacklist
 *
 * `params` holds `contact`.
 */
export class ContactInBlacklistError extends ApiError {
  static override readonly defaultMnemonic: string | null = "contact_in_blacklist";
}

/**
 * Thrown for `contact_in_blacklist` when it comes with code -32002;
 * `instanceof ContactInBlacklistError` holds too.
 */
export class ContactInBlacklistAsCallRestrictedError extends CallRestrictedError {
  static override readonly defaultCode: number | null = -32002;
  static override readonly defaultMnemonic: string | null = "contact_in_blacklist";
}
alsoKindOf(ContactInBlacklistAsCallRestrictedError, ContactInBlacklistError);

/**
 * Thrown for `contact_in_blacklist` when it comes with code -32602;
 * `instanceof ContactInBlacklistError` holds too.
 */
export class ContactInBlacklistAsInvalidParamsError extends InvalidParamsError {
  static override readonly defaultCode: number | null = -32602;
  static override readonly defaultMnemonic: string | null = "contact_in_blacklist";
}
alsoKindOf(ContactInBlacklistAsInvalidParamsError, ContactInBlacklistError);

/**
 * Thrown for `duplicate_contact` (-32602): The number is already on the blacklist.
 *
 * Server message: The contact with phone number {contact_phone_number} already exists
 *
 * `params` holds `contact_phone_number`.
 */
export class DuplicateContactError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "duplicate_contact";
}

/**
 * Thrown for `duplicate_tag` (-32602): The call already has this tag.
 *
 * Server message: Duplicate tag
 */
export class DuplicateTagError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "duplicate_tag";
}

/**
 * Thrown for `employee_not_found` (-32602): No employee with the given id belongs to the account.
 *
 * Server message: Employee with id {employee_id} not found. It is not your employee.
 *
 * `params` holds `employee_id`.
 */
export class EmployeeNotFoundError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "employee_not_found";
}

/**
 * Thrown for `invalid_parameters_combination` (-32602): Parameters were combined in a way the
 * method forbids (documented for `early_switching`).
 *
 * Server message: The combination of parameters is not permitted
 */
export class InvalidParametersCombinationError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "invalid_parameters_combination";
}

/**
 * Thrown for `invalid_state` (-32004): The call is not in a state that allows this method (see the
 * call state diagram).
 *
 * Server message: This method can not be called in this state
 */
export class InvalidStateError extends CallStateError {
  static override readonly defaultMnemonic: string | null = "invalid_state";
}

/**
 * Thrown for `leg_not_found` (-32602): The call session has no leg with the given id.
 *
 * Server message: The call's leg not found
 */
export class LegNotFoundError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "leg_not_found";
}

/**
 * Thrown for `media_file_not_found` (-32602): No media file with the given id exists for the
 * account.
 *
 * Server message: The media file with id {media_file_id} not found
 *
 * `params` holds `media_file_id`.
 */
export class MediaFileNotFoundError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "media_file_not_found";
}

/**
 * Thrown for `no_active_phone_number` (-32602): The phone number to dial does not exist or is
 * switched off.
 *
 * Server message: The phone number does not exist or inactive
 */
export class NoActivePhoneNumberError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "no_active_phone_number";
}

/**
 * Thrown for `own_virtual_phone_number_not_allowed` (-32602): The number to call is one of the
 * account's own virtual numbers.
 *
 * Server message: Parameter contact can not contain own virtual phone number
 */
export class OwnVirtualPhoneNumberNotAllowedError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "own_virtual_phone_number_not_allowed";
}

/**
 * Thrown for `record_already_started` (-32602): Recording was asked to start while it is running.
 *
 * Server message: The call record is already started
 */
export class RecordAlreadyStartedError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "record_already_started";
}

/**
 * Thrown for `record_already_stopped` (-32602): Recording was asked to stop while it is not
 * running.
 *
 * Server message: The call record is not enabled
 */
export class RecordAlreadyStoppedError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "record_already_stopped";
}

/**
 * Thrown for `scenario_not_found` (-32602, -32007): start.scenario_call (-32602) names a scenario
 * that does not exist; start.vnumber_call (-32007, message "Virtual phone number does not have a
 * scenario") calls a virtual number with no scenario.
 *
 * Server message: Scenario with id {scenario_id} not found
 *
 * `params` holds `scenario_id`.
 */
export class ScenarioNotFoundError extends ApiError {
  static override readonly defaultMnemonic: string | null = "scenario_not_found";
}

/**
 * Thrown for `scenario_not_found` when it comes with code -32602;
 * `instanceof ScenarioNotFoundError` holds too.
 */
export class ScenarioNotFoundAsInvalidParamsError extends InvalidParamsError {
  static override readonly defaultCode: number | null = -32602;
  static override readonly defaultMnemonic: string | null = "scenario_not_found";
}
alsoKindOf(ScenarioNotFoundAsInvalidParamsError, ScenarioNotFoundError);

/**
 * Thrown for `scenario_not_found` when it comes with code -32007;
 * `instanceof ScenarioNotFoundError` holds too.
 */
export class ScenarioNotFoundAsVirtualNumberError extends VirtualNumberError {
  static override readonly defaultCode: number | null = -32007;
  static override readonly defaultMnemonic: string | null = "scenario_not_found";
}
alsoKindOf(ScenarioNotFoundAsVirtualNumberError, ScenarioNotFoundError);

/**
 * Thrown for `tag_not_found` (-32602): No tag with the given id exists for the account.
 *
 * Server message: Tag with {tag_id} not found
 *
 * `params` holds `tag_id`.
 */
export class TagNotFoundError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "tag_not_found";
}

/**
 * Thrown for `talk_option_not_found` (-32602): No talk option is set up for the given key.
 *
 * Server message: Talk option not found
 */
export class TalkOptionNotFoundError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "talk_option_not_found";
}

/**
 * Thrown for `tts_text_exceeded` (-32602): The text to speak is longer than the tariff allows.
 *
 * Server message: The maximum length of Text-to-Speech message is {tts_message_max_length}. The
 * length of your message is {sent_tts_message_length}
 *
 * `params` holds `tts_message_max_length`, `sent_tts_message_length`.
 */
export class TtsTextExceededError extends InvalidParamsError {
  static override readonly defaultMnemonic: string | null = "tts_text_exceeded";
}

/**
 * Thrown for `virtual_phone_number_not_found` (-32007): The virtual number is not one of the
 * account's.
 *
 * Server message: Virtual phone number {virtual_phone_number} not found. It is not your virtual
 * phone number.
 *
 * `params` holds `virtual_phone_number`.
 */
export class VirtualPhoneNumberNotFoundError extends VirtualNumberError {
  static override readonly defaultMnemonic: string | null = "virtual_phone_number_not_found";
}

const BY_CODE: ReadonlyMap<number, ApiErrorClass> = new Map<number, ApiErrorClass>([
  [-32700, InvalidJsonError],
  [-32600, RequestValidationError],
  [-32601, MethodError],
  [-32602, InvalidParamsError],
  [-32603, InternalServerError],
  [-32001, AuthenticationError],
  [-32002, CallRestrictedError],
  [-32003, AccessDeniedError],
  [-32004, CallStateError],
  [-32007, VirtualNumberError],
  [-32008, ComponentError],
  [-32009, AccountError],
  [-32029, LimitError],
  [-32099, UnsupportedFeatureError],
]);

const BY_MNEMONIC: ReadonlyMap<string, ApiErrorClass> = new Map<string, ApiErrorClass>([
  ["access_token_blocked", AccessTokenBlockedError],
  ["access_token_expired", AccessTokenExpiredError],
  ["access_token_invalid", AccessTokenInvalidError],
  ["account_inactive", AccountInactiveError],
  ["auth_error", AuthError],
  ["batch_opreations_not_supported", BatchOperationsNotSupportedError],
  ["batch_operations_not_supported", BatchOperationsNotSupportedError],
  ["call_session_not_found", CallSessionNotFoundError],
  ["component_disabled", ComponentDisabledError],
  ["data_type_error", DataTypeError],
  ["forbidden", ForbiddenError],
  ["internal_error", InternalError],
  ["invalid_parameter_value", InvalidParameterValueError],
  ["invalid_request", InvalidRequestError],
  ["ip_not_whitelisted", IpNotWhitelistedError],
  ["limit_exceeded", LimitExceededError],
  ["method_not_found", MethodNotFoundError],
  ["notifications_not_supported", NotificationsNotSupportedError],
  ["parse_error", ParseError],
  ["required_parameter_missed", RequiredParameterMissedError],
  ["unexpected_parameters", UnexpectedParametersError],
  ["character_encoding_not_allowed", CharacterEncodingNotAllowedError],
  ["coach_not_found", CoachNotFoundError],
  ["contact_in_blacklist", ContactInBlacklistError],
  ["duplicate_contact", DuplicateContactError],
  ["duplicate_tag", DuplicateTagError],
  ["employee_not_found", EmployeeNotFoundError],
  ["invalid_parameters_combination", InvalidParametersCombinationError],
  ["invalid_state", InvalidStateError],
  ["leg_not_found", LegNotFoundError],
  ["media_file_not_found", MediaFileNotFoundError],
  ["no_active_phone_number", NoActivePhoneNumberError],
  ["own_virtual_phone_number_not_allowed", OwnVirtualPhoneNumberNotAllowedError],
  ["record_already_started", RecordAlreadyStartedError],
  ["record_already_stopped", RecordAlreadyStoppedError],
  ["scenario_not_found", ScenarioNotFoundError],
  ["tag_not_found", TagNotFoundError],
  ["talk_option_not_found", TalkOptionNotFoundError],
  ["tts_text_exceeded", TtsTextExceededError],
  ["virtual_phone_number_not_found", VirtualPhoneNumberNotFoundError],
]);

/** Keyed by `${code} ${mnemonic}`. */
const BY_CODE_AND_MNEMONIC: Map<string, ApiErrorClass> = new Map<string, ApiErrorClass>([
  ["-32001 access_token_blocked", AccessTokenBlockedError],
  ["-32001 access_token_expired", AccessTokenExpiredError],
  ["-32001 access_token_invalid", AccessTokenInvalidError],
  ["-32009 account_inactive", AccountInactiveError],
  ["-32001 auth_error", AuthError],
  ["-32099 batch_opreations_not_supported", BatchOperationsNotSupportedError],
  ["-32099 batch_operations_not_supported", BatchOperationsNotSupportedError],
  ["-32602 call_session_not_found", CallSessionNotFoundError],
  ["-32008 component_disabled", ComponentDisabledError],
  ["-32602 data_type_error", DataTypeError],
  ["-32003 forbidden", ForbiddenError],
  ["-32603 internal_error", InternalError],
  ["-32602 invalid_parameter_value", InvalidParameterValueError],
  ["-32600 invalid_request", InvalidRequestError],
  ["-32003 ip_not_whitelisted", IpNotWhitelistedError],
  ["-32029 limit_exceeded", LimitExceededError],
  ["-32601 method_not_found", MethodNotFoundError],
  ["-32099 notifications_not_supported", NotificationsNotSupportedError],
  ["-32700 parse_error", ParseError],
  ["-32602 required_parameter_missed", RequiredParameterMissedError],
  ["-32602 unexpected_parameters", UnexpectedParametersError],
  ["-32602 character_encoding_not_allowed", CharacterEncodingNotAllowedError],
  ["-32602 coach_not_found", CoachNotFoundError],
  ["-32002 contact_in_blacklist", ContactInBlacklistAsCallRestrictedError],
  ["-32602 contact_in_blacklist", ContactInBlacklistAsInvalidParamsError],
  ["-32602 duplicate_contact", DuplicateContactError],
  ["-32602 duplicate_tag", DuplicateTagError],
  ["-32602 employee_not_found", EmployeeNotFoundError],
  ["-32602 invalid_parameters_combination", InvalidParametersCombinationError],
  ["-32004 invalid_state", InvalidStateError],
  ["-32602 leg_not_found", LegNotFoundError],
  ["-32602 media_file_not_found", MediaFileNotFoundError],
  ["-32602 no_active_phone_number", NoActivePhoneNumberError],
  ["-32602 own_virtual_phone_number_not_allowed", OwnVirtualPhoneNumberNotAllowedError],
  ["-32602 record_already_started", RecordAlreadyStartedError],
  ["-32602 record_already_stopped", RecordAlreadyStoppedError],
  ["-32602 scenario_not_found", ScenarioNotFoundAsInvalidParamsError],
  ["-32007 scenario_not_found", ScenarioNotFoundAsVirtualNumberError],
  ["-32602 tag_not_found", TagNotFoundError],
  ["-32602 talk_option_not_found", TalkOptionNotFoundError],
  ["-32602 tts_text_exceeded", TtsTextExceededError],
  ["-32007 virtual_phone_number_not_found", VirtualPhoneNumberNotFoundError],
]);

/**
 * The class to throw for an error answer.
 *
 * The documented (code, mnemonic) pair maps to its class. A known mnemonic under a code the
 * docs do not give it gets a class derived from the code group's class that `instanceof`
 * also counts as the mnemonic's class; otherwise the mnemonic's class, the group's class, or
 * `ApiError`.
 */
export function errorClass(code: number, mnemonic: string | null | undefined): ApiErrorClass {
  if (mnemonic !== null && mnemonic !== undefined) {
    const pair = `${code} ${mnemonic}`;
    const exact = BY_CODE_AND_MNEMONIC.get(pair);
    if (exact !== undefined) {
      return exact;
    }
    const byMnemonic = BY_MNEMONIC.get(mnemonic);
    const byCode = BY_CODE.get(code);
    if (byMnemonic !== undefined && byCode !== undefined) {
      const known: string = mnemonic;
      const kind: ApiErrorClass = byMnemonic;
      const combined = class extends byCode {
        static override readonly defaultCode: number | null = code;
        static override readonly defaultMnemonic: string | null = known;
        static override readonly renewsSession: boolean = kind.renewsSession;
        static override readonly waitsForReset: boolean = kind.waitsForReset;
      };
      Object.defineProperty(combined, "name", { value: byMnemonic.name });
      alsoKindOf(combined, byMnemonic);
      BY_CODE_AND_MNEMONIC.set(pair, combined);
      return combined;
    }
    if (byMnemonic !== undefined) {
      return byMnemonic;
    }
  }
  return BY_CODE.get(code) ?? ApiError;
}
