<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi;

use CloudPbx\CallApi\Exception\AmbiguousOutcomeError;
use CloudPbx\CallApi\Exception\ClientClosedError;
use CloudPbx\CallApi\Exception\MissingCredentialsError;
use CloudPbx\CallApi\Exception\ProtocolError;
use CloudPbx\CallApi\Exception\RequestTimeoutError;
use CloudPbx\CallApi\Exception\TransportError;
use CloudPbx\CallApi\Http\CurlTransport;
use CloudPbx\CallApi\Http\HttpResponse;
use CloudPbx\CallApi\Http\HttpTransport;
use CloudPbx\CallApi\Http\TransportFailure;
use CloudPbx\CallApi\Internal\Answer;
use CloudPbx\CallApi\Internal\ErrorMap;
use CloudPbx\CallApi\Internal\Misfit;
use CloudPbx\CallApi\Internal\Reading;
use CloudPbx\CallApi\Internal\Secrets;
use CloudPbx\CallApi\Internal\Shared;
use CloudPbx\CallApi\Model\Metadata;

/**
 * Call API: Place and control phone calls of a cloud PBX (UIS, CoMagic, Novofon, CallGear) over
 * JSON-RPC 2.0.
 *
 *     $client = new Client(accessToken: '...', brand: 'uis');   // or baseUrl: 'https://.../v4.0'
 *     $result = $client->startEmployeeCall(new Model\StartEmployeeCallParams(...));
 *
 * One method per API method, named after its wire name (`hold.call` -> `holdCall()`), taking the
 * method's Params object and an optional RequestOptions. Errors are classes by code group and by
 * mnemonic (see Exception\CallApiError).
 *
 * Credentials: an access token, or a login and password (the client logs in on first use, again
 * a minute before the session ends, and once more when the server refuses the key; close() logs
 * out). Arguments win over the environment: CALLAPI_ACCESS_TOKEN, CALLAPI_LOGIN and
 * CALLAPI_PASSWORD, CALLAPI_BRAND, CALLAPI_BASE_URL.
 *
 * Methods that act on a call are never sent twice once a request may have reached the server: an
 * answer that never came is an AmbiguousOutcomeError. Other requests are re-sent up to
 * `maxRetries` times when the connection failed or a gateway answered 429/502/503/504.
 * `timeout` bounds each whole call, retries and waits included.
 *
 * withOptions() gives a copy with other settings that shares the session; withRawResponse() the
 * same methods answering with the HTTP status, headers and JSON beside the typed result.
 */
final class Client
{
    /** The version of this SDK. */
    public const SDK_VERSION = '4.0.0';
    /** The API version the SDK was generated for. */
    public const API_VERSION = '4.0';
    /** Server of each brand, without the version part. */
    public const BRANDS = [
        'uis' => 'https://callapi.uiscom.ru',
        'comagic' => 'https://callapi.comagic.ru',
        'novofon' => 'https://callapi-jsonrpc.novofon.ru',
        'callgear' => 'https://callapi.callgear.com',
    ];
    /** Seconds before a session ends when the client logs in again. */
    public const SESSION_REFRESH_MARGIN = 60;
    /** Longest wait before a re-send, in seconds. */
    public const MAX_RETRY_DELAY = 8.0;
    private const INITIAL_RETRY_DELAY = 0.5;
    private const SESSION_LIFETIME = 3600;
    private const VERSION_PATH = 'v{version}';
    private const JSONRPC = '2.0';
    /** Longest part of a body kept in a ProtocolError. */
    private const MAX_RAW = 65536;
    /** Gateway answers that mean "not handled, try later" when they carry no JSON-RPC answer. */
    private const BUSY_STATUSES = [429, 502, 503, 504];

    private readonly string $url;
    private readonly HttpTransport $transport;
    private readonly Secrets $secrets;
    private readonly Reading $reading;
    private readonly ?string $accessToken;
    private readonly ?string $login;
    private readonly ?string $password;
    /** @var \Closure(string): void */
    private readonly \Closure $log;
    private readonly Shared $shared;
    /** False for a withOptions() copy: closing it leaves the session to the client it came from. */
    private bool $owner = true;

