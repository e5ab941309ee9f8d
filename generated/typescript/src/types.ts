// Generated from spec/ by `python -m generator`; do not edit.
/**
 * Typed shapes of what the Call API takes and returns: one interface per params object and
 * result object, and one per object nested in them. Property names are the wire names.
 * Parameters take only the documented enum values; results also admit values the API may add
 * later (`"in" | "out" | (string & {})`), which the client keeps and warns about once.
 */

/** A result with the `metadata` of the answer it came in (a non-enumerable property). */
export type WithMetadata<T> = T & { readonly metadata: Metadata | null };

/** The result of a list method: an array that also carries the answer's `metadata`. */
export type ResultList<T> = WithMetadata<T[]>;

/**
 * A successful answer has `result.data`: an object, or an array of objects for the list
 * methods. Every answer, success or error, also has `metadata` with the account's limits, and
 * with `api_version` when the called version is deprecated.
 */
export interface Metadata {
  /**
   * Present only when the called version is deprecated.
   */
  readonly api_version?: ApiVersion;
  /**
   * The points limits of the account and what is left of them; absent for the answers limits do not
   * count.
   */
  readonly limits?: Limits;
}

/**
 * Present only when the called version is deprecated.
 */
export interface ApiVersion {
  /**
   * True when the called version is deprecated and may be switched off in about two months.
   */
  readonly current_version_depricated: boolean;
  /**
   * The version that was called.
   */
  readonly current_version: string;
  /**
   * The newest version available.
   */
  readonly latest_version: string;
}

/**
 * The points limits of the account and what is left of them; absent for the answers limits do not
 * count.
 */
export interface Limits {
  /**
   * Points allowed per day.
   */
  readonly day_limit: number;
  /**
   * Points left until the daily limit is reached.
   */
  readonly day_remaining: number;
  /**
   * Seconds until the daily limit resets.
   *
   * Unit: seconds.
   */
  readonly day_reset: number;
  /**
   * Points allowed per minute.
   */
  readonly minute_limit: number;
  /**
   * Points left until the per-minute limit is reached.
   */
  readonly minute_remaining: number;
  /**
   * Seconds until the per-minute limit resets.
   *
   * Unit: seconds.
   */
  readonly minute_reset: number;
}

/**
 * Structured details of the error.
 *
 * Every member is optional here: servers leave some out, and may add others.
 */
