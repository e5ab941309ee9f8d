// Generated from spec/ by `python -m generator`; do not edit.
/** `Client`: one async method per Call API method. */

import {
  API_VERSION,
  BASE_URLS,
  type Brand,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  HEADERS,
  INITIAL_RETRY_DELAY,
  MAX_RETRY_DELAY,
  RETRY_STATUSES,
  VERSION_PATH,
} from "./constants.js";
import { type MethodSpec, readAnswer, requestBody, retryDelay, withMetadata } from "./core.js";
import { CallApiError, RequestTimeoutError, TransportError } from "./errors.js";
import type {
  ApiVersion,
  ResultList,
  WithMetadata,
  LoginUserParams,
  LoginUserResult,
  LogoutUserResult,
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
  AddCoachResult,
  BlockContactParams,
  BlockContactResult,
  CallTalkOptionParams,
  CallTalkOptionResult,
  DisconnectLegParams,
  DisconnectLegResult,
  HoldCallParams,
  HoldCallResult,
  ListCallsParams,
  ListCallsResult,
  ListTalkOptionsResult,
  MakeCallParams,
  MakeCallResult,
  RecordCallParams,
  RecordCallResult,
  ReleaseCallParams,
  ReleaseCallResult,
  RestoreTalkParams,
  RestoreTalkResult,
  SendDtmfParams,
  SendDtmfResult,
  TagCallParams,
  TagCallResult,
  TransferTalkParams,
  TransferTalkResult,
  UnholdCallParams,
  UnholdCallResult,
} from "./types.js";

/** How to reach the API. */
export interface ClientOptions {
  /**
   * A session key from `loginUser` or a permanent key; every method but `loginUser` sends
   * it. `loginUser` stores the key it gets here, `logoutUser` forgets it.
   */
  accessToken?: string | null;
  /** Whose servers to call: `uis`, `comagic`, `novofon`, `callgear`. */
  brand?: Brand;
  /** The full endpoint instead of a brand, e.g. for a test server. */
  baseUrl?: string;
  /** The API version in the URL (default 4.0). */
  version?: string;
  /** Milliseconds to wait for an answer (default 30000). */
  timeout?: number;
  /**
   * How often to try again after a failure that is safe to repeat (default 2): no answer, or a
   * gateway's 502/503/504. A method that acts on a call is never sent twice.
   */
  maxRetries?: number;
  /** Your own `fetch` (proxies, tests); the global one by default. */
  fetch?: typeof fetch;
  /** Told when an answer says the called version is deprecated; by default warns once on the console. */
  onDeprecated?: (apiVersion: ApiVersion) => void;
}

/** Options of one call. */
export interface RequestOptions {
  /** Aborts the call; the abort reason is thrown as is. */
  signal?: AbortSignal;
  /** Milliseconds to wait for this answer, instead of the client's timeout. */
  timeout?: number;
}