    /**
     * @param string|null $brand one of the keys of BRANDS; or give `baseUrl`
     * @param string|null $baseUrl the endpoint with its version, e.g. 'https://callapi.uiscom.ru/v4.0'
     * @param float $timeout seconds a whole call may take, retries, logins and waits included
     * @param int $maxRetries re-sends of a request that never reached the server or met a busy gateway
     * @param float $waitOnLimit longest wait (seconds) for a used-up limit to reset before re-sending; 0: never wait
     * @param HttpTransport|null $transport how requests are sent (default: CurlTransport)
     * @param array<string, string> $defaultHeaders extra HTTP headers of every request
     * @param (\Closure(string): void)|null $logger told one line per request (never a secret) and about unknown
     *     values; CALLAPI_LOG=debug logs to error_log() when none is given
     */
    public function __construct(
        #[\SensitiveParameter] ?string $accessToken = null,
        #[\SensitiveParameter] ?string $login = null,
        #[\SensitiveParameter] ?string $password = null,
        ?string $brand = null,
        ?string $baseUrl = null,
        string $version = self::API_VERSION,
        private float $timeout = 30.0,
        private int $maxRetries = 2,
        private float $waitOnLimit = 0.0,
        ?HttpTransport $transport = null,
        private array $defaultHeaders = [],
        ?\Closure $logger = null,
    ) {
        if ($accessToken === null && $login === null && $password === null) {
            $accessToken = self::env('CALLAPI_ACCESS_TOKEN');
            $login = self::env('CALLAPI_LOGIN');
            $password = self::env('CALLAPI_PASSWORD');
        }
        if (($login === null) !== ($password === null)) {
            throw new \InvalidArgumentException('pass login and password together');
        }
        $this->accessToken = $accessToken;
        $this->login = $login;
        $this->password = $password;
        $this->url = self::endpoint($brand, $baseUrl, $version);
        $this->transport = $transport ?? new CurlTransport();
        $this->secrets = new Secrets();
        foreach ([$accessToken, $login, $password] as $secret) {
            $this->secrets->add($secret);
        }
        if ($logger === null && self::env('CALLAPI_LOG') === 'debug') {
            $logger = static function (string $line): void {
                error_log("callapi: {$line}");
            };
        }
        $this->log = $logger ?? static function (string $line): void {
        };
        $this->reading = new Reading($this->log);
        $this->shared = new Shared();
    }

    /** The `metadata` of the latest answer that had one (limits left, API version). */
    public function lastMetadata(): ?Metadata
    {
        return $this->shared->lastMetadata;
    }

    /**
     * A copy with other settings (those not given stay as they are; headers are added) that shares
     * this client's session, transport and metadata. Closing the copy does nothing: close the
     * client it came from.
     *
     * @param array<string, string> $defaultHeaders
     */
    public function withOptions(
        ?float $timeout = null,
        ?int $maxRetries = null,
        ?float $waitOnLimit = null,
        array $defaultHeaders = [],
    ): self {
        $copy = clone $this;
        $copy->owner = false;
        $copy->timeout = $timeout ?? $this->timeout;
        $copy->maxRetries = $maxRetries ?? $this->maxRetries;
        $copy->waitOnLimit = $waitOnLimit ?? $this->waitOnLimit;
        $copy->defaultHeaders = [...$this->defaultHeaders, ...$defaultHeaders];
        return $copy;
    }

    /**
     * The same methods, each answering with a RawResponse: the HTTP status and headers, the JSON
     * answer, and parse() for the typed result (which throws the answer's ApiError, if any).
     */
    public function withRawResponse(): RawClient
    {
        return new RawClient($this->send(...));
    }

    /**
     * Ends the session the client opened (if any) and refuses further calls. Safe to call twice;
     * a withOptions() copy leaves both to its original.
     */
    public function close(): void
    {
        if ($this->shared->closed || !$this->owner) {
            return;
        }
        $key = $this->shared->sessionKey;
        $this->shared->sessionKey = null;
        if ($key !== null) {
            try {
                $this->exchange('logout.user', ['access_token' => $key], false, null, $this->deadline(null), 0);
            } catch (\RuntimeException) {
                // the session ends on its own anyway
            }
        }
        $this->shared->closed = true;
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
     * @throws Exception\CallApiError
     */
    public function loginUser(
        Model\LoginUserParams $params,
        ?RequestOptions $options = null,
    ): Model\LoginUserResult {
        return $this->send(
            'login.user',
            $params->toArray(),
            $options,
            Model\LoginUserResult::class,
            needsToken: false,
        )->parse();
    }

    /**
     * End an authentication session and invalidate its session key.
     *
     * Closes the session opened by `login.user`: the given session key is discarded
     * and can no longer be used for requests.
     *
     * @throws Exception\CallApiError
     */
    public function logoutUser(
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'logout.user',
            [],
            $options,
            Model\SuccessResult::class,
        )->parse();
    }