export interface ErrorData {
  /**
   * Short stable name of the error; the reliable key to tell errors apart.
   */
  readonly mnemonic?: string;
  /**
   * The request parameter the error is about; nested parameters are dotted
   * (`contact_message.value`).
   */
  readonly field?: string | null;
  /**
   * The value of that parameter as the server received it.
   */
  readonly value?: string | null;
  /**
   * Values of the placeholders of the message template, by placeholder name.
   */
  readonly params?: Record<string, unknown> | null;
  /**
   * Extra hint or reference the server may add.
   *
   * Documented only by: en_new.
   */
  readonly extended_helper?: string | null;
  /**
   * The answer's metadata block when the server puts it inside the error data.
   */
  readonly metadata?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/**
 * Parameters of `login.user`.
 */
export interface LoginUserParams {
  /**
   * Login of the account user.
   */
  readonly login: string;
  /**
   * Password of the account user.
   */
  readonly password: string;
}

/**
 * `result.data` of `login.user`.
 */
export interface LoginUserResult {
  /**
   * Session key to send as `access_token` in subsequent requests; valid for one hour.
   */
  readonly access_token: string;
  /**
   * Point in time after which the issued session key is no longer valid.
   */
  readonly expire_at: number;
}

/**
 * Whether the session was closed.
 *
 * `result.data` of `logout.user`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type LogoutUserResult = SuccessResult;

/**
 * Parameters of `start.employee_call` (the client adds `access_token` itself).
 */
export interface StartEmployeeCallParams {
  /**
   * Which side is dialled first: `employee` (the employee from `employee`) or `contact`
   * (the called party, usually a client).
   */
  readonly first_call: "contact" | "employee";
  /**
   * Controls when the two parties are joined when messages are configured.
   * With `first_call: employee` and both messages given: the employee answers and hears
   * `employee_message` to the end; only then is `contact` dialled, while the employee hears
   * `media_file_id`. When the contact answers, `true` joins the conversation immediately,
   * `false` lets the contact hear `contact_message` to the end first.
   * With `first_call: contact` and both messages given: the contact answers and starts hearing
   * `contact_message` while the employee is dialled. When the employee answers, `true` stops
   * the contact's message and joins at once, `false` lets both messages play to the end
   * first. Whoever finishes their message earlier hears `media_file_id` meanwhile.
   *
   * Server default: `false`.
   */
  readonly switch_at_once?: boolean;
  /**
   * When true, the employee hears the contact's line while the contact is being dialled
   * (e.g. a voicemail greeting) instead of the `media_file_id` melody.
   *
   * Server default: `false`.
   */
  readonly early_switching?: boolean;
  /**
   * Id of the system or user media file used as waiting/dialling music. When omitted, the
   * system melody `dialing_music` ("Dialing music" / "Forwarding music") is used. Ids come from
   * the Data API lists of user and system media files.
   */
  readonly media_file_id?: number;
  /**
   * A virtual number rented by the client, in E.164 form (e.g. `74993720692`). Always the
   * caller ID towards `contact`; also the caller ID towards the employee when
   * `show_virtual_phone_number` is true. Available numbers are listed by the Data API.
   *
   * Format: e164.
   */
  readonly virtual_phone_number: string;
  /**
   * Rule for picking the outgoing virtual number dynamically: `fixed`, `fixed_for_numa`
   * (fixed per subscriber), `random`, `regional_random`, `regional_fixed_for_numa` (regional,
   * fixed per subscriber). If no number satisfies the rule, `virtual_phone_number` is used.
   * Rules other than `fixed` need the "Automatic phone number management" component.
   *
   * Server default: `"fixed"`.
   */
  readonly virtual_phone_usage_rule?:
    "fixed" | "fixed_for_numa" | "random" | "regional_random" | "regional_fixed_for_numa";
  /**
   * Group of the virtual number pool whose settings the call should use. Only effective
   * together with a `virtual_phone_usage_rule` other than `fixed`.
   *
   * Documented only by: en_old.
   */
  readonly virtual_number_group?: number;
  /**
   * Whether the employee sees `virtual_phone_number` as the caller ID.
   *
   * Server default: `true`.
   */
  readonly show_virtual_phone_number?: boolean;
  /**
   * Number of the party to call, in E.164 form (e.g. `79091234567`). An employee's SIP number
   * is also accepted; employee extension numbers are not.
   *
   * Format: e164.
   */
  readonly contact: string;
  /**
   * Your own unique id, used to match call events with records in an external system.
   */
  readonly external_id?: string;
  /**
   * DTMF digits to send to `contact`. Each `.` inserts a one-second pause; e.g. `.12.1..4`
   * sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s more.
   *
   * Allowed: `0-9, *, #`. Format: dtmf.
   */
  readonly dtmf_string?: string;
  /**
   * Direction the call is recorded with - `in` (incoming) or `out` (outgoing).
   *
   * Server default: `"in"`.
   */
  readonly direction?: "in" | "out";
  /**
   * The employee the contact is to be connected with.
   */
  readonly employee: StartEmployeeCallEmployee;
  /**
   * Message played to the `contact` leg. When it ends, the `media_file_id` melody loops.
   */
  readonly contact_message?: Message;
  /**
   * Message played to the employee leg. When it ends, the `media_file_id` melody loops.
   */
  readonly employee_message?: Message;
}

/**
 * `result.data` of `start.employee_call`.
 */
export interface StartEmployeeCallResult {
  /**
   * Id of the call session that was created.
   */
  readonly call_session_id: number;
}

/**
 * Parameters of `start.informer_call` (the client adds `access_token` itself).
 */
export interface StartInformerCallParams {
  /**
   * A virtual number rented by the client, in E.164 form (e.g. 74993720692), always used as the
   * caller id shown to the contact. The list of virtual numbers is available from the REST (Data)
   * API.
   *
   * Format: e164.
   */
  readonly virtual_phone_number: string;
  /**
   * Rule for picking the outgoing virtual number dynamically. If no number matches the rule,
   * `virtual_phone_number` is used. Rules other than `fixed` need the "Automatic number management"
   * component.
   *
   * Server default: `"fixed"`. Documented only by: en_new, en_v2, ru_comagic, ru_novofon.
   */
  readonly virtual_phone_usage_rule?:
    "fixed" | "fixed_for_numa" | "random" | "regional_random" | "regional_fixed_for_numa";
  /**
   * Caller-chosen unique id used to match the call's events with an external system.
   */
  readonly external_id?: string;
  /**
   * DTMF digits sent to the `contact` party. Each `.` inserts a one-second pause, e.g. `.12.1..4`
   * sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s.
   *
   * Allowed: `0-9, *, #`. Format: dtmf.
   */
  readonly dtmf_string?: string;
  /**
   * Direction the call is recorded with, `in` (incoming) or `out` (outgoing).
   *
   * Server default: `"in"`.
   */
  readonly direction?: "in" | "out";
  /**
   * The number to call in E.164 form (e.g. 79091234567); an employee's SIP number is also accepted.
   * Employee extension numbers are not supported.
   *
   * Format: e164.
   */
  readonly contact: string;
  /**
   * How long to wait for the contact to answer; the call ends if nobody answers in time.
   *
   * Server default: `30`. Allowed: `up to 120 seconds`. Unit: seconds. Maximum: 120.
   */
  readonly dialing_timeout?: number;
  /**
   * The message played to the `contact` party; the call ends after it.
   */
  readonly contact_message: Message;
}

/**
 * `result.data` of `start.informer_call`.
 */
export interface StartInformerCallResult {
  /**
   * Id of the call session that was created.
   */
  readonly call_session_id: number;
}

/**
 * Parameters of `start.scenario_call` (the client adds `access_token` itself).
 */
export interface StartScenarioCallParams {
  /**
   * A virtual number rented by the client, in E.164 form (e.g. 74993720692). It is always the
   * caller id shown to the contact; it is also shown to the employee when the scenario's forwarding
   * operation is set to display the service number. The list of virtual numbers is available from
   * the Data API.
   *
   * Format: e164.
   */
  readonly virtual_phone_number: string;
  /**
   * Rule for picking the outgoing virtual number dynamically. If no number matches the rule,
   * `virtual_phone_number` is used. Rules other than `fixed` need the "Automatic number management"
   * component.
   *
   * Server default: `"fixed"`. Documented only by: en_new, en_v2, ru_comagic, ru_novofon.
   */
  readonly virtual_phone_usage_rule?:
    "fixed" | "fixed_for_numa" | "random" | "regional_random" | "regional_fixed_for_numa";
  /**
   * Caller-chosen unique id used to match the call's events with an external system.
   */
  readonly external_id?: string;
  /**
   * DTMF digits sent to the `contact` party. Each `.` inserts a one-second pause, e.g. `.12.1..4`
   * sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s.
   *
   * Allowed: `0-9, *, #`. Format: dtmf.
   */
  readonly dtmf_string?: string;
  /**
   * The external party's number in E.164 form (e.g. 79091234567); an employee's SIP number is also
   * accepted. Employee extension numbers are not supported. Without `contact_message` the contact
   * hears the system dialing melody (dialing_music).
   *
   * Format: e164.
   */
  readonly contact: string;
  /**
   * Which side is dialled first, `employee` (from the scenario) or `contact` (usually the client).
   */
  readonly first_call: "contact" | "employee";
  /**
   * Controls whether the conversation starts as soon as both sides have answered (`true`)
   * or only after the message has been played to the end (`false`).
   * - `first_call=employee` with an employee message in the scenario and `contact_message`
   *   given: the employee hears the whole message first, then the contact is dialled
   *   (the employee hears dialing_music meanwhile). When the contact answers, `true`
   *   connects them at once; `false` lets the contact hear the message to the end first.
   * - `first_call=contact` with `contact_message` and an employee message in the scenario:
   *   the contact is dialled first and hears the message while the employee is dialled.
   *   `true` cuts the contact's message when the employee answers; `false` plays the
   *   message to the end for both. Whoever finishes first hears dialing_music.
   * `switch_at_once=true` does not work when `contact_message.type` is `tts`.
   *
   * Server default: `false`.
   */
  readonly switch_at_once?: boolean;
  /**
   * When `true`, the employee hears what happens on the contact's line while the contact is being
   * dialled (e.g. a voicemail greeting). When `false`, the employee hears the hold music instead.
   *
   * Server default: `false`. Documented only by: en_new, en_v2, ru_comagic, ru_novofon.
   */
  readonly early_switching?: boolean;
  /**
   * Id of the scenario that routes the call; scenario ids are available from the Data API.
   */
  readonly scenario_id: number;
  /**
   * Direction the call is recorded with, `in` (incoming) or `out` (outgoing).
   *
   * Server default: `"in"`.
   */
  readonly direction?: "in" | "out";
  /**
   * Message played to the `contact` party. After it ends the system dialing melody (dialing_music)
   * loops.
   */
  readonly contact_message?: Message;
  /**
   * Message played to the employee. If the scenario also defines an employee message, the
   * scenario's message plays first and this one after it.
   */
  readonly employee_message?: Message;
}

/**
 * `result.data` of `start.scenario_call`.
 */
export interface StartScenarioCallResult {
  /**
   * Id of the call session that was created.
   */
  readonly call_session_id: number;
}

/**
 * Parameters of `start.simple_call` (the client adds `access_token` itself).
 */
export interface StartSimpleCallParams {
  /**
   * Which side is dialled first: `operator` (the number in `operator`, who can manage the call
   * via talk options) or `contact` (the called party, usually a client).
   */
  readonly first_call: "contact" | "operator";
  /**
   * Controls whether messages are cut short when the other party answers.
   * With `first_call: operator` and `operator_message` given: the operator answers, hears the
   * message to the end, then `contact` is dialled while the operator hears `media_file_id`.
   * If `contact_message` is given, `true` interrupts it for the contact leg, `false` plays it
   * to the end.
   * With `first_call: contact` and `contact_message` given: the contact answers and starts
   * hearing the message while the operator is dialled. If `operator_message` is given, `true`
   * stops the messages on both legs once the operator answers, `false` plays them to the end.
   * Whoever finishes their message earlier hears `media_file_id` meanwhile.
   *
   * Server default: `false`.
   */
  readonly switch_at_once?: boolean;
  /**
   * When true, the operator hears the contact's line while the contact is being dialled
   * (e.g. a voicemail greeting) instead of the `media_file_id` melody.
   *
   * Server default: `false`.
   */
  readonly early_switching?: boolean;
  /**
   * Id of the system or user media file used as waiting/dialling music. When omitted, the
   * system melody `dialing_music` ("Dialing music" / "Forwarding music") is used. Ids come from
   * the Data API lists of user and system media files.
   */
  readonly media_file_id?: number;
  /**
   * A virtual number rented by the client, in E.164 form (e.g. `74993720692`). Always the
   * caller ID towards `contact`; also the caller ID towards `operator` when
   * `show_virtual_phone_number` is true. Available numbers are listed by the Data API.
   *
   * Format: e164.
   */
  readonly virtual_phone_number: string;
  /**
   * Rule for picking the outgoing virtual number dynamically: `fixed`, `fixed_for_numa`
   * (fixed per subscriber), `random`, `regional_random`, `regional_fixed_for_numa` (regional,
   * fixed per subscriber). If no number satisfies the rule, `virtual_phone_number` is used.
   * Rules other than `fixed` need the "Automatic phone number management" component.
   *
   * Server default: `"fixed"`. Documented only by: ru_comagic, ru_novofon, en_new, en_v2.
   */
  readonly virtual_phone_usage_rule?:
    "fixed" | "fixed_for_numa" | "random" | "regional_random" | "regional_fixed_for_numa";
  /**
   * Whether the operator sees `virtual_phone_number` as the caller ID.
   *
   * Server default: `true`.
   */
  readonly show_virtual_phone_number?: boolean;
  /**
   * Number of the party to call, in E.164 form (e.g. `79091234567`). An employee's SIP number
   * is also accepted; employee extension numbers are not. The client's own virtual numbers are
   * refused (own_virtual_phone_number_not_allowed).
   *
   * Format: e164.
   */
  readonly contact: string;
  /**
   * Your own unique id, used to match call events with records in an external system.
   */
  readonly external_id?: string;
  /**
   * DTMF digits to send to `contact`. Each `.` inserts a one-second pause; e.g. `.12.1..4`
   * sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s more.
   *
   * Allowed: `0-9, *, #`. Format: dtmf.
   */
  readonly dtmf_string?: string;
  /**
   * Direction the call is recorded with - `in` (incoming) or `out` (outgoing).
   *
   * Server default: `"in"`.
   */
  readonly direction?: "in" | "out";
  /**
   * Phone number of the operator the contact is connected with, in E.164 form
   * (e.g. `79091234567`). The operator can control the call through talk options but is not an
   * employee and is not reported as one.
   *
   * Format: e164.
   */
  readonly operator: string;
  /**
   * Key the operator must press to confirm being ready to take the call; `any` accepts any key.
   *
   * Allowed: `0-9, *, #, any`.
   */
  readonly operator_confirmation?: string;
  /**
   * Message played to the `contact` leg. When it ends, the `media_file_id` melody loops.
   */
  readonly contact_message?: Message;
  /**
   * Message played to the `operator` leg. When it ends, the `media_file_id` melody loops.
   */
  readonly operator_message?: Message;
}

/**
 * `result.data` of `start.simple_call`.
 */
export interface StartSimpleCallResult {
  /**
   * Id of the call session that was created.
   */
  readonly call_session_id: number;
}

/**
 * Parameters of `start.vnumber_call` (the client adds `access_token` itself).
 */
export interface StartVnumberCallParams {
  /**
   * A virtual number rented by the client, in E.164 form (e.g. 74993720692). It is always the
   * caller id shown to the contact; it is also shown to the employee when the scenario's forwarding
   * operation is set to display the service number. The list of virtual numbers is available from
   * the Data API.
   *
   * Format: e164.
   */
  readonly virtual_phone_number: string;
  /**
   * Rule for picking the outgoing virtual number dynamically. If no number matches the rule,
   * `virtual_phone_number` is used. Rules other than `fixed` need the "Automatic number management"
   * component.
   *
   * Server default: `"fixed"`. Documented only by: en_new, en_v2, ru_comagic, ru_novofon.
   */
  readonly virtual_phone_usage_rule?:
    "fixed" | "fixed_for_numa" | "random" | "regional_random" | "regional_fixed_for_numa";
  /**
   * Caller-chosen unique id used to match the call's events with an external system.
   */
  readonly external_id?: string;
  /**
   * DTMF digits sent to the `contact` party. Each `.` inserts a one-second pause, e.g. `.12.1..4`
   * sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s.
   *
   * Allowed: `0-9, *, #`. Format: dtmf.
   */
  readonly dtmf_string?: string;
  /**
   * Direction the call is recorded with, `in` (incoming) or `out` (outgoing).
   *
   * Server default: `"in"`.
   */
  readonly direction?: "in" | "out";
  /**
   * The external party's number in E.164 form (e.g. 79091234567); an employee's SIP number is also
   * accepted. Employee extension numbers are not supported. Without `contact_message` the contact
   * hears the system dialing melody (dialing_music).
   *
   * Format: e164.
   */
  readonly contact: string;
  /**
   * Which side is dialled first, `employee` (from the scenario) or `contact` (usually the client).
   */
  readonly first_call: "contact" | "employee";
  /**
   * Controls whether the conversation starts as soon as both sides have answered (`true`)
   * or only after the message has been played to the end (`false`).
   * - `first_call=employee` with an employee message in the scenario and `contact_message`
   *   given: the employee hears the whole message first, then the contact is dialled
   *   (the employee hears dialing_music meanwhile). When the contact answers, `true`
   *   connects them at once; `false` lets the contact hear the message to the end first.
   * - `first_call=contact` with `contact_message` and an employee message in the scenario:
   *   the contact is dialled first and hears the message while the employee is dialled.
   *   `true` cuts the contact's message when the employee answers; `false` plays the
   *   message to the end for both. Whoever finishes first hears dialing_music.
   * `switch_at_once=true` does not work when `contact_message.type` is `tts`.
   *
   * Server default: `false`.
   */
  readonly switch_at_once?: boolean;
  /**
   * When `true`, the employee hears what happens on the contact's line while the contact is being
   * dialled (e.g. a voicemail greeting). When `false`, the employee hears the hold music instead.
   *
   * Server default: `false`. Documented only by: en_new, en_v2, ru_comagic, ru_novofon.
   */
  readonly early_switching?: boolean;
  /**
   * Message played to the `contact` party. After it ends the system dialing melody (dialing_music)
   * loops.
   */
  readonly contact_message?: Message;
}

/**
 * `result.data` of `start.vnumber_call`.
 */
export interface StartVnumberCallResult {
  /**
   * Id of the call session that was created.
   */
  readonly call_session_id: number;
}

/**
 * Parameters of `add.coach` (the client adds `access_token` itself).
 */
export interface AddCoachParams {
  /**
   * Id of the call session; returned by start.vnumber_call, start.scenario_call and
   * start.employee_call, and also available from the notification server or the data API.
   */
  readonly call_session_id: number;
  /**
   * Number of the coach to connect when the coach from the account settings should not be used.
   * When omitted, the coach set in the employee's settings is connected.
   */
  readonly phone_number?: string;
}

/**
 * Whether the coach was connected.
 *
 * `result.data` of `add.coach`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type AddCoachResult = SuccessResult;

/**
 * Parameters of `block.contact` (the client adds `access_token` itself).
 */
export interface BlockContactParams {
  /**
   * Id of the call session; returned by start.informer_call, start.vnumber_call,
   * start.scenario_call and start.employee_call, and also available from the notification server or
   * the data API.
   */
  readonly call_session_id: number;
}

/**
 * Whether the contact was added to the blacklist.
 *
 * `result.data` of `block.contact`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type BlockContactResult = SuccessResult;

/**
 * Parameters of `call.talk_option` (the client adds `access_token` itself).
 */
export interface CallTalkOptionParams {
  /**
   * Identifier of the call session to act on, as returned by the start.* methods, the notification
   * server or the data API.
   */
  readonly call_session_id: number;
  /**
   * The key bound to the talk option to invoke (e.g. "1"). Keys and their actions are defined in
   * the client area; see `list.talk_options`.
   */
  readonly button: string;
}

/**
 * Whether the talk option was invoked.
 *
 * `result.data` of `call.talk_option`, under the method's own name: the same type as
 * `SuccessResult`, which other methods share.
 */
export type CallTalkOptionResult = SuccessResult;

/**
 * Parameters of `disconnect.leg` (the client adds `access_token` itself).
 */
export interface DisconnectLegParams {
  /**
   * Id of the call session; returned by start.informer_call, start.vnumber_call,
   * start.scenario_call and start.employee_call, and also available from the notification server or
   * the data API.
   */
  readonly call_session_id: number;
  /**
   * Id of the leg (call participant) to disconnect, as reported by the notification server.
   */
  readonly leg_id: number;
}

/**
 * Whether the leg was disconnected.
 *
 * `result.data` of `disconnect.leg`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type DisconnectLegResult = SuccessResult;

/**
 * Parameters of `hold.call` (the client adds `access_token` itself).
 */
export interface HoldCallParams {
  /**
   * Identifier of the call session to hold, as returned by start.vnumber_call, start.scenario_call
   * or start.employee_call, or as reported by the notification server or the data API.
   */
  readonly call_session_id: number;
  /**
   * Message played to the calling party while the call is held. The calling party is the `contact`
   * number of start.informer_call, start.vnumber_call, start.scenario_call or start.employee_call,
   * or the subscriber who called the virtual PBX.
   */
  readonly contact_message: Message;
}

/**
 * Whether the call was put on hold.
 *
 * `result.data` of `hold.call`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type HoldCallResult = SuccessResult;

/**
 * Parameters of `list.calls` (the client adds `access_token` itself).
 */
export interface ListCallsParams {
  /**
   * Return only incoming (`in`) or only outgoing (`out`) sessions. When omitted, sessions of both
   * directions are returned.
   */
  readonly direction?: "in" | "out";
  /**
   * Return only the active calls that go through this virtual number. The number has to start with
   * 7 (e.g. "74951045771").
   */
  readonly virtual_phone_number?: string;
}

/**
 * `result.data` of `list.calls`, one element of the list.
 */
export interface ListCallsResult {
  /**
   * Identifier of the call session, usable with the other call-management methods.
   */
  readonly call_session_id: number;
  /**
   * Direction of the call session.
   */
  readonly direction: "in" | "out" | (string & {});
  /**
   * When the call started.
   */
  readonly start_time: string;
  /**
   * The virtual number used as the presented (caller ID) number for the call.
   */
  readonly virtual_phone_number: string;
  /**
   * The contact's (subscriber's) phone number.
   */
  readonly contact_phone_number: string;
  /**
   * The request's identifier in the client's own external system, if one was given.
   */
  readonly external_id: string | null;
  /**
   * Tags already put on the call.
   */
  readonly tags: Array<ListCallsResultTags>;
  /**
   * Legs (participants) of the call session.
   */
  readonly legs: Array<ListCallsResultLegs>;
}

/**
 * `result.data` of `list.talk_options`, one element of the list.
 */
export interface ListTalkOptionsResult {
  /**
   * The key that triggers this talk option; pass it as `button` to `call.talk_option`.
   */
  readonly button: string;
  /**
   * Kind of action the option performs:
   * - `finish_conversation`: end the conversation
   * - `tag_call`: put a tag on the call
   * - `record_talk`: voice recorder (record the conversation)
   * - `transfer_call`: transfer the call
   * - `run_scenario`: run a scenario
   * - `call_coach`: call the coach
   * - `receive_fax`: receive a fax
   * - `save_numa`: save the caller's number (caller ID) to a group
   */
  readonly mnemonic:
    | "finish_conversation"
    | "tag_call"
    | "record_talk"
    | "transfer_call"
    | "run_scenario"
    | "call_coach"
    | "receive_fax"
    | "save_numa"
    | (string & {});
  /**
   * Display name of the talk option as set in the client area.
   */
  readonly name: string;
  /**
   * Extra data for options that act on a specific object (a tag, a scenario and so on): which
   * object the option activates.
   */
  readonly button_value?: ListTalkOptionsResultButtonValue | null;
}

/**
 * Parameters of `make.call` (the client adds `access_token` itself).
 */
export interface MakeCallParams {
  /**
   * Id of the call session to act on, as returned by start.informer_call, start.vnumber_call,
   * start.scenario_call or start.employee_call, or delivered by the notification server or the data
   * API.
   */
  readonly call_session_id: number;
  /**
   * Number to dial. Written in E.164; it may be an internal (extension) number, an external number,
   * an employee's number or a SIP number.
   *
   * Format: e164.
   */
  readonly to: string;
  /**
   * Message played to the dialled party (`to`) before the connection; the held subscriber waits
   * until it has finished.
   */
  readonly to_message?: Message;
}

/**
 * Whether the request was accepted.
 *
 * `result.data` of `make.call`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type MakeCallResult = SuccessResult;

/**
 * Parameters of `record.call` (the client adds `access_token` itself).
 */
export interface RecordCallParams {
  /**
   * Id of the call session; returned by start.informer_call, start.vnumber_call,
   * start.scenario_call and start.employee_call, and also available from the notification server or
   * the data API.
   */
  readonly call_session_id: number;
  /**
   * `on` starts recording the conversation, `off` stops it.
   */
  readonly action: "on" | "off";
}

/**
 * Whether the recording state was changed.
 *
 * `result.data` of `record.call`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type RecordCallResult = SuccessResult;

/**
 * Parameters of `release.call` (the client adds `access_token` itself).
 */
export interface ReleaseCallParams {
  /**
   * Identifier of the call session to end, as returned by start.informer_call, start.vnumber_call,
   * start.scenario_call or start.employee_call, or as reported by the notification server or the
   * data API.
   */
  readonly call_session_id: number;
}

/**
 * Whether the call was released.
 *
 * `result.data` of `release.call`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type ReleaseCallResult = SuccessResult;

/**
 * Parameters of `restore.talk` (the client adds `access_token` itself).
 */
export interface RestoreTalkParams {
  /**
   * Id of the call session to act on, as returned by start.vnumber_call, start.scenario_call or
   * start.employee_call, or delivered by the notification server or the data API.
   */
  readonly call_session_id: number;
}

/**
 * Whether the request was accepted.
 *
 * `result.data` of `restore.talk`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type RestoreTalkResult = SuccessResult;

/**
 * Parameters of `send.dtmf` (the client adds `access_token` itself).
 */
export interface SendDtmfParams {
  /**
   * Identifier of the call session to act on, as returned by the start.* methods, the notification
   * server or the data API.
   */
  readonly call_session_id: number;
  /**
   * The DTMF symbol to send to the subscriber that was given as `contact` (applies to outgoing
   * calls from the virtual PBX to the called party). Talk options configured in the client area can
   * be invoked this way too.
   *
   * Allowed: `0-9, *, #`. Format: dtmf.
   */
  readonly dtmf_string: string;
}

/**
 * Whether the DTMF was sent.
 *
 * `result.data` of `send.dtmf`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type SendDtmfResult = SuccessResult;

/**
 * Parameters of `tag.call` (the client adds `access_token` itself).
 */
export interface TagCallParams {
  /**
   * Id of the active call session, as returned by start.informer_call, start.vnumber_call,
   * start.scenario_call or start.employee_call, or delivered by the notification server or the data
   * API.
   */
  readonly call_session_id: number;
  /**
   * Id of the tag to set, as listed by the data API's tag list method.
   */
  readonly tag_id: number;
}

/**
 * Whether the tag was set.
 *
 * `result.data` of `tag.call`, under the method's own name: the same type as `SuccessResult`, which
 * other methods share.
 */
export type TagCallResult = SuccessResult;

/**
 * Parameters of `transfer.talk` (the client adds `access_token` itself).
 */
export interface TransferTalkParams {
  /**
   * Id of the call session to act on, as returned by start.vnumber_call, start.scenario_call or
   * start.employee_call, or delivered by the notification server or the data API.
   */
  readonly call_session_id: number;
}

/**
 * Whether the request was accepted.
 *
 * `result.data` of `transfer.talk`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type TransferTalkResult = SuccessResult;

/**
 * Parameters of `unhold.call` (the client adds `access_token` itself).
 */
export interface UnholdCallParams {
  /**
   * Identifier of the held call session, as returned by start.vnumber_call, start.scenario_call or
   * start.employee_call, or as reported by the notification server or the data API.
   */
  readonly call_session_id: number;
}

/**
 * Whether the call was taken off hold.
 *
 * `result.data` of `unhold.call`, under the method's own name: the same type as `SuccessResult`,
 * which other methods share.
 */
export type UnholdCallResult = SuccessResult;

/**
 * The answer of a method that only reports whether it did what was asked: a single flag, `success`.
 * What the flag confirms is said by each method.
 */
export interface SuccessResult {
  /**
   * `true` when the request was carried out.
   */
  readonly success: boolean;
}

/**
 *
 */
export interface ListCallsResultLegs {
  /**
   * Identifier of the leg.
   */
  readonly leg_id: number;
  /**
   * Number of the calling party on this leg.
   */
  readonly calling_phone_number: string;
  /**
   * Number of the called party on this leg.
   */
  readonly called_phone_number: string;
  /**
   * True for the leg that is entitled to use talk options (the operator/employee side).
   */
  readonly is_operator: boolean;
  /**
   * Identifier of the employee on this leg.
   */
  readonly employee_id: number | null;
  /**
   * Full name of the employee on this leg.
   */
  readonly employee_full_name: string | null;
  /**
   * Whether conversation recording is on (`true`) or off (`false`) for this leg.
   */
  readonly record_call_enabled: boolean;
  /**
   * Current status of the leg, as a human-readable label (dialing, talking, queued, disconnected,
   * operators talking, on hold, transferring, sending DTMF, fax states). The labels differ between
   * editions and are not a stable code; see notes.
   */
  readonly state: string;
}

/**
 *
 */
export interface ListCallsResultTags {
  /**
   * Identifier of the tag.
   */
  readonly tag_id: number;
  /**
   * Name of the tag.
   */
  readonly tag_name: string;
}

/**
 * Extra data for options that act on a specific object (a tag, a scenario and so on): which object
 * the option activates.
 */
export interface ListTalkOptionsResultButtonValue {
  /**
   * Identifier of the object the option activates (e.g. the scenario id).
   */
  readonly id: number;
  /**
   * Name of the object the option activates (e.g. the scenario name).
   */
  readonly value: string;
}

/**
 * A message played to one party of a call: a stored media file (system or user file, by id) or a
 * text voiced by the Text-to-Speech service.
 */
export interface Message {
  /**
   * `media` - a media file; `tts` - text for speech synthesis.
   */
  readonly type: "media" | "tts";
  /**
   * For `media`, the id of a system or user media file (sent as a string); for `tts`, the
   * text to synthesise. TTS length is capped by the tariff plan / account limit.
   */
  readonly value: string;
}

/**
 * The employee the contact is to be connected with.
 */
export interface StartEmployeeCallEmployee {
  /**
   * Employee id (from the Data API employee information). If `phone_number` is omitted,
   * all of the employee's active numbers are dialled one after another.
   */
  readonly id: number;
  /**
   * The employee number to ring: a SIP number, an extension, or an E.164 number. It must be
   * active in the account and belong to the employee given in `id`.
   */
  readonly phone_number?: string;
}