/** The endpoint URL: `baseUrl` as given, or the brand's server plus the version path. */
export function baseUrlFor(brand: Brand | undefined, baseUrl: string | undefined, version: string): string {
  const brands = Object.keys(BASE_URLS).join(", ");
  if (baseUrl !== undefined) {
    if (brand !== undefined) {
      throw new TypeError("pass brand or baseUrl, not both");
    }
    return baseUrl.replace(/\/+$/, "");
  }
  if (brand === undefined) {
    throw new TypeError(`pass brand (one of ${brands}) or baseUrl`);
  }
  if (!Object.hasOwn(BASE_URLS, brand)) {
    throw new TypeError(`unknown brand ${JSON.stringify(brand)} (expected one of ${brands})`);
  }
  return `${BASE_URLS[brand]}/${VERSION_PATH.replace("{version}", version)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Client of the Call API.
 *
 * ```ts
 * const client = new Client({ brand: "uis", accessToken: process.env.CALLAPI_TOKEN });
 * const call = await client.startEmployeeCall({ ... });
 * console.log(call.call_session_id, call.metadata?.limits);
 * ```
 *
 * Each method resolves to `result.data` of the answer, with the answer's `metadata` as a
 * non-enumerable `metadata` property, and rejects with an `ApiError` subclass for an error
 * answer, `TransportError` when no answer came, `ProtocolError` for an answer that is not a
 * valid JSON-RPC answer.
 */
export class Client {
  /** The endpoint every request is posted to. */
  readonly url: string;
  /** The key sent as `access_token`. */
  accessToken: string | null;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly #fetch: typeof fetch;
  readonly #onDeprecated: (apiVersion: ApiVersion) => void;
  #nextId = 1;
  #warned = false;

  constructor(options: ClientOptions = {}) {
    this.url = baseUrlFor(options.brand, options.baseUrl, options.version ?? API_VERSION);
    this.accessToken = options.accessToken ?? null;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const fetchFunction = options.fetch ?? globalThis.fetch;
    if (typeof fetchFunction !== "function") {
      throw new TypeError("no global fetch here; pass options.fetch");
    }
    this.#fetch = fetchFunction;
    this.#onDeprecated =
      options.onDeprecated ??
      ((apiVersion) => {
        if (!this.#warned) {
          this.#warned = true;
          console.warn(
            `Call API version ${apiVersion.current_version} is deprecated; the latest is ${apiVersion.latest_version}`,
          );
        }
      });
  }

  toString(): string {
    return `Client(url=${this.url}, accessToken=${this.accessToken ? "set" : "none"})`;
  }

  #token(): string {
    if (!this.accessToken) {
      throw new CallApiError("no access token: pass accessToken to the Client or call loginUser() first");
    }
    return this.accessToken;
  }

  /** Posts one body and reads the answer's text; TransportError when no answer came. */
  async #exchange(body: string, method: string, options: RequestOptions): Promise<{ status: number; text: string }> {
    const controller = new AbortController();
    const timeout = options.timeout ?? this.timeout;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const outer = options.signal;
    const onAbort = (): void => controller.abort(outer?.reason);
    if (outer?.aborted) {
      onAbort();
    } else {
      outer?.addEventListener("abort", onAbort, { once: true });
    }
    try {
      const response = await this.#fetch(this.url, { method: "POST", headers: HEADERS, body, signal: controller.signal });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      if (outer?.aborted) {
        throw outer.reason;
      }
      if (timedOut) {
        throw new RequestTimeoutError(`no answer to ${method} in ${timeout} ms`, { cause: error });
      }
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new TransportError(`${method} failed: ${detail}`, { cause: error });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    }
  }

  /** Sends one call, retrying what is safe to repeat, and reads its answer. */
  async #send(spec: MethodSpec, params: Record<string, unknown>, options: RequestOptions = {}): Promise<unknown> {
    const id = this.#nextId++;
    const body = requestBody(id, spec.method, params);
    for (let attempt = 0; ; attempt++) {
      let failure: TransportError | undefined;
      let answer: { status: number; text: string } | undefined;
      try {
        answer = await this.#exchange(body, spec.method, options);
      } catch (error) {
        if (!(error instanceof TransportError)) {
          throw error;
        }
        failure = error;
      }
      const retryable = failure !== undefined || (answer !== undefined && RETRY_STATUSES.has(answer.status));
      if (retryable && !spec.actsOnCall && attempt < this.maxRetries) {
        await sleep(retryDelay(attempt, INITIAL_RETRY_DELAY, MAX_RETRY_DELAY));
        continue;
      }
      if (answer === undefined) {
        throw failure;
      }
      const { data, metadata } = readAnswer(spec, id, answer.status, answer.text, this.#onDeprecated);
      return withMetadata(data as object, metadata);
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async loginUser(params: LoginUserParams, options?: RequestOptions): Promise<WithMetadata<LoginUserResult>> {
    const result = (await this.#send(
      {
        method: "login.user",
        actsOnCall: false,
        result: { t: "object", f: { "access_token": [true, { t: "string" }], "expire_at": [true, { t: "integer" }] } },
      },
      { ...params },
      options,
    )) as WithMetadata<LoginUserResult>;
    this.accessToken = result.access_token;
    return result;
  }

  /**
   * End an authentication session and invalidate its session key.
   *
   * Closes the session opened by `login.user`: the given session key is discarded
   * and can no longer be used for requests.
   *
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async logoutUser(options?: RequestOptions): Promise<WithMetadata<LogoutUserResult>> {
    const result = (await this.#send(
      {
        method: "logout.user",
        actsOnCall: false,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token() },
      options,
    )) as WithMetadata<LogoutUserResult>;
    this.accessToken = null;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
   * @throws {@link EmployeeNotFoundError} Employee with id {employee_id} not found. It is not your employee.
   * @throws {@link NoActivePhoneNumberError} The phone number does not exist or inactive
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own virtual phone number
   * @throws {@link ContactInBlacklistAsCallRestrictedError} The contact {contact} has been found in the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startEmployeeCall(params: StartEmployeeCallParams, options?: RequestOptions): Promise<WithMetadata<StartEmployeeCallResult>> {
    const result = (await this.#send(
      {
        method: "start.employee_call",
        actsOnCall: true,
        result: { t: "object", f: { "call_session_id": [true, { t: "integer" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<StartEmployeeCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own virtual phone number
   * @throws {@link ContactInBlacklistAsInvalidParamsError} The contact {contact} has been found in the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startInformerCall(params: StartInformerCallParams, options?: RequestOptions): Promise<WithMetadata<StartInformerCallResult>> {
    const result = (await this.#send(
      {
        method: "start.informer_call",
        actsOnCall: true,
        result: { t: "object", f: { "call_session_id": [true, { t: "integer" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<StartInformerCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
   * @throws {@link ScenarioNotFoundAsInvalidParamsError} Scenario with id {scenario_id} not found
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own virtual phone number
   * @throws {@link ContactInBlacklistAsInvalidParamsError} The contact {contact} has been found in the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startScenarioCall(params: StartScenarioCallParams, options?: RequestOptions): Promise<WithMetadata<StartScenarioCallResult>> {
    const result = (await this.#send(
      {
        method: "start.scenario_call",
        actsOnCall: true,
        result: { t: "object", f: { "call_session_id": [true, { t: "integer" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<StartScenarioCallResult>;
    return result;
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
   * is `virtual_phone_number`; the operator sees it too unless `show_virtual_phone_number` is false.
   *
   * On success the answer carries the `call_session_id` of the new call.
   *
   * Acts on a call: never sent again by the client once the request may have reached the server.
   *
   * @param params - The parameters (`access_token` is added by the client).
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own virtual phone number
   * @throws {@link ContactInBlacklistAsCallRestrictedError} The contact {contact} has been found in the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startSimpleCall(params: StartSimpleCallParams, options?: RequestOptions): Promise<WithMetadata<StartSimpleCallResult>> {
    const result = (await this.#send(
      {
        method: "start.simple_call",
        actsOnCall: true,
        result: { t: "object", f: { "call_session_id": [true, { t: "integer" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<StartSimpleCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link VirtualPhoneNumberNotFoundError} Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
   * @throws {@link ScenarioNotFoundAsVirtualNumberError} Virtual phone number does not have a scenario
   * @throws {@link OwnVirtualPhoneNumberNotAllowedError} Parameter contact can not contain own virtual phone number
   * @throws {@link ContactInBlacklistAsInvalidParamsError} The contact {contact} has been found in the blacklist
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link InvalidParametersCombinationError} The combination of parameters is not permitted
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async startVnumberCall(params: StartVnumberCallParams, options?: RequestOptions): Promise<WithMetadata<StartVnumberCallResult>> {
    const result = (await this.#send(
      {
        method: "start.vnumber_call",
        actsOnCall: true,
        result: { t: "object", f: { "call_session_id": [true, { t: "integer" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<StartVnumberCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link CoachNotFoundError} The coach not found in your settings
   * @throws {@link NoActivePhoneNumberError} The phone number does not exist or inactive
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async addCoach(params: AddCoachParams, options?: RequestOptions): Promise<WithMetadata<AddCoachResult>> {
    const result = (await this.#send(
      {
        method: "add.coach",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<AddCoachResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link DuplicateContactError} The contact with phone number {contact_phone_number} already exists
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async blockContact(params: BlockContactParams, options?: RequestOptions): Promise<WithMetadata<BlockContactResult>> {
    const result = (await this.#send(
      {
        method: "block.contact",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<BlockContactResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link InternalError} Internal error, contact the support service
   * @throws {@link ForbiddenError} Permission denied
   * @throws {@link CallSessionNotFoundError} Call session not found
   * @throws {@link TalkOptionNotFoundError} Talk option not found
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async callTalkOption(params: CallTalkOptionParams, options?: RequestOptions): Promise<WithMetadata<CallTalkOptionResult>> {
    const result = (await this.#send(
      {
        method: "call.talk_option",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<CallTalkOptionResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link LegNotFoundError} The call's leg not found
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async disconnectLeg(params: DisconnectLegParams, options?: RequestOptions): Promise<WithMetadata<DisconnectLegResult>> {
    const result = (await this.#send(
      {
        method: "disconnect.leg",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<DisconnectLegResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link MediaFileNotFoundError} The media file with id {media_file_id} not found
   * @throws {@link TtsTextExceededError} The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async holdCall(params: HoldCallParams, options?: RequestOptions): Promise<WithMetadata<HoldCallResult>> {
    const result = (await this.#send(
      {
        method: "hold.call",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<HoldCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer (an array); `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async listCalls(params: ListCallsParams = {}, options?: RequestOptions): Promise<ResultList<ListCallsResult>> {
    const result = (await this.#send(
      {
        method: "list.calls",
        actsOnCall: false,
        result: { t: "array", i: { t: "object", f: { "call_session_id": [true, { t: "integer" }], "direction": [true, { t: "string", e: ["in", "out"] }], "start_time": [true, { t: "string" }], "virtual_phone_number": [true, { t: "string" }], "contact_phone_number": [true, { t: "string" }], "external_id": [true, { t: "string", n: true }], "tags": [true, { t: "array", i: { t: "object", f: { "tag_id": [true, { t: "integer" }], "tag_name": [true, { t: "string" }] } } }], "legs": [true, { t: "array", i: { t: "object", f: { "leg_id": [true, { t: "integer" }], "calling_phone_number": [true, { t: "string" }], "called_phone_number": [true, { t: "string" }], "is_operator": [true, { t: "boolean", e: [true, false] }], "employee_id": [true, { t: "integer", n: true }], "employee_full_name": [true, { t: "string", n: true }], "record_call_enabled": [true, { t: "boolean", e: [true, false] }], "state": [true, { t: "string" }] } } }] } } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as ResultList<ListCallsResult>;
    return result;
  }

  /**
   * List the talk options configured for the virtual PBX.
   *
   * Returns every talk option set up in the client area ("Virtual PBX" -> "Talk options"): the key
   * that triggers it, what kind of action it is, its display name and, for options bound to a
   * specific object (a tag, a scenario, ...), which object that is. Use the `button` values with
   * `call.talk_option`.
   *
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer (an array); `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async listTalkOptions(options?: RequestOptions): Promise<ResultList<ListTalkOptionsResult>> {
    const result = (await this.#send(
      {
        method: "list.talk_options",
        actsOnCall: false,
        result: { t: "array", i: { t: "object", f: { "button": [true, { t: "string" }], "mnemonic": [true, { t: "string", e: ["finish_conversation", "tag_call", "record_talk", "transfer_call", "run_scenario", "call_coach", "receive_fax", "save_numa"] }], "name": [true, { t: "string" }], "button_value": [false, { t: "object", n: true, f: { "id": [true, { t: "integer" }], "value": [true, { t: "string" }] } }] } } },
      },
      { access_token: this.#token() },
      options,
    )) as ResultList<ListTalkOptionsResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link CharacterEncodingNotAllowedError} The character encoding must be UTF-8
   * @throws {@link NoActivePhoneNumberError} The phone number does not exist or inactive
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async makeCall(params: MakeCallParams, options?: RequestOptions): Promise<WithMetadata<MakeCallResult>> {
    const result = (await this.#send(
      {
        method: "make.call",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<MakeCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ForbiddenError} Permission denied
   * @throws {@link RecordAlreadyStartedError} The call record is already started
   * @throws {@link RecordAlreadyStoppedError} The call record is not enabled
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async recordCall(params: RecordCallParams, options?: RequestOptions): Promise<WithMetadata<RecordCallResult>> {
    const result = (await this.#send(
      {
        method: "record.call",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<RecordCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async releaseCall(params: ReleaseCallParams, options?: RequestOptions): Promise<WithMetadata<ReleaseCallResult>> {
    const result = (await this.#send(
      {
        method: "release.call",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<ReleaseCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async restoreTalk(params: RestoreTalkParams, options?: RequestOptions): Promise<WithMetadata<RestoreTalkResult>> {
    const result = (await this.#send(
      {
        method: "restore.talk",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<RestoreTalkResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async sendDtmf(params: SendDtmfParams, options?: RequestOptions): Promise<WithMetadata<SendDtmfResult>> {
    const result = (await this.#send(
      {
        method: "send.dtmf",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<SendDtmfResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link TagNotFoundError} Tag with {tag_id} not found
   * @throws {@link DuplicateTagError} Duplicate tag
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async tagCall(params: TagCallParams, options?: RequestOptions): Promise<WithMetadata<TagCallResult>> {
    const result = (await this.#send(
      {
        method: "tag.call",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<TagCallResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async transferTalk(params: TransferTalkParams, options?: RequestOptions): Promise<WithMetadata<TransferTalkResult>> {
    const result = (await this.#send(
      {
        method: "transfer.talk",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<TransferTalkResult>;
    return result;
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
   * @param options - Abort signal and timeout of this call.
   * @returns `result.data` of the answer; `.metadata` holds the answer's metadata.
   * @throws {@link InvalidStateError} This method can not be called in this state
   * @throws {@link ApiError} Any other error answer (see the common errors).
   * @throws {@link TransportError} No answer (connection failed or timed out).
   * @throws {@link ProtocolError} The answer was not a valid JSON-RPC answer.
   */
  async unholdCall(params: UnholdCallParams, options?: RequestOptions): Promise<WithMetadata<UnholdCallResult>> {
    const result = (await this.#send(
      {
        method: "unhold.call",
        actsOnCall: true,
        result: { t: "object", f: { "success": [true, { t: "boolean" }] } },
      },
      { access_token: this.#token(), ...params },
      options,
    )) as WithMetadata<UnholdCallResult>;
    return result;
  }
}