    /**
     * Connect an external subscriber directly with one of your employees, without a call
     * scenario.
     *
     * Places a two-leg call between the number in `contact` and the employee given in
     * `employee`,
     * bypassing any scenario. `first_call` decides which side is dialled first. The caller
     * ID shown
     * to the contact is always `virtual_phone_number`; the employee sees it too unless
     * `show_virtual_phone_number` is false.
     *
     * Optional messages (`contact_message`, `employee_message`, each a media file or TTS
     * text) can be
     * played to either leg before the parties are joined; `switch_at_once` decides whether
     * the
     * conversation starts as soon as the second party answers (cutting the message short) or
     * only
     * after the message has finished. A leg with no message of its own, or whose message has
     * finished, hears the `media_file_id` melody (system "dialing_music" by default).
     *
     * On success the answer carries the `call_session_id` of the new call, which the call
     * management methods take.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function startEmployeeCall(
        Model\StartEmployeeCallParams $params,
        ?RequestOptions $options = null,
    ): Model\StartEmployeeCallResult {
        return $this->send(
            'start.employee_call',
            $params->toArray(),
            $options,
            Model\StartEmployeeCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        )->parse();
    }

    /**
     * Call a number, play it a media file or a TTS message, then hang up.
     *
     * Places a notification call from a virtual number to `contact` and plays the message
     * given in `contact_message` (a media file or text for speech synthesis). The call ends
     * by itself once the message has finished playing, or when the contact does not answer
     * within `dialing_timeout` seconds. The answer carries the id of the new call session.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function startInformerCall(
        Model\StartInformerCallParams $params,
        ?RequestOptions $options = null,
    ): Model\StartInformerCallResult {
        return $this->send(
            'start.informer_call',
            $params->toArray(),
            $options,
            Model\StartInformerCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        )->parse();
    }

    /**
     * Start a call that is routed by a chosen call-processing scenario.
     *
     * Places a call between an external party (`contact`) and the employee(s) picked by the
     * scenario given in `scenario_id`. The client needs only a virtual number and one or
     * more
     * configured scenarios. `first_call` decides which side is dialled first; optional
     * messages can be played to the contact (`contact_message`) and to the employee
     * (`employee_message`). The answer carries the id of the new call session.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function startScenarioCall(
        Model\StartScenarioCallParams $params,
        ?RequestOptions $options = null,
    ): Model\StartScenarioCallResult {
        return $this->send(
            'start.scenario_call',
            $params->toArray(),
            $options,
            Model\StartScenarioCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        )->parse();
    }

    /**
     * Connect any external number with an operator number, without an employee or scenario.
     *
     * Places a two-leg call between `contact` (any number except the client's own virtual
     * numbers)
     * and `operator`, a plain phone number that is not an employee: it does not show up as
     * an
     * employee in reports, but the operator can control the call through talk options.
     * `first_call` decides which side is dialled first, and `operator_confirmation` can
     * require the
     * operator to press a key before being connected.
     *
     * Optional messages (`contact_message`, `operator_message`, each a media file or TTS
     * text) can be
     * played to either leg; `switch_at_once` decides whether a message is cut short when the
     * other
     * party answers. A leg with no message of its own, or whose message has finished, hears
     * the
     * `media_file_id` melody (system "dialing_music" by default). The caller ID towards the
     * contact
     * is `virtual_phone_number`; the operator sees it too unless `show_virtual_phone_number`
     * is false.
     *
     * On success the answer carries the `call_session_id` of the new call.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function startSimpleCall(
        Model\StartSimpleCallParams $params,
        ?RequestOptions $options = null,
    ): Model\StartSimpleCallResult {
        return $this->send(
            'start.simple_call',
            $params->toArray(),
            $options,
            Model\StartSimpleCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        )->parse();
    }

    /**
     * Start a call through a virtual number, routed by the scenario attached to that number.
     *
     * Places a call between an external party (`contact`) and the employee(s) chosen by the
     * scenario configured on `virtual_phone_number` (the method fails with
     * `scenario_not_found` if the number has no scenario). `first_call` decides which side
     * is
     * dialled first, and an optional `contact_message` can be played to the contact. The
     * answer carries the id of the new call session.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function startVnumberCall(
        Model\StartVnumberCallParams $params,
        ?RequestOptions $options = null,
    ): Model\StartVnumberCallResult {
        return $this->send(
            'start.vnumber_call',
            $params->toArray(),
            $options,
            Model\StartVnumberCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        )->parse();
    }

    /**
     * Bring a coach into an ongoing conversation.
     *
     * Connects a coach to the active call. By default the coach configured for the employee
     * in the account settings is used; pass `phone_number` to call a different coach
     * instead.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function addCoach(
        Model\AddCoachParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'add.coach',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Blacklist the other party of an ongoing call.
     *
     * Adds the subscriber of the given call session to the account's blacklist while the
     * conversation is in progress. The request names no phone number: the call session id
     * alone identifies the subscriber to block.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function blockContact(
        Model\BlockContactParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'block.contact',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Trigger one of the talk options configured for the virtual PBX during a live call.
     *
     * Fires a talk option (an action bound to a key in the virtual PBX settings, "Virtual
     * PBX" ->
     * "Talk options" in the client area) inside an active call session, exactly as if the
     * key had
     * been pressed. Keys and their actions are configured in the client area; use
     * `list.talk_options`
     * to discover which keys exist and what they do.
     *
     * Some options are toggles: invoking them a second time switches them off again (for
     * example the
     * voice recorder or calling the coach).
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function callTalkOption(
        Model\CallTalkOptionParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'call.talk_option',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
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
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function disconnectLeg(
        Model\DisconnectLegParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'disconnect.leg',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
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
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function holdCall(
        Model\HoldCallParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'hold.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * List the calls currently in progress, with their tags and participants.
     *
     * Returns one entry per active call session: its id, direction, start time, the virtual
     * number
     * and the contact's number, the tags already put on it and every leg (participant) with
     * the leg's
     * numbers, the employee behind it, whether recording is on and the leg's current status.
     *
     * The list can be narrowed to one direction and/or to calls through one virtual number.
     * The
     * returned `call_session_id` and `leg_id` values are what the other call-management
     * methods take.
     *
     * @return ResultList<Model\ListCallsResult>
     * @throws Exception\CallApiError
     */
    public function listCalls(
        Model\ListCallsParams $params,
        ?RequestOptions $options = null,
    ): ResultList {
        return $this->send(
            'list.calls',
            $params->toArray(),
            $options,
            Model\ListCallsResult::class,
            isList: true,
        )->parse();
    }

    /**
     * List the talk options configured for the virtual PBX.
     *
     * Returns every talk option set up in the client area ("Virtual PBX" -> "Talk options"):
     * the key
     * that triggers it, what kind of action it is, its display name and, for options bound
     * to a
     * specific object (a tag, a scenario, ...), which object that is. Use the `button`
     * values with
     * `call.talk_option`.
     *
     * @return ResultList<Model\ListTalkOptionsResult>
     * @throws Exception\CallApiError
     */
    public function listTalkOptions(
        ?RequestOptions $options = null,
    ): ResultList {
        return $this->send(
            'list.talk_options',
            [],
            $options,
            Model\ListTalkOptionsResult::class,
            isList: true,
        )->parse();
    }

    /**
     * Place a second call from a held conversation, for a transfer or a consultation.
     *
     * Dials a new party (`to`) while the current conversation is on hold, so the operator
     * can
     * consult that party or go on to hand the caller over with `transfer.talk` (or come back
     * with
     * `restore.talk`). It only works after `hold.call` has been applied to the session.
     *
     * Optionally a message (media file or Text-to-Speech text) can be played to the dialled
     * party
     * first; the held subscriber keeps waiting until that message has been played in full.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function makeCall(
        Model\MakeCallParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'make.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Start or stop recording of an active conversation.
     *
     * Turns recording of the current conversation on or off. Recording that is enabled
     * globally
     * (the employee-level setting in the account) cannot be switched off through this
     * method;
     * such an attempt is refused with `forbidden`.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function recordCall(
        Model\RecordCallParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'record.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * End (release) a call session.
     *
     * Terminates the call session identified by `call_session_id`, hanging up all
     * of its participants.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function releaseCall(
        Model\ReleaseCallParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'release.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Return the operator to the held caller after a consultation started with make.call.
     *
     * Ends the consultation leg opened with `make.call` and reconnects the operator with the
     * original subscriber, instead of transferring them. Usable only after `make.call`,
     * while the
     * call is in the `dialing` or `operator_talk` state.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function restoreTalk(
        Model\RestoreTalkParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'restore.talk',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Send a DTMF tone on behalf of the employee in an active call.
     *
     * Plays a DTMF digit towards the remote party of a call, as if the employee had pressed
     * a key.
     * Typical use: an outgoing call from the virtual PBX reaches a counterpart's IVR and a
     * menu item
     * has to be chosen there. The tone goes to the subscriber given as `contact` when the
     * call was
     * started.
     *
     * Only one character can be sent per request. The same mechanism can also trigger talk
     * options
     * configured in the client area; on outgoing calls these become usable only 30 seconds
     * into the
     * call (en_old says incoming calls; see the `dtmf_string` notes).
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function sendDtmf(
        Model\SendDtmfParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'send.dtmf',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Attach a tag to a call that is still in progress.
     *
     * Sets one of the account's tags (by `tag_id`) on an active call session. Calls that
     * have
     * already ended cannot be tagged here; use the data API's call-tagging method for them.
     * Tag ids come from the data API's tag list.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function tagCall(
        Model\TagCallParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'tag.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Hand the held caller over to the party dialled with make.call.
     *
     * Completes a transfer: the subscriber who was put on hold is connected to the party the
     * operator dialled with `make.call` (another employee or an external number), and the
     * operator drops out. Usable only after `make.call`, while that second call is still
     * ringing
     * (`dialing`) or the operator is already talking to the dialled party (`operator_talk`).
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function transferTalk(
        Model\TransferTalkParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'transfer.talk',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * Take a held call off hold.
     *
     * Resumes a call session previously put on hold with hold.call. Only valid
     * while the call is in the hold state.
     *
     * Acts on a call: never sent twice once the request may have reached the server.
     *
     * @throws Exception\CallApiError
     */
    public function unholdCall(
        Model\UnholdCallParams $params,
        ?RequestOptions $options = null,
    ): Model\SuccessResult {
        return $this->send(
            'unhold.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        )->parse();
    }

    /**
     * One call of `method`, as its whole answer: the typed result (a `class` object, or a
     * ResultList of them when `isList`) or the ApiError the answer holds, beside its HTTP side.
     *
     * @template T of object
     * @param array<string, mixed> $params
     * @param class-string<T> $class
     * @return RawResponse<T>|RawResponse<ResultList<T>>
     */
    private function send(
        string $method,
        array $params,
        ?RequestOptions $options,
        string $class,
        bool $isList = false,
        bool $actsOnCall = false,
        bool $needsToken = true,
        ?string $externalId = null,
    ): RawResponse {
        $answer = $this->call($method, $params, $options, $actsOnCall, $needsToken, $externalId);
        $value = $answer->error ?? $this->read(
            $method,
            fn (Reading $r): object => $this->result($r, $answer, $class, $isList),
        );
        $response = $answer->response;
        return new RawResponse($response->status, $response->headers, $answer->requestId, $answer->json, $value);
    }

    /**
     * `result.data` of an answer as the method's result: a `class` object, or a ResultList of them.
     *
     * @template T of object
     * @param class-string<T> $class
     * @return T|ResultList<T>
     */
    private function result(Reading $r, Answer $answer, string $class, bool $isList): object
    {
        if ($isList) {
            $item = static fn (mixed $value, string $path): object => $r->model($value, $path, false, $class);
            return new ResultList($r->list($answer->data, 'result.data', false, $item) ?? [], $answer->metadata);
        }
        $data = $r->object($answer->data, 'result.data', false) ?? [];
        return $class::fromArray($data, 'result.data', $r, $answer->metadata);
    }

    /**
     * Sends one method call and returns its answer, logging in, re-sending and waiting as the rules
     * allow; an error answer is returned (in `error`) once no rule allows another try.
     *
     * @param array<string, mixed> $params
     */
    private function call(
        string $method,
        array $params,
        ?RequestOptions $options,
        bool $actsOnCall = false,
        bool $needsToken = true,
        ?string $externalId = null,
    ): Answer {
        if ($this->shared->closed) {
            throw new ClientClosedError("the client is closed; {$method} was not sent");
        }
        $options ??= new RequestOptions();
        foreach ($options->extraParams as $key => $value) {
            if (array_key_exists($key, $params) || ($needsToken && $key === 'access_token')) {
                throw new \InvalidArgumentException("extraParams: '{$key}' is already a parameter of {$method}");
            }
            $params[$key] = $value;
        }
        $deadline = $this->deadline($options->timeout);
        $retries = $options->maxRetries ?? $this->maxRetries;
        $external = $externalId !== null && is_string($params[$externalId] ?? null) ? $params[$externalId] : null;
        $renewed = false;
        $waited = false;
        while (true) {
            $sent = $needsToken ? ['access_token' => $this->key($deadline)] + $params : $params;
            $answer = $this->exchange(
                $method,
                $sent,
                $actsOnCall,
                $external,
                $deadline,
                $retries,
                $options->extraHeaders,
            );
            $error = $answer->error;
            if ($error === null) {
                return $answer;
            }
            if ($error::RENEWS_SESSION && $needsToken && !$renewed && $this->login !== null) {
                // refused for its key, so not executed: a new session and one more try are safe
                $renewed = true;
                $this->shared->sessionKey = null;
                continue;
            }
            $wait = $error->retryAfter;
            if (
                $error::WAITS_FOR_RESET && !$waited && $wait !== null && $this->waitOnLimit > 0
                && $wait <= $this->waitOnLimit && microtime(true) + $wait < $deadline
            ) {
                $waited = true;
                usleep((int) ($wait * 1e6));
                continue;
            }
            return $answer;
        }
    }

    /** The key a call is sent with: the access token, or a session key, logging in when it is near its end. */
    private function key(float $deadline): string
    {
        if ($this->accessToken !== null) {
            return $this->accessToken;
        }
        if ($this->login === null || $this->password === null) {
            throw new MissingCredentialsError(
                'no access token: pass accessToken, or login and password '
                . '(or set CALLAPI_ACCESS_TOKEN, or CALLAPI_LOGIN and CALLAPI_PASSWORD)',
            );
        }
        $shared = $this->shared;
        if ($shared->sessionKey !== null && microtime(true) < $shared->sessionEnds - self::SESSION_REFRESH_MARGIN) {
            return $shared->sessionKey;
        }
        $answer = $this->exchange(
            'login.user',
            ['login' => $this->login, 'password' => $this->password],
            false,
            null,
            $deadline,
            $this->maxRetries,
        );
        if ($answer->error !== null) {
            throw $answer->error;
        }
        $session = $this->read(
            'login.user',
            fn (Reading $r): Model\LoginUserResult => Model\LoginUserResult::fromArray(
                $r->object($answer->data, 'result.data', false) ?? [],
                'result.data',
                $r,
            ),
        );
        $this->secrets->add($session->accessToken);
        $now = microtime(true);
        // a session end in the past means clocks disagree: count the documented lifetime from now
        $shared->sessionEnds = $session->expireAt > $now ? (float) $session->expireAt : $now + self::SESSION_LIFETIME;
        return $shared->sessionKey = $session->accessToken;
    }

    /**
     * One request, re-sent while that is safe: its answer, with the ApiError it may carry
     * (returned, so the caller may log in again or wait).
     *
     * @param array<string, mixed> $params
     * @param array<string, string> $extraHeaders
     */
    private function exchange(
        string $method,
        #[\SensitiveParameter] array $params,
        bool $actsOnCall,
        ?string $externalId,
        float $deadline,
        int $retries,
        array $extraHeaders = [],
    ): Answer {
        $id = ++$this->shared->lastId;
        try {
            $body = json_encode(
                ['jsonrpc' => self::JSONRPC, 'id' => $id, 'method' => $method, 'params' => (object) $params],
                JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES,
            );
        } catch (\JsonException $e) {
            throw new \InvalidArgumentException("the params of {$method} cannot be sent as JSON: {$e->getMessage()}");
        }
        $headers = [
            ...$this->defaultHeaders,
            ...$extraHeaders,
            'Content-Type' => 'application/json; charset=UTF-8',
            'Accept' => 'application/json',
            'User-Agent' => 'cloudpbx-callapi-php/' . self::SDK_VERSION . ' php/' . PHP_VERSION
                . ' curl/' . (curl_version()['version'] ?? '?'),
        ];
        for ($attempt = 1;; $attempt++) {
            $left = $deadline - microtime(true);
            if ($left <= 0) {
                throw new RequestTimeoutError("{$method}: no answer within the timeout");
            }
            $start = microtime(true);
            try {
                $response = $this->transport->post($this->url, $headers, $body, $left);
            } catch (TransportFailure $failure) {
                $reason = $failure->timedOut
                    ? 'no answer within the timeout'
                    : $this->secrets->text($failure->getMessage());
                $this->logLine($method, $id, $attempt, $start, "transport failure: {$reason}");
                if ($failure->maybeSent && $actsOnCall) {
                    throw new AmbiguousOutcomeError($method, $externalId, $reason);
                }
                if ($attempt <= $retries && $this->pause($attempt, null, $deadline)) {
                    continue;
                }
                if ($failure->timedOut) {
                    throw new RequestTimeoutError("{$method}: {$reason}");
                }
                throw new TransportError("{$method}: {$reason}");
            }
            if (in_array($response->status, self::BUSY_STATUSES, true) && !$this->isAnswer($response->body)) {
                $this->logLine($method, $id, $attempt, $start, "HTTP {$response->status}");
                if ($actsOnCall && $response->status !== 429) {
                    throw new AmbiguousOutcomeError($method, $externalId, "HTTP {$response->status} from a gateway");
                }
                $retryAfter = $response->headers['retry-after'] ?? null;
                if ($attempt <= $retries && $this->pause($attempt, $retryAfter, $deadline)) {
                    continue;
                }
                throw new TransportError("{$method}: HTTP {$response->status} from the server ({$attempt} tries)");
            }
            $answer = $this->answer($method, $id, $response);
            $error = $answer->error;
            $said = $error === null ? 'ok' : 'error ' . ($error->mnemonic ?? $error->getCode());
            $this->logLine($method, $id, $attempt, $start, $said);
            return $answer;
        }
    }

    /** What an answer says: `result.data` and `metadata`, or the ApiError of an error answer. */
    private function answer(string $method, int $id, HttpResponse $response): Answer
    {
        $malformed = fn (string $problem): ProtocolError => new ProtocolError(
            "the answer to {$method} {$problem}",
            $this->secrets->text(substr($response->body, 0, self::MAX_RAW)),
            $response->status,
            $method,
        );
        try {
            $answer = json_decode($response->body, true, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (\JsonException) {
            throw $malformed($response->status === 200 ? 'is not JSON' : "is HTTP {$response->status} without JSON");
        }
        if (!is_array($answer) || ($answer !== [] && array_is_list($answer))) {
            throw $malformed('is not a JSON object');
        }
        if (($answer['jsonrpc'] ?? null) !== self::JSONRPC) {
            throw $malformed('has no "jsonrpc": "' . self::JSONRPC . '"');
        }
        $json = $this->secrets->value($answer);
        $isError = array_key_exists('error', $answer);
        if ($isError === array_key_exists('result', $answer)) {
            throw $malformed($isError ? 'has both result and error' : 'has neither result nor error');
        }
        if (($answer['id'] ?? null) !== $id && !($isError && ($answer['id'] ?? null) === null)) {
            throw $malformed("does not carry the request's id {$id}");
        }
        if ($isError) {
            $error = $answer['error'];
            if (!is_array($error) || !is_int($error['code'] ?? null)) {
                throw $malformed('has an error without a numeric code');
            }
            $data = $this->secrets->value(is_array($error['data'] ?? null) ? $error['data'] : []);
            $mnemonic = is_string($data['mnemonic'] ?? null) ? $data['mnemonic'] : null;
            $class = ErrorMap::classFor($error['code'], $mnemonic);
            $message = is_string($error['message'] ?? null) ? $this->secrets->text($error['message']) : '';
            $requestId = $answer['id'] ?? null;
            $apiError = new $class(
                $message,
                $error['code'],
                $mnemonic,
                $data,
                $this->metadata($data, $error, $answer),
                is_int($requestId) || is_string($requestId) ? $requestId : null,
                $method,
            );
            return new Answer($response, $id, $json, error: $apiError);
        }
        if ($response->status !== 200) {
            throw $malformed("came with HTTP {$response->status}");
        }
        $result = $answer['result'];
        if (!is_array($result) || !array_key_exists('data', $result)) {
            throw $malformed('has no result.data');
        }
        return new Answer($response, $id, $json, $result['data'], $this->metadata($result, $answer));
    }

    /**
     * The first well-formed `metadata` block among `holders` (null when there is none); a
     * deprecated API version is reported once per client as E_USER_DEPRECATED.
     *
     * @param array<mixed> ...$holders
     */
    private function metadata(array ...$holders): ?Metadata
    {
        foreach ($holders as $holder) {
            if (!is_array($holder['metadata'] ?? null)) {
                continue;
            }
            try {
                $metadata = Metadata::fromArray($holder['metadata'], 'metadata', $this->reading);
            } catch (Misfit | \TypeError) {
                return null;
            }
            $this->shared->lastMetadata = $metadata;
            if ($metadata->apiVersion?->currentVersionDepricated && !$this->shared->deprecationTold) {
                $this->shared->deprecationTold = true;
                trigger_error(
                    "the Call API version at {$this->url} is deprecated; it may be switched off soon",
                    E_USER_DEPRECATED,
                );
            }
            return $metadata;
        }
        return null;
    }

    /**
     * `$read` applied to this client's Reading; a value that does not fit the documented result is a ProtocolError.
     *
     * @template T
     * @param \Closure(Reading): T $read
     * @return T
     */
    private function read(string $method, \Closure $read): mixed
    {
        try {
            return $read($this->reading);
        } catch (Misfit | \TypeError | \ValueError $e) {
            throw new ProtocolError(
                "the answer to {$method} does not fit the documented result: " . $this->secrets->text($e->getMessage()),
                '',
                200,
                $method,
                $e,
            );
        }
    }

    private function isAnswer(string $body): bool
    {
        $answer = json_decode($body, true);
        return is_array($answer) && ($answer['jsonrpc'] ?? null) === self::JSONRPC;
    }

    /**
     * Sleeps before re-send number `attempt`: the server's Retry-After when given, else an
     * exponential backoff with jitter; false (no sleep) when that would pass the deadline.
     */
    private function pause(int $attempt, ?string $retryAfter, float $deadline): bool
    {
        $delay = self::serverDelay($retryAfter)
            ?? self::INITIAL_RETRY_DELAY * 2 ** ($attempt - 1) * (0.75 + mt_rand() / mt_getrandmax() / 4);
        $delay = min($delay, self::MAX_RETRY_DELAY);
        if (microtime(true) + $delay >= $deadline) {
            return false;
        }
        usleep((int) ($delay * 1e6));
        return true;
    }

    /** The pause a gateway asks for in Retry-After (seconds or an HTTP date); null when none can be read. */
    private static function serverDelay(?string $retryAfter): ?float
    {
        if ($retryAfter === null || trim($retryAfter) === '') {
            return null;
        }
        if (is_numeric($retryAfter)) {
            return max(0.0, (float) $retryAfter);
        }
        $when = strtotime($retryAfter);
        return $when === false ? null : max(0.0, (float) ($when - time()));
    }

    private function deadline(?float $timeout): float
    {
        return microtime(true) + ($timeout ?? $this->timeout);
    }

    private function logLine(string $method, int $id, int $attempt, float $start, string $outcome): void
    {
        $ms = (int) round((microtime(true) - $start) * 1000);
        ($this->log)("{$method} id={$id} attempt={$attempt} {$ms} ms: {$outcome}");
    }

    private static function endpoint(?string $brand, ?string $baseUrl, string $version): string
    {
        $baseUrl ??= $brand === null ? self::env('CALLAPI_BASE_URL') : null;
        if ($baseUrl !== null) {
            return rtrim($baseUrl, '/');
        }
        $brand ??= self::env('CALLAPI_BRAND');
        if ($brand === null || !isset(self::BRANDS[$brand])) {
            $known = implode(', ', array_keys(self::BRANDS));
            throw new \InvalidArgumentException("pass brand (one of {$known}) or baseUrl");
        }
        return self::BRANDS[$brand] . '/' . str_replace('{version}', $version, self::VERSION_PATH);
    }

    private static function env(string $name): ?string
    {
        $value = getenv($name);
        return is_string($value) && $value !== '' ? $value : null;
    }

    /** @return array<string, mixed> what var_dump() shows: no credential */
    public function __debugInfo(): array
    {
        return [
            'url' => $this->url,
            'credentials' => $this->accessToken !== null ? 'access token' : ($this->login !== null ? 'login' : 'none'),
            'session' => $this->shared->sessionKey !== null ? 'open' : 'none',
            'timeout' => $this->timeout,
            'maxRetries' => $this->maxRetries,
            'closed' => $this->shared->closed,
        ];
    }
}
