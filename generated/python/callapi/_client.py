# Generated from spec/ by `python -m generator`; do not edit.
"""``Client`` and ``AsyncClient``: one method per Call API method.

Both classes are rendered from one template, so they cannot drift apart: the async
one differs only by ``async``/``await``.
"""

from __future__ import annotations

import copy
import logging
import os
import time
import warnings
from collections.abc import Callable, Coroutine, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx
from typing_extensions import ParamSpec, Self

from ._constants import (
    API_VERSION,
    CONNECT_TIMEOUT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT_ON_LIMIT,
    ENV,
    MAX_ANSWER_BYTES,
    MAX_CONNECTIONS,
    MAX_IN_FLIGHT,
    RETRY_STATUSES,
    Brand,
)
from ._core import (
    HEADERS,
    Call,
    Session,
    base_url_for,
    log,
    retry_delay,
    retry_reason,
    server_delay,
    transport_failure,
)
from ._exceptions import (
    ApiError,
    CallApiError,
    ClientClosedError,
    LimitExceededError,
    MissingCredentialsError,
    ProtocolError,
    TransportError,
)
from ._types import NOT_GIVEN, NotGiven, RawResponse, ResultList

if TYPE_CHECKING:  # the models load on first use (see _core._validator)
    from ._models import (
        ListCallsResult,
        ListTalkOptionsResult,
        LoginUserResult,
        Message,
        Metadata,
        StartEmployeeCallEmployee,
        StartEmployeeCallResult,
        StartInformerCallResult,
        StartScenarioCallResult,
        StartSimpleCallResult,
        StartVnumberCallResult,
        SuccessResult,
    )
    from ._params import (
        MessageParam,
        StartEmployeeCallEmployeeParam,
    )

__all__ = ["AsyncClient", "Client"]

P = ParamSpec("P")
R = TypeVar("R")

_OPENS_SESSION = "login.user"
_CLOSES_SESSION = "logout.user"


def _returns_raw(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """For the type checker: a raw copy's method returns a ``RawResponse`` of its result."""
    return method  # type: ignore[return-value]


def _returns_raw_async(
    method: Callable[P, Coroutine[Any, Any, R]],
) -> Callable[P, Coroutine[Any, Any, RawResponse[R]]]:
    """For the type checker: a raw copy's coroutine method returns a ``RawResponse`` of its result."""
    return method  # type: ignore[return-value]


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


class _Shared:
    """What a client and its ``with_options`` copies share: the session, the latest metadata and
    whether the client is closed."""

    __slots__ = ("closed", "last_metadata", "session")

    def __init__(self, session: Session) -> None:
        self.session = session
        self.last_metadata: Metadata | None = None
        self.closed = False


class _ClientBase:
    """Configuration and credentials; no I/O."""

    _http: Any

    def __init__(
        self,
        access_token: str | None,
        credentials: dict[str, str | None],
        brand: Brand | None,
        base_url: str | None,
        version: str,
        timeout: float,
        max_retries: int,
        wait_on_limit: float,
        default_headers: Mapping[str, str] | None,
        lock: Any,
    ) -> None:
        self._url = base_url_for(brand, base_url, version)
        try:
            self._endpoint = httpx.URL(
                self._url
            )  # parsed once: httpx would parse a string on every request
        except httpx.InvalidURL as exc:
            raise ValueError(f"the Call API URL is not valid: {exc}") from None
        given = {name: value for name, value in credentials.items() if value is not None}
        if given and len(given) != len(credentials):
            raise ValueError(f"pass {' and '.join(f'{name}=' for name in credentials)} together")
        if access_token is None and not given:  # the environment, when no argument says otherwise
            access_token = os.environ.get(ENV["access_token"]) or None
            if access_token is None:
                given = {name: os.environ.get(ENV[name], "") for name in credentials}
                given = given if all(given.values()) else {}
        self._shared = _Shared(Session(access_token, dict(given) or None, lock))
        self.timeout = float(timeout)
        self.max_retries = max_retries
        self.wait_on_limit = float(wait_on_limit)
        self._default_headers = dict(default_headers or {})
        self._owner = (
            True  # the client made here, not a with_options copy: closing it ends the session
        )
        self._raw = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, {self._shared.session!r})"

    @property
    def url(self) -> str:
        """The endpoint every request goes to."""
        return self._url

    @property
    def access_token(self) -> str | None:
        """The key the client sends (secret: never printed by the SDK)."""
        return self._shared.session.token

    @access_token.setter
    def access_token(self, value: str | None) -> None:
        session = self._shared.session
        session.token, session.expire_at = value, None

    @property
    def last_metadata(self) -> Metadata | None:
        """The ``metadata`` of the latest answer that had one (points left, version notices)."""
        return self._shared.last_metadata

    def _configured(self, **changes: Any) -> Self:
        clone = copy.copy(self)
        clone.__dict__.pop("with_raw_response", None)
        clone._owner = False
        clone.__dict__.update(changes)
        return clone

    def _request(
        self, body: bytes, headers: httpx.Headers | None, deadline: float
    ) -> httpx.Request:
        """The HTTP request of one attempt, its timeouts cut to what is left of the call's deadline."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise httpx.PoolTimeout("the call's deadline passed before the request was sent")
        timeouts = {
            "connect": min(CONNECT_TIMEOUT, remaining),
            "read": remaining,
            "write": remaining,
            "pool": remaining,
        }
        request: httpx.Request = self._http.build_request(
            "POST", self._endpoint, content=body, headers=headers, extensions={"timeout": timeouts}
        )
        return request

    def _trace(self, call: Call, attempt: int, started: float, outcome: str) -> None:
        if not log.isEnabledFor(logging.DEBUG):
            return
        log.debug(
            "%s id=%s attempt=%d %.1f ms %s",
            call.method,
            call.request_id,
            attempt + 1,
            (time.monotonic() - started) * 1000,
            outcome,
        )

    def _missing_credentials(self) -> MissingCredentialsError:
        return MissingCredentialsError(
            "no access token: pass access_token= (or login= and password=) to the client, "
            f"set {ENV['access_token']} (or {ENV['login']} and {ENV['password']}), or call login_user() first"
        )

    def _result(self, call: Call, value: Any, token: str | None) -> None:
        """Keeps what an answer tells the client: its metadata, and a session opened or closed."""
        if call.metadata is not None:
            self._shared.last_metadata = call.metadata
        if call.method == _OPENS_SESSION:
            self._shared.session.adopt(value.access_token, value.expire_at)
        elif call.method == _CLOSES_SESSION:
            self._shared.session.drop(token)

    def _answer(self, call: Call, value: Any, response: httpx.Response, raw: bytes) -> Any:
        if call.warning is not None:
            warnings.warn(
                call.warning, DeprecationWarning, stacklevel=4
            )  # the caller of the method
        if self._raw:
            return RawResponse(response.status_code, response.headers, call.request_id, raw, value)
        if isinstance(value, ApiError):
            try:
                raise value
            finally:
                value = (
                    None  # the traceback keeps this frame; the frame must not keep the exception
                )
        return value


class Client(_ClientBase):
    """Synchronous client of the Call API.

        Args:
            access_token: A permanent key (or a session key). Without it, and without
    ``login`` / ``password``, the client reads ``CALLAPI_ACCESS_TOKEN`` (or
                ``CALLAPI_LOGIN`` and ``CALLAPI_PASSWORD``).
            login: Login of the account user. With these the client calls
                ``login_user`` on first use, logs in again shortly before the session key expires
                and once more when the server refuses it (then re-sends the refused call), and logs
                out on close.
            password: Password of the account user. With these the client calls
                ``login_user`` on first use, logs in again shortly before the session key expires
                and once more when the server refuses it (then re-sends the refused call), and logs
                out on close.
            brand: Whose servers to call: ``"uis"``, ``"comagic"``, ``"novofon"``, ``"callgear"`` (or ``CALLAPI_BRAND``).
            base_url: The full endpoint instead of a brand, e.g. for a test server (or ``CALLAPI_BASE_URL``).
            version: The API version in the URL (default ``4.0``).
            timeout: Seconds a whole call may take (connecting, sending, the whole answer, retries).
            max_retries: How often to try again after a failure that is safe to repeat. A method
                that acts on a call is repeated only when its request never left.
            wait_on_limit: Seconds a call may wait for a used-up points budget to reset before it is
                sent again (default 0: raise ``LimitExceededError`` at once).
            http_client: Your own ``httpx.Client`` (proxies, limits, transports); the client
                then does not close it. ``timeout`` still bounds every call.
            default_headers: HTTP headers sent with every request.
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        login: str | None = None,
        password: str | None = None,
        brand: Brand | None = None,
        base_url: str | None = None,
        version: str = API_VERSION,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        wait_on_limit: float = DEFAULT_WAIT_ON_LIMIT,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        import threading

        super().__init__(
            access_token,
            {"login": login, "password": password},
            brand,
            base_url,
            version,
            timeout,
            max_retries,
            wait_on_limit,
            default_headers,
            threading.Lock(),
        )
        self._owns_http = http_client is None
        headers = httpx.Headers(HEADERS)
        headers.update(self._default_headers)
        # Headers go with each request only to a client passed in; our own client holds them.
        self._headers: httpx.Headers | None = None if http_client is None else headers
        self._http: httpx.Client = http_client or httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(DEFAULT_TIMEOUT, connect=CONNECT_TIMEOUT),
            limits=httpx.Limits(
                max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS
            ),
        )

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_on_limit: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connections and session.

        Closing the copy does nothing; close the client it came from.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = float(timeout)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if wait_on_limit is not None:
            changes["wait_on_limit"] = float(wait_on_limit)
        if default_headers:
            changes["_default_headers"] = {**self._default_headers, **default_headers}
            changes["_headers"] = _merged(self._headers, default_headers)
        return self._configured(**changes)

    @cached_property
    def with_raw_response(self) -> _RawClient:
        """The same methods, returning a ``RawResponse``: the HTTP status and headers, the answer's
        JSON, and ``parse()`` for the typed result (which raises the API error, if any)."""
        return _RawClient(self._configured(_raw=True))

    def close(self) -> None:
        """Log out of a session the client opened, and close the connections (unless the HTTP
        client was passed in). A ``with_options`` copy leaves both to its original."""
        shared = self._shared
        if shared.closed or not self._owner:
            return
        try:
            session = shared.session
            if session.opened and session.fresh() is not None:
                try:
                    self.logout_user(timeout=min(self.timeout, CONNECT_TIMEOUT), max_retries=0)
                except CallApiError as exc:
                    log.info("could not log out on close: %s", type(exc).__name__)
        finally:
            shared.closed = True
            if self._owns_http:
                self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _access_token(self) -> str:
        """The key to send: the current one, or a new session key (one login for all callers)."""
        session = self._shared.session
        token = session.fresh()
        if token is not None:
            return token
        if session.credentials is None:
            raise self._missing_credentials()
        with session.lock:
            token = session.fresh()  # another caller may have logged in meanwhile
            if token is None:
                call = Call(
                    _OPENS_SESSION,
                    dict(session.credentials),
                    acts_on_call=False,
                    result="LoginUserResult",
                    needs_token=False,
                    secret_answer=True,
                )
                answer, _, _ = self._exchange(call, None, None, None, None)
                if isinstance(answer, ApiError):
                    raise answer  # e.g. a wrong password: the caller's call was not sent
                token = session.token
                session.opened = token is not None
        if token is None:
            raise self._missing_credentials()
        return token

    def _post(
        self, body: bytes, headers: httpx.Headers | None, deadline: float
    ) -> tuple[httpx.Response, bytes]:
        """Sends one request and reads the whole answer by the call's deadline.

        The answer is read in chunks with the deadline checked between them: httpx's read
        timeout bounds one chunk, so a body dripping in slowly would run past it otherwise.
        """
        request = self._request(body, headers, deadline)
        response = self._http.send(request, stream=True)
        chunks = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_ANSWER_BYTES or time.monotonic() > deadline:
                    raise _cut_off(size, request)
        finally:
            response.close()
        return response, b"".join(chunks)

    def _send(
        self,
        call: Call,
        timeout: float | None,
        max_retries: int | None,
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> Any:
        # No local keeps the answer: a raised error's traceback holds this frame (a reference cycle).
        return self._answer(
            call, *self._exchange(call, timeout, max_retries, extra_params, extra_headers)
        )

    def _exchange(
        self,
        call: Call,
        timeout: float | None,
        max_retries: int | None,
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[Any, httpx.Response, bytes]:
        """Sends a call until it has an answer: a result, or an API error (returned, not raised).

        Retries what is safe to repeat, logs in again once when the server refuses the session
        key, and waits for a used-up points budget when ``wait_on_limit`` allows. Raises the
        SDK's exceptions only, whatever the server sends.
        """
        shared = self._shared
        if shared.closed:
            raise ClientClosedError(f"this client is closed: {call.method} was not sent")
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        retries = self.max_retries if max_retries is None else max_retries
        headers = self._headers
        if extra_headers:
            headers = _merged(headers, extra_headers)
        attempt = 0
        renewed = False
        waited = 0.0
        while True:
            token = (self._access_token()) if call.needs_token else None
            body = call.encode(token, extra_params)
            started = time.monotonic()
            status = 0
            try:
                response, raw = self._post(body, headers, deadline)
                status = response.status_code
                value: Any = None
                if status not in RETRY_STATUSES:
                    value = call.parse(status, raw)
                elif call.acts_on_call:
                    value = call.parse(
                        200, raw
                    )  # a gateway's own page is no answer: ambiguous below
            except ApiError as exc:
                # raised again for the caller; with its traceback it would hold this frame (a cycle)
                value = exc.with_traceback(None)
            except Exception as exc:  # whatever went wrong, the caller gets one of our exceptions
                failure, reached = transport_failure(call, exc)
                failure._redact(shared.session.secrets())
                self._trace(call, attempt, started, type(failure).__name__)
                if (
                    isinstance(failure, ProtocolError)
                    and status in RETRY_STATUSES
                    and call.acts_on_call
                ):
                    raise call.ambiguous(f"HTTP {status} from a gateway") from None
                reason = (
                    None
                    if isinstance(exc, CallApiError)
                    else retry_reason(
                        call, attempt=attempt, max_retries=retries, exc=exc, status=None
                    )
                )
                delay = retry_delay(attempt)
                if reason is None or time.monotonic() + delay >= deadline:
                    if reached and call.acts_on_call and isinstance(failure, TransportError):
                        raise call.ambiguous(f"no answer ({type(exc).__name__})") from exc
                    raise failure from (None if isinstance(exc, CallApiError) else exc)
                log.info(
                    "retrying %s in %.2f s (retry %d of %d): %s",
                    call.method,
                    delay,
                    attempt + 1,
                    retries,
                    reason,
                )
                time.sleep(delay)
                attempt += 1
                continue
            if value is None:  # a gateway status for a method that is safe to repeat
                self._trace(call, attempt, started, f"HTTP {status}")
                reason = retry_reason(
                    call, attempt=attempt, max_retries=retries, exc=None, status=status
                )
                delay = server_delay(response.headers) or retry_delay(attempt)
                if reason is None or time.monotonic() + delay >= deadline:
                    failure = ProtocolError(
                        f"HTTP {status} from the server for {call.method}",
                        raw=raw,
                        status_code=status,
                        method=call.method,
                    )
                    failure._redact(shared.session.secrets())
                    raise failure
                log.info(
                    "retrying %s in %.2f s (retry %d of %d): %s",
                    call.method,
                    delay,
                    attempt + 1,
                    retries,
                    reason,
                )
                time.sleep(delay)
                attempt += 1
                continue
            if isinstance(value, ApiError):
                value._redact(shared.session.secrets())
                self._trace(call, attempt, started, value.mnemonic or f"error {value.code}")
                if value.metadata is not None:
                    shared.last_metadata = value.metadata
                if (
                    not renewed
                    and call.renews_session(value)
                    and shared.session.credentials is not None
                ):
                    # the key was refused, so the call was not executed: log in again and re-send it
                    renewed = True
                    shared.session.drop(token)
                    log.info(
                        "%s: the session key was refused (%s); logging in again",
                        call.method,
                        value.mnemonic,
                    )
                    continue
                wait = value.retry_after if isinstance(value, LimitExceededError) else None
                if wait is not None and waited + max(wait, 0.5) <= self.wait_on_limit:
                    # a refused call was not executed either: wait for the budget, then re-send
                    wait = max(wait, 0.5)
                    log.info(
                        "%s: points limit reached; waiting %.1f s for it to reset",
                        call.method,
                        wait,
                    )
                    time.sleep(wait)
                    waited += wait
                    deadline += wait
                    continue
                return value, response, raw
            self._trace(call, attempt, started, "ok")
            self._result(call, value, token)
            return value, response, raw

    def login_user(
        self,
        *,
        login: str,
        password: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LoginUserResult:
        """Exchange a user login and password for a temporary session key.

        Authenticates with the account user's login and password and returns an
        `access_token` (session key) to pass in every other Call API request, plus
        `expire_at`, the moment the key stops being accepted.

        A session key obtained this way lives for one hour. When it has expired, call
        `login.user` again to get a new one. Instead of session keys, requests may also
        carry the permanent authentication key shown in the customer's personal account
        ("Access by key"); that key needs no login.

        Args:
            login: Login of the account user.
            password: Password of the account user.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            LoginUserResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "login.user",
            {"login": login, "password": password},
            acts_on_call=False,
            result="LoginUserResult",
            needs_token=False,
            secret_answer=True,
        )
        result: LoginUserResult = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def logout_user(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """End an authentication session and invalidate its session key.

        Closes the session opened by `login.user`: the given session key is discarded and
        can no longer be used for requests.

        Args:
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "logout.user",
            {},
            acts_on_call=False,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def start_employee_call(
        self,
        *,
        first_call: Literal["contact", "employee"],
        virtual_phone_number: str,
        contact: str,
        employee: StartEmployeeCallEmployee | StartEmployeeCallEmployeeParam,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        media_file_id: int | NotGiven = NOT_GIVEN,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        virtual_number_group: float | NotGiven = NOT_GIVEN,
        show_virtual_phone_number: bool | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        employee_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartEmployeeCallResult:
        """Connect an external subscriber directly with one of your employees, without a call scenario.

        Places a two-leg call between the number in `contact` and the employee given in
        `employee`, bypassing any scenario. `first_call` decides which side is dialled
        first. The caller ID shown to the contact is always `virtual_phone_number`; the
        employee sees it too unless `show_virtual_phone_number` is false.

        Optional messages (`contact_message`, `employee_message`, each a media file or TTS
        text) can be played to either leg before the parties are joined; `switch_at_once`
        decides whether the conversation starts as soon as the second party answers (cutting
        the message short) or only after the message has finished. A leg with no message of
        its own, or whose message has finished, hears the `media_file_id` melody (system
        "dialing_music" by default).

        On success the answer carries the `call_session_id` of the new call, which the call
        management methods take.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            first_call: Which side is dialled first: `employee` (the employee from `employee`) or
                `contact` (the called party, usually a client).
            switch_at_once: Controls when the two parties are joined when messages are configured. With
                `first_call: employee` and both messages given: the employee answers and
                hears `employee_message` to the end; only then is `contact` dialled, while
                the employee hears `media_file_id`. When the contact answers, `true` joins
                the conversation immediately, `false` lets the contact hear
                `contact_message` to the end first. With `first_call: contact` and both
                messages given: the contact answers and starts hearing `contact_message`
                while the employee is dialled. When the employee answers, `true` stops the
                contact's message and joins at once, `false` lets both messages play to the
                end first. Whoever finishes their message earlier hears `media_file_id`
                meanwhile. Server default: ``False``.
            early_switching: When true, the employee hears the contact's line while the contact is being
                dialled (e.g. a voicemail greeting) instead of the `media_file_id` melody. Server default: ``False``.
            media_file_id: Id of the system or user media file used as waiting/dialling music. When
                omitted, the system melody `dialing_music` ("Dialing music" / "Forwarding
                music") is used. Ids come from the Data API lists of user and system media
                files.
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. `74993720692`).
                Always the caller ID towards `contact`; also the caller ID towards the
                employee when `show_virtual_phone_number` is true. Available numbers are
                listed by the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically: `fixed`,
                `fixed_for_numa` (fixed per subscriber), `random`, `regional_random`,
                `regional_fixed_for_numa` (regional, fixed per subscriber). If no number
                satisfies the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic phone number management" component. Server default: ``"fixed"``.
            virtual_number_group: Group of the virtual number pool whose settings the call should use. Only
                effective together with a `virtual_phone_usage_rule` other than `fixed`.
            show_virtual_phone_number: Whether the employee sees `virtual_phone_number` as the caller ID. Server default: ``True``.
            contact: Number of the party to call, in E.164 form (e.g. `79091234567`). An
                employee's SIP number is also accepted; employee extension numbers are not.
            external_id: Your own unique id, used to match call events with records in an external
                system.
            dtmf_string: DTMF digits to send to `contact`. Each `.` inserts a one-second pause; e.g.
                `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s
                more. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with - `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            employee: The employee the contact is to be connected with.
            contact_message: Message played to the `contact` leg. When it ends, the `media_file_id`
                melody loops.
            employee_message: Message played to the employee leg. When it ends, the `media_file_id` melody
                loops.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartEmployeeCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            EmployeeNotFoundError: Employee with id {employee_id} not found. It is not your employee.
            NoActivePhoneNumberError: The phone number does not exist or inactive
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsCallRestrictedError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.employee_call",
            {
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "media_file_id": media_file_id,
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "virtual_number_group": virtual_number_group,
                "show_virtual_phone_number": show_virtual_phone_number,
                "contact": contact,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "employee": employee,
                "contact_message": contact_message,
                "employee_message": employee_message,
            },
            acts_on_call=True,
            result="StartEmployeeCallResult",
            external_id=external_id,
        )
        result: StartEmployeeCallResult = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def start_informer_call(
        self,
        *,
        virtual_phone_number: str,
        contact: str,
        contact_message: Message | MessageParam,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        dialing_timeout: int | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartInformerCallResult:
        """Call a number, play it a media file or a TTS message, then hang up.

        Places a notification call from a virtual number to `contact` and plays the message
        given in `contact_message` (a media file or text for speech synthesis). The call
        ends by itself once the message has finished playing, or when the contact does not
        answer within `dialing_timeout` seconds. The answer carries the id of the new call
        session.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. 74993720692),
                always used as the caller id shown to the contact. The list of virtual
                numbers is available from the REST (Data) API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically. If no number
                matches the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic number management" component. Server default: ``"fixed"``.
            external_id: Caller-chosen unique id used to match the call's events with an external
                system.
            dtmf_string: DTMF digits sent to the `contact` party. Each `.` inserts a one-second
                pause, e.g. `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4
                after 2 s. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with, `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            contact: The number to call in E.164 form (e.g. 79091234567); an employee's SIP
                number is also accepted. Employee extension numbers are not supported.
            dialing_timeout: How long to wait for the contact to answer; the call ends if nobody answers
                in time. Server default: ``30``. Allowed: ``up to 120 seconds``.
            contact_message: The message played to the `contact` party; the call ends after it.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartInformerCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsInvalidParamsError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.informer_call",
            {
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "contact": contact,
                "dialing_timeout": dialing_timeout,
                "contact_message": contact_message,
            },
            acts_on_call=True,
            result="StartInformerCallResult",
            external_id=external_id,
        )
        result: StartInformerCallResult = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def start_scenario_call(
        self,
        *,
        virtual_phone_number: str,
        contact: str,
        first_call: Literal["contact", "employee"],
        scenario_id: int,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        employee_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartScenarioCallResult:
        """Start a call that is routed by a chosen call-processing scenario.

        Places a call between an external party (`contact`) and the employee(s) picked by
        the scenario given in `scenario_id`. The client needs only a virtual number and one
        or more configured scenarios. `first_call` decides which side is dialled first;
        optional messages can be played to the contact (`contact_message`) and to the
        employee (`employee_message`). The answer carries the id of the new call session.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. 74993720692). It
                is always the caller id shown to the contact; it is also shown to the
                employee when the scenario's forwarding operation is set to display the
                service number. The list of virtual numbers is available from the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically. If no number
                matches the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic number management" component. Server default: ``"fixed"``.
            external_id: Caller-chosen unique id used to match the call's events with an external
                system.
            dtmf_string: DTMF digits sent to the `contact` party. Each `.` inserts a one-second
                pause, e.g. `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4
                after 2 s. Allowed: ``0-9, *, #``.
            contact: The external party's number in E.164 form (e.g. 79091234567); an employee's
                SIP number is also accepted. Employee extension numbers are not supported.
                Without `contact_message` the contact hears the system dialing melody
                (dialing_music).
            first_call: Which side is dialled first, `employee` (from the scenario) or `contact`
                (usually the client).
            switch_at_once: Controls whether the conversation starts as soon as both sides have answered
                (`true`) or only after the message has been played to the end (`false`). -
                `first_call=employee` with an employee message in the scenario and
                `contact_message` given: the employee hears the whole message first, then
                the contact is dialled (the employee hears dialing_music meanwhile). When
                the contact answers, `true` connects them at once; `false` lets the contact
                hear the message to the end first. - `first_call=contact` with
                `contact_message` and an employee message in the scenario: the contact is
                dialled first and hears the message while the employee is dialled. `true`
                cuts the contact's message when the employee answers; `false` plays the
                message to the end for both. Whoever finishes first hears dialing_music.
                `switch_at_once=true` does not work when `contact_message.type` is `tts`. Server default: ``False``.
            early_switching: When `true`, the employee hears what happens on the contact's line while the
                contact is being dialled (e.g. a voicemail greeting). When `false`, the
                employee hears the hold music instead. Server default: ``False``.
            scenario_id: Id of the scenario that routes the call; scenario ids are available from the
                Data API.
            direction: Direction the call is recorded with, `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            contact_message: Message played to the `contact` party. After it ends the system dialing
                melody (dialing_music) loops.
            employee_message: Message played to the employee. If the scenario also defines an employee
                message, the scenario's message plays first and this one after it.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartScenarioCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            ScenarioNotFoundAsInvalidParamsError: Scenario with id {scenario_id} not found
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsInvalidParamsError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.scenario_call",
            {
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "contact": contact,
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "scenario_id": scenario_id,
                "direction": direction,
                "contact_message": contact_message,
                "employee_message": employee_message,
            },
            acts_on_call=True,
            result="StartScenarioCallResult",
            external_id=external_id,
        )
        result: StartScenarioCallResult = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def start_simple_call(
        self,
        *,
        first_call: Literal["contact", "operator"],
        virtual_phone_number: str,
        contact: str,
        operator: str,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        media_file_id: int | NotGiven = NOT_GIVEN,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        show_virtual_phone_number: bool | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        operator_confirmation: str | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        operator_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartSimpleCallResult:
        """Connect any external number with an operator number, without an employee or scenario.

        Places a two-leg call between `contact` (any number except the client's own virtual
        numbers) and `operator`, a plain phone number that is not an employee: it does not
        show up as an employee in reports, but the operator can control the call through
        talk options. `first_call` decides which side is dialled first, and
        `operator_confirmation` can require the operator to press a key before being
        connected.

        Optional messages (`contact_message`, `operator_message`, each a media file or TTS
        text) can be played to either leg; `switch_at_once` decides whether a message is cut
        short when the other party answers. A leg with no message of its own, or whose
        message has finished, hears the `media_file_id` melody (system "dialing_music" by
        default). The caller ID towards the contact is `virtual_phone_number`; the operator
        sees it too unless `show_virtual_phone_number` is false.

        On success the answer carries the `call_session_id` of the new call.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            first_call: Which side is dialled first: `operator` (the number in `operator`, who can
                manage the call via talk options) or `contact` (the called party, usually a
                client).
            switch_at_once: Controls whether messages are cut short when the other party answers. With
                `first_call: operator` and `operator_message` given: the operator answers,
                hears the message to the end, then `contact` is dialled while the operator
                hears `media_file_id`. If `contact_message` is given, `true` interrupts it
                for the contact leg, `false` plays it to the end. With `first_call: contact`
                and `contact_message` given: the contact answers and starts hearing the
                message while the operator is dialled. If `operator_message` is given,
                `true` stops the messages on both legs once the operator answers, `false`
                plays them to the end. Whoever finishes their message earlier hears
                `media_file_id` meanwhile. Server default: ``False``.
            early_switching: When true, the operator hears the contact's line while the contact is being
                dialled (e.g. a voicemail greeting) instead of the `media_file_id` melody. Server default: ``False``.
            media_file_id: Id of the system or user media file used as waiting/dialling music. When
                omitted, the system melody `dialing_music` ("Dialing music" / "Forwarding
                music") is used. Ids come from the Data API lists of user and system media
                files.
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. `74993720692`).
                Always the caller ID towards `contact`; also the caller ID towards
                `operator` when `show_virtual_phone_number` is true. Available numbers are
                listed by the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically: `fixed`,
                `fixed_for_numa` (fixed per subscriber), `random`, `regional_random`,
                `regional_fixed_for_numa` (regional, fixed per subscriber). If no number
                satisfies the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic phone number management" component. Server default: ``"fixed"``.
            show_virtual_phone_number: Whether the operator sees `virtual_phone_number` as the caller ID. Server default: ``True``.
            contact: Number of the party to call, in E.164 form (e.g. `79091234567`). An
                employee's SIP number is also accepted; employee extension numbers are not.
                The client's own virtual numbers are refused
                (own_virtual_phone_number_not_allowed).
            external_id: Your own unique id, used to match call events with records in an external
                system.
            dtmf_string: DTMF digits to send to `contact`. Each `.` inserts a one-second pause; e.g.
                `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s
                more. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with - `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            operator: Phone number of the operator the contact is connected with, in E.164 form
                (e.g. `79091234567`). The operator can control the call through talk options
                but is not an employee and is not reported as one.
            operator_confirmation: Key the operator must press to confirm being ready to take the call; `any`
                accepts any key. Allowed: ``0-9, *, #, any``.
            contact_message: Message played to the `contact` leg. When it ends, the `media_file_id`
                melody loops.
            operator_message: Message played to the `operator` leg. When it ends, the `media_file_id`
                melody loops.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartSimpleCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsCallRestrictedError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.simple_call",
            {
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "media_file_id": media_file_id,
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "show_virtual_phone_number": show_virtual_phone_number,
                "contact": contact,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "operator": operator,
                "operator_confirmation": operator_confirmation,
                "contact_message": contact_message,
                "operator_message": operator_message,
            },
            acts_on_call=True,
            result="StartSimpleCallResult",
            external_id=external_id,
        )
        result: StartSimpleCallResult = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def start_vnumber_call(
        self,
        *,
        virtual_phone_number: str,
        contact: str,
        first_call: Literal["contact", "employee"],
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartVnumberCallResult:
        """Start a call through a virtual number, routed by the scenario attached to that number.

        Places a call between an external party (`contact`) and the employee(s) chosen by
        the scenario configured on `virtual_phone_number` (the method fails with
        `scenario_not_found` if the number has no scenario). `first_call` decides which side
        is dialled first, and an optional `contact_message` can be played to the contact.
        The answer carries the id of the new call session.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. 74993720692). It
                is always the caller id shown to the contact; it is also shown to the
                employee when the scenario's forwarding operation is set to display the
                service number. The list of virtual numbers is available from the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically. If no number
                matches the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic number management" component. Server default: ``"fixed"``.
            external_id: Caller-chosen unique id used to match the call's events with an external
                system.
            dtmf_string: DTMF digits sent to the `contact` party. Each `.` inserts a one-second
                pause, e.g. `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4
                after 2 s. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with, `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            contact: The external party's number in E.164 form (e.g. 79091234567); an employee's
                SIP number is also accepted. Employee extension numbers are not supported.
                Without `contact_message` the contact hears the system dialing melody
                (dialing_music).
            first_call: Which side is dialled first, `employee` (from the scenario) or `contact`
                (usually the client).
            switch_at_once: Controls whether the conversation starts as soon as both sides have answered
                (`true`) or only after the message has been played to the end (`false`). -
                `first_call=employee` with an employee message in the scenario and
                `contact_message` given: the employee hears the whole message first, then
                the contact is dialled (the employee hears dialing_music meanwhile). When
                the contact answers, `true` connects them at once; `false` lets the contact
                hear the message to the end first. - `first_call=contact` with
                `contact_message` and an employee message in the scenario: the contact is
                dialled first and hears the message while the employee is dialled. `true`
                cuts the contact's message when the employee answers; `false` plays the
                message to the end for both. Whoever finishes first hears dialing_music.
                `switch_at_once=true` does not work when `contact_message.type` is `tts`. Server default: ``False``.
            early_switching: When `true`, the employee hears what happens on the contact's line while the
                contact is being dialled (e.g. a voicemail greeting). When `false`, the
                employee hears the hold music instead. Server default: ``False``.
            contact_message: Message played to the `contact` party. After it ends the system dialing
                melody (dialing_music) loops.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartVnumberCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            ScenarioNotFoundAsVirtualNumberError: Virtual phone number does not have a scenario
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsInvalidParamsError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.vnumber_call",
            {
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "contact": contact,
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "contact_message": contact_message,
            },
            acts_on_call=True,
            result="StartVnumberCallResult",
            external_id=external_id,
        )
        result: StartVnumberCallResult = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def add_coach(
        self,
        *,
        call_session_id: int,
        phone_number: str | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Bring a coach into an ongoing conversation.

        Connects a coach to the active call. By default the coach configured for the
        employee in the account settings is used; pass `phone_number` to call a different
        coach instead.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.vnumber_call, start.scenario_call
                and start.employee_call, and also available from the notification server or
                the data API.
            phone_number: Number of the coach to connect when the coach from the account settings
                should not be used. When omitted, the coach set in the employee's settings
                is connected.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            CoachNotFoundError: The coach not found in your settings
            NoActivePhoneNumberError: The phone number does not exist or inactive
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "add.coach",
            {"call_session_id": call_session_id, "phone_number": phone_number},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def block_contact(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Blacklist the other party of an ongoing call.

        Adds the subscriber of the given call session to the account's blacklist while the
        conversation is in progress. The request names no phone number: the call session id
        alone identifies the subscriber to block.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.informer_call, start.vnumber_call,
                start.scenario_call and start.employee_call, and also available from the
                notification server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            DuplicateContactError: The contact with phone number {contact_phone_number} already exists
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "block.contact",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def call_talk_option(
        self,
        *,
        call_session_id: int,
        button: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Trigger one of the talk options configured for the virtual PBX during a live call.

        Fires a talk option (an action bound to a key in the virtual PBX settings, "Virtual
        PBX" -> "Talk options" in the client area) inside an active call session, exactly as
        if the key had been pressed. Keys and their actions are configured in the client
        area; use `list.talk_options` to discover which keys exist and what they do.

        Some options are toggles: invoking them a second time switches them off again (for
        example the voice recorder or calling the coach).

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Identifier of the call session to act on, as returned by the start.*
                methods, the notification server or the data API.
            button: The key bound to the talk option to invoke (e.g. "1"). Keys and their
                actions are defined in the client area; see `list.talk_options`.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            InternalError: Internal error, contact the support service
            ForbiddenError: Permission denied
            CallSessionNotFoundError: Call session not found
            TalkOptionNotFoundError: Talk option not found
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "call.talk_option",
            {"call_session_id": call_session_id, "button": button},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def disconnect_leg(
        self,
        *,
        call_session_id: int,
        leg_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Drop one participant (leg) from an active call.

        Hangs up a single leg of a call session, leaving the other participants connected.
        Leg ids come from `list.calls` or from the notification server.

        Dropping the `contact` leg (the party named in `contact` of `start.employee_call`,
        `start.scenario_call`, `start.informer_call` or `start.vnumber_call`) terminates the
        whole call session, not just that leg.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.informer_call, start.vnumber_call,
                start.scenario_call and start.employee_call, and also available from the
                notification server or the data API.
            leg_id: Id of the leg (call participant) to disconnect, as reported by the
                notification server.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            LegNotFoundError: The call's leg not found
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "disconnect.leg",
            {"call_session_id": call_session_id, "leg_id": leg_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def hold_call(
        self,
        *,
        call_session_id: int,
        contact_message: Message | MessageParam,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Put a call on hold, playing a media file or TTS text to the caller.

        Puts the call session on hold. While the call is held, the calling party (the
        `contact` number of a start.* call, or the subscriber who dialled the virtual PBX)
        hears the message given in `contact_message`: either a media file (system or user
        file, by id) or a text voiced by the Text-to-Speech service.

        Only allowed while the call is in the talk state. Use unhold.call to resume the
        conversation.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: talk.

        Args:
            call_session_id: Identifier of the call session to hold, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or as reported by the
                notification server or the data API.
            contact_message: Message played to the calling party while the call is held. The calling
                party is the `contact` number of start.informer_call, start.vnumber_call,
                start.scenario_call or start.employee_call, or the subscriber who called the
                virtual PBX.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "hold.call",
            {"call_session_id": call_session_id, "contact_message": contact_message},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def list_calls(
        self,
        *,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        virtual_phone_number: str | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResultList[ListCallsResult]:
        """List the calls currently in progress, with their tags and participants.

        Returns one entry per active call session: its id, direction, start time, the
        virtual number and the contact's number, the tags already put on it and every leg
        (participant) with the leg's numbers, the employee behind it, whether recording is
        on and the leg's current status.

        The list can be narrowed to one direction and/or to calls through one virtual
        number. The returned `call_session_id` and `leg_id` values are what the other call-
        management methods take.

        Args:
            direction: Return only incoming (`in`) or only outgoing (`out`) sessions. When omitted,
                sessions of both directions are returned.
            virtual_phone_number: Return only the active calls that go through this virtual number. The number
                has to start with 7 (e.g. "74951045771").
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            ResultList[ListCallsResult]: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "list.calls",
            {"direction": direction, "virtual_phone_number": virtual_phone_number},
            acts_on_call=False,
            result="ListCallsResult",
            many=True,
        )
        result: ResultList[ListCallsResult] = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def list_talk_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResultList[ListTalkOptionsResult]:
        """List the talk options configured for the virtual PBX.

        Returns every talk option set up in the client area ("Virtual PBX" -> "Talk
        options"): the key that triggers it, what kind of action it is, its display name
        and, for options bound to a specific object (a tag, a scenario, ...), which object
        that is. Use the `button` values with `call.talk_option`.

        Args:
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            ResultList[ListTalkOptionsResult]: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "list.talk_options",
            {},
            acts_on_call=False,
            result="ListTalkOptionsResult",
            many=True,
        )
        result: ResultList[ListTalkOptionsResult] = self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    def make_call(
        self,
        *,
        call_session_id: int,
        to: str,
        to_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Place a second call from a held conversation, for a transfer or a consultation.

        Dials a new party (`to`) while the current conversation is on hold, so the operator
        can consult that party or go on to hand the caller over with `transfer.talk` (or
        come back with `restore.talk`). It only works after `hold.call` has been applied to
        the session.

        Optionally a message (media file or Text-to-Speech text) can be played to the
        dialled party first; the held subscriber keeps waiting until that message has been
        played in full.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: hold.

        Args:
            call_session_id: Id of the call session to act on, as returned by start.informer_call,
                start.vnumber_call, start.scenario_call or start.employee_call, or delivered
                by the notification server or the data API.
            to: Number to dial. Written in E.164; it may be an internal (extension) number,
                an external number, an employee's number or a SIP number.
            to_message: Message played to the dialled party (`to`) before the connection; the held
                subscriber waits until it has finished.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            NoActivePhoneNumberError: The phone number does not exist or inactive
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "make.call",
            {"call_session_id": call_session_id, "to": to, "to_message": to_message},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def record_call(
        self,
        *,
        call_session_id: int,
        action: Literal["on", "off"],
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Start or stop recording of an active conversation.

        Turns recording of the current conversation on or off. Recording that is enabled
        globally (the employee-level setting in the account) cannot be switched off through
        this method; such an attempt is refused with `forbidden`.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.informer_call, start.vnumber_call,
                start.scenario_call and start.employee_call, and also available from the
                notification server or the data API.
            action: `on` starts recording the conversation, `off` stops it.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ForbiddenError: Permission denied
            RecordAlreadyStartedError: The call record is already started
            RecordAlreadyStoppedError: The call record is not enabled
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "record.call",
            {"call_session_id": call_session_id, "action": action},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def release_call(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """End (release) a call session.

        Terminates the call session identified by `call_session_id`, hanging up all of its
        participants.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Identifier of the call session to end, as returned by start.informer_call,
                start.vnumber_call, start.scenario_call or start.employee_call, or as
                reported by the notification server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "release.call",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def restore_talk(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Return the operator to the held caller after a consultation started with make.call.

        Ends the consultation leg opened with `make.call` and reconnects the operator with
        the original subscriber, instead of transferring them. Usable only after
        `make.call`, while the call is in the `dialing` or `operator_talk` state.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: dialing, operator_talk.

        Args:
            call_session_id: Id of the call session to act on, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or delivered by the notification
                server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "restore.talk",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def send_dtmf(
        self,
        *,
        call_session_id: int,
        dtmf_string: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Send a DTMF tone on behalf of the employee in an active call.

        Plays a DTMF digit towards the remote party of a call, as if the employee had
        pressed a key. Typical use: an outgoing call from the virtual PBX reaches a
        counterpart's IVR and a menu item has to be chosen there. The tone goes to the
        subscriber given as `contact` when the call was started.

        Only one character can be sent per request. The same mechanism can also trigger talk
        options configured in the client area; on outgoing calls these become usable only 30
        seconds into the call (en_old says incoming calls; see the `dtmf_string` notes).

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Identifier of the call session to act on, as returned by the start.*
                methods, the notification server or the data API.
            dtmf_string: The DTMF symbol to send to the subscriber that was given as `contact`
                (applies to outgoing calls from the virtual PBX to the called party). Talk
                options configured in the client area can be invoked this way too. Allowed: ``0-9, *, #``.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "send.dtmf",
            {"call_session_id": call_session_id, "dtmf_string": dtmf_string},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def tag_call(
        self,
        *,
        call_session_id: int,
        tag_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Attach a tag to a call that is still in progress.

        Sets one of the account's tags (by `tag_id`) on an active call session. Calls that
        have already ended cannot be tagged here; use the data API's call-tagging method for
        them. Tag ids come from the data API's tag list.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the active call session, as returned by start.informer_call,
                start.vnumber_call, start.scenario_call or start.employee_call, or delivered
                by the notification server or the data API.
            tag_id: Id of the tag to set, as listed by the data API's tag list method.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TagNotFoundError: Tag with {tag_id} not found
            DuplicateTagError: Duplicate tag
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "tag.call",
            {"call_session_id": call_session_id, "tag_id": tag_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def transfer_talk(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Hand the held caller over to the party dialled with make.call.

        Completes a transfer: the subscriber who was put on hold is connected to the party
        the operator dialled with `make.call` (another employee or an external number), and
        the operator drops out. Usable only after `make.call`, while that second call is
        still ringing (`dialing`) or the operator is already talking to the dialled party
        (`operator_talk`).

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: dialing, operator_talk.

        Args:
            call_session_id: Id of the call session to act on, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or delivered by the notification
                server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "transfer.talk",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result

    def unhold_call(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Take a held call off hold.

        Resumes a call session previously put on hold with hold.call. Only valid while the
        call is in the hold state.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: hold.

        Args:
            call_session_id: Identifier of the held call session, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or as reported by the
                notification server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "unhold.call",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = self._send(call, timeout, max_retries, extra_params, extra_headers)
        return result


class _RawClient:
    """``Client.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, client: Client) -> None:
        self.login_user = _returns_raw(client.login_user)
        self.logout_user = _returns_raw(client.logout_user)
        self.start_employee_call = _returns_raw(client.start_employee_call)
        self.start_informer_call = _returns_raw(client.start_informer_call)
        self.start_scenario_call = _returns_raw(client.start_scenario_call)
        self.start_simple_call = _returns_raw(client.start_simple_call)
        self.start_vnumber_call = _returns_raw(client.start_vnumber_call)
        self.add_coach = _returns_raw(client.add_coach)
        self.block_contact = _returns_raw(client.block_contact)
        self.call_talk_option = _returns_raw(client.call_talk_option)
        self.disconnect_leg = _returns_raw(client.disconnect_leg)
        self.hold_call = _returns_raw(client.hold_call)
        self.list_calls = _returns_raw(client.list_calls)
        self.list_talk_options = _returns_raw(client.list_talk_options)
        self.make_call = _returns_raw(client.make_call)
        self.record_call = _returns_raw(client.record_call)
        self.release_call = _returns_raw(client.release_call)
        self.restore_talk = _returns_raw(client.restore_talk)
        self.send_dtmf = _returns_raw(client.send_dtmf)
        self.tag_call = _returns_raw(client.tag_call)
        self.transfer_talk = _returns_raw(client.transfer_talk)
        self.unhold_call = _returns_raw(client.unhold_call)


class AsyncClient(_ClientBase):
    """Asynchronous client of the Call API.

        Args:
            access_token: A permanent key (or a session key). Without it, and without
    ``login`` / ``password``, the client reads ``CALLAPI_ACCESS_TOKEN`` (or
                ``CALLAPI_LOGIN`` and ``CALLAPI_PASSWORD``).
            login: Login of the account user. With these the client calls
                ``login_user`` on first use, logs in again shortly before the session key expires
                and once more when the server refuses it (then re-sends the refused call), and logs
                out on close.
            password: Password of the account user. With these the client calls
                ``login_user`` on first use, logs in again shortly before the session key expires
                and once more when the server refuses it (then re-sends the refused call), and logs
                out on close.
            brand: Whose servers to call: ``"uis"``, ``"comagic"``, ``"novofon"``, ``"callgear"`` (or ``CALLAPI_BRAND``).
            base_url: The full endpoint instead of a brand, e.g. for a test server (or ``CALLAPI_BASE_URL``).
            version: The API version in the URL (default ``4.0``).
            timeout: Seconds a whole call may take (connecting, sending, the whole answer, retries).
            max_retries: How often to try again after a failure that is safe to repeat. A method
                that acts on a call is repeated only when its request never left.
            wait_on_limit: Seconds a call may wait for a used-up points budget to reset before it is
                sent again (default 0: raise ``LimitExceededError`` at once).
            http_client: Your own ``httpx.AsyncClient`` (proxies, limits, transports); the client
                then does not close it. ``timeout`` still bounds every call.
            default_headers: HTTP headers sent with every request.
            max_in_flight: Requests on the wire at once; more concurrent calls wait their turn
                (default ``MAX_IN_FLIGHT``).
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        login: str | None = None,
        password: str | None = None,
        brand: Brand | None = None,
        base_url: str | None = None,
        version: str = API_VERSION,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        wait_on_limit: float = DEFAULT_WAIT_ON_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_in_flight: int = MAX_IN_FLIGHT,
    ) -> None:
        import asyncio  # here, not at the top: the sync client should not pay for importing it

        super().__init__(
            access_token,
            {"login": login, "password": password},
            brand,
            base_url,
            version,
            timeout,
            max_retries,
            wait_on_limit,
            default_headers,
            asyncio.Lock(),
        )
        # Many coroutines waiting inside httpx's pool slow every request down; waiting here is cheap.
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._owns_http = http_client is None
        headers = httpx.Headers(HEADERS)
        headers.update(self._default_headers)
        # Headers go with each request only to a client passed in; our own client holds them.
        self._headers: httpx.Headers | None = None if http_client is None else headers
        self._http: httpx.AsyncClient = http_client or httpx.AsyncClient(
            headers=headers,
            timeout=httpx.Timeout(DEFAULT_TIMEOUT, connect=CONNECT_TIMEOUT),
            limits=httpx.Limits(
                max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS
            ),
        )

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_on_limit: float | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connections and session.

        Closing the copy does nothing; close the client it came from.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeout"] = float(timeout)
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if wait_on_limit is not None:
            changes["wait_on_limit"] = float(wait_on_limit)
        if default_headers:
            changes["_default_headers"] = {**self._default_headers, **default_headers}
            changes["_headers"] = _merged(self._headers, default_headers)
        return self._configured(**changes)

    @cached_property
    def with_raw_response(self) -> _AsyncRawClient:
        """The same methods, returning a ``RawResponse``: the HTTP status and headers, the answer's
        JSON, and ``parse()`` for the typed result (which raises the API error, if any)."""
        return _AsyncRawClient(self._configured(_raw=True))

    async def aclose(self) -> None:
        """Log out of a session the client opened, and close the connections (unless the HTTP
        client was passed in). A ``with_options`` copy leaves both to its original."""
        shared = self._shared
        if shared.closed or not self._owner:
            return
        try:
            session = shared.session
            if session.opened and session.fresh() is not None:
                try:
                    await self.logout_user(
                        timeout=min(self.timeout, CONNECT_TIMEOUT), max_retries=0
                    )
                except CallApiError as exc:
                    log.info("could not log out on close: %s", type(exc).__name__)
        finally:
            shared.closed = True
            if self._owns_http:
                await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _access_token(self) -> str:
        """The key to send: the current one, or a new session key (one login for all callers)."""
        session = self._shared.session
        token = session.fresh()
        if token is not None:
            return token
        if session.credentials is None:
            raise self._missing_credentials()
        async with session.lock:
            token = session.fresh()  # another caller may have logged in meanwhile
            if token is None:
                call = Call(
                    _OPENS_SESSION,
                    dict(session.credentials),
                    acts_on_call=False,
                    result="LoginUserResult",
                    needs_token=False,
                    secret_answer=True,
                )
                answer, _, _ = await self._exchange(call, None, None, None, None)
                if isinstance(answer, ApiError):
                    raise answer  # e.g. a wrong password: the caller's call was not sent
                token = session.token
                session.opened = token is not None
        if token is None:
            raise self._missing_credentials()
        return token

    async def _post(
        self, body: bytes, headers: httpx.Headers | None, deadline: float
    ) -> tuple[httpx.Response, bytes]:
        """Sends one request and reads the whole answer by the call's deadline.

        The answer is read in chunks with the deadline checked between them: httpx's read
        timeout bounds one chunk, so a body dripping in slowly would run past it otherwise.
        Time spent waiting for a slot (``max_in_flight``) does not count: nothing was sent yet.
        """
        queued = time.monotonic()
        async with self._in_flight:
            deadline += time.monotonic() - queued
            request = self._request(body, headers, deadline)
            response = await self._http.send(request, stream=True)
            chunks = []
            size = 0
            try:
                async for chunk in response.aiter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_ANSWER_BYTES or time.monotonic() > deadline:
                        raise _cut_off(size, request)
            finally:
                await response.aclose()
        return response, b"".join(chunks)

    async def _send(
        self,
        call: Call,
        timeout: float | None,
        max_retries: int | None,
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> Any:
        # No local keeps the answer: a raised error's traceback holds this frame (a reference cycle).
        return self._answer(
            call, *await self._exchange(call, timeout, max_retries, extra_params, extra_headers)
        )

    async def _exchange(
        self,
        call: Call,
        timeout: float | None,
        max_retries: int | None,
        extra_params: Mapping[str, Any] | None,
        extra_headers: Mapping[str, str] | None,
    ) -> tuple[Any, httpx.Response, bytes]:
        """Sends a call until it has an answer: a result, or an API error (returned, not raised).

        Retries what is safe to repeat, logs in again once when the server refuses the session
        key, and waits for a used-up points budget when ``wait_on_limit`` allows. Raises the
        SDK's exceptions only, whatever the server sends.
        """
        shared = self._shared
        if shared.closed:
            raise ClientClosedError(f"this client is closed: {call.method} was not sent")
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        retries = self.max_retries if max_retries is None else max_retries
        headers = self._headers
        if extra_headers:
            headers = _merged(headers, extra_headers)
        attempt = 0
        renewed = False
        waited = 0.0
        while True:
            token = (await self._access_token()) if call.needs_token else None
            body = call.encode(token, extra_params)
            started = time.monotonic()
            status = 0
            try:
                response, raw = await self._post(body, headers, deadline)
                status = response.status_code
                value: Any = None
                if status not in RETRY_STATUSES:
                    value = call.parse(status, raw)
                elif call.acts_on_call:
                    value = call.parse(
                        200, raw
                    )  # a gateway's own page is no answer: ambiguous below
            except ApiError as exc:
                # raised again for the caller; with its traceback it would hold this frame (a cycle)
                value = exc.with_traceback(None)
            except Exception as exc:  # whatever went wrong, the caller gets one of our exceptions
                failure, reached = transport_failure(call, exc)
                failure._redact(shared.session.secrets())
                self._trace(call, attempt, started, type(failure).__name__)
                if (
                    isinstance(failure, ProtocolError)
                    and status in RETRY_STATUSES
                    and call.acts_on_call
                ):
                    raise call.ambiguous(f"HTTP {status} from a gateway") from None
                reason = (
                    None
                    if isinstance(exc, CallApiError)
                    else retry_reason(
                        call, attempt=attempt, max_retries=retries, exc=exc, status=None
                    )
                )
                delay = retry_delay(attempt)
                if reason is None or time.monotonic() + delay >= deadline:
                    if reached and call.acts_on_call and isinstance(failure, TransportError):
                        raise call.ambiguous(f"no answer ({type(exc).__name__})") from exc
                    raise failure from (None if isinstance(exc, CallApiError) else exc)
                log.info(
                    "retrying %s in %.2f s (retry %d of %d): %s",
                    call.method,
                    delay,
                    attempt + 1,
                    retries,
                    reason,
                )
                await _async_sleep(delay)
                attempt += 1
                continue
            if value is None:  # a gateway status for a method that is safe to repeat
                self._trace(call, attempt, started, f"HTTP {status}")
                reason = retry_reason(
                    call, attempt=attempt, max_retries=retries, exc=None, status=status
                )
                delay = server_delay(response.headers) or retry_delay(attempt)
                if reason is None or time.monotonic() + delay >= deadline:
                    failure = ProtocolError(
                        f"HTTP {status} from the server for {call.method}",
                        raw=raw,
                        status_code=status,
                        method=call.method,
                    )
                    failure._redact(shared.session.secrets())
                    raise failure
                log.info(
                    "retrying %s in %.2f s (retry %d of %d): %s",
                    call.method,
                    delay,
                    attempt + 1,
                    retries,
                    reason,
                )
                await _async_sleep(delay)
                attempt += 1
                continue
            if isinstance(value, ApiError):
                value._redact(shared.session.secrets())
                self._trace(call, attempt, started, value.mnemonic or f"error {value.code}")
                if value.metadata is not None:
                    shared.last_metadata = value.metadata
                if (
                    not renewed
                    and call.renews_session(value)
                    and shared.session.credentials is not None
                ):
                    # the key was refused, so the call was not executed: log in again and re-send it
                    renewed = True
                    shared.session.drop(token)
                    log.info(
                        "%s: the session key was refused (%s); logging in again",
                        call.method,
                        value.mnemonic,
                    )
                    continue
                wait = value.retry_after if isinstance(value, LimitExceededError) else None
                if wait is not None and waited + max(wait, 0.5) <= self.wait_on_limit:
                    # a refused call was not executed either: wait for the budget, then re-send
                    wait = max(wait, 0.5)
                    log.info(
                        "%s: points limit reached; waiting %.1f s for it to reset",
                        call.method,
                        wait,
                    )
                    await _async_sleep(wait)
                    waited += wait
                    deadline += wait
                    continue
                return value, response, raw
            self._trace(call, attempt, started, "ok")
            self._result(call, value, token)
            return value, response, raw

    async def login_user(
        self,
        *,
        login: str,
        password: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LoginUserResult:
        """Exchange a user login and password for a temporary session key.

        Authenticates with the account user's login and password and returns an
        `access_token` (session key) to pass in every other Call API request, plus
        `expire_at`, the moment the key stops being accepted.

        A session key obtained this way lives for one hour. When it has expired, call
        `login.user` again to get a new one. Instead of session keys, requests may also
        carry the permanent authentication key shown in the customer's personal account
        ("Access by key"); that key needs no login.

        Args:
            login: Login of the account user.
            password: Password of the account user.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            LoginUserResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "login.user",
            {"login": login, "password": password},
            acts_on_call=False,
            result="LoginUserResult",
            needs_token=False,
            secret_answer=True,
        )
        result: LoginUserResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def logout_user(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """End an authentication session and invalidate its session key.

        Closes the session opened by `login.user`: the given session key is discarded and
        can no longer be used for requests.

        Args:
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "logout.user",
            {},
            acts_on_call=False,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def start_employee_call(
        self,
        *,
        first_call: Literal["contact", "employee"],
        virtual_phone_number: str,
        contact: str,
        employee: StartEmployeeCallEmployee | StartEmployeeCallEmployeeParam,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        media_file_id: int | NotGiven = NOT_GIVEN,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        virtual_number_group: float | NotGiven = NOT_GIVEN,
        show_virtual_phone_number: bool | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        employee_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartEmployeeCallResult:
        """Connect an external subscriber directly with one of your employees, without a call scenario.

        Places a two-leg call between the number in `contact` and the employee given in
        `employee`, bypassing any scenario. `first_call` decides which side is dialled
        first. The caller ID shown to the contact is always `virtual_phone_number`; the
        employee sees it too unless `show_virtual_phone_number` is false.

        Optional messages (`contact_message`, `employee_message`, each a media file or TTS
        text) can be played to either leg before the parties are joined; `switch_at_once`
        decides whether the conversation starts as soon as the second party answers (cutting
        the message short) or only after the message has finished. A leg with no message of
        its own, or whose message has finished, hears the `media_file_id` melody (system
        "dialing_music" by default).

        On success the answer carries the `call_session_id` of the new call, which the call
        management methods take.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            first_call: Which side is dialled first: `employee` (the employee from `employee`) or
                `contact` (the called party, usually a client).
            switch_at_once: Controls when the two parties are joined when messages are configured. With
                `first_call: employee` and both messages given: the employee answers and
                hears `employee_message` to the end; only then is `contact` dialled, while
                the employee hears `media_file_id`. When the contact answers, `true` joins
                the conversation immediately, `false` lets the contact hear
                `contact_message` to the end first. With `first_call: contact` and both
                messages given: the contact answers and starts hearing `contact_message`
                while the employee is dialled. When the employee answers, `true` stops the
                contact's message and joins at once, `false` lets both messages play to the
                end first. Whoever finishes their message earlier hears `media_file_id`
                meanwhile. Server default: ``False``.
            early_switching: When true, the employee hears the contact's line while the contact is being
                dialled (e.g. a voicemail greeting) instead of the `media_file_id` melody. Server default: ``False``.
            media_file_id: Id of the system or user media file used as waiting/dialling music. When
                omitted, the system melody `dialing_music` ("Dialing music" / "Forwarding
                music") is used. Ids come from the Data API lists of user and system media
                files.
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. `74993720692`).
                Always the caller ID towards `contact`; also the caller ID towards the
                employee when `show_virtual_phone_number` is true. Available numbers are
                listed by the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically: `fixed`,
                `fixed_for_numa` (fixed per subscriber), `random`, `regional_random`,
                `regional_fixed_for_numa` (regional, fixed per subscriber). If no number
                satisfies the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic phone number management" component. Server default: ``"fixed"``.
            virtual_number_group: Group of the virtual number pool whose settings the call should use. Only
                effective together with a `virtual_phone_usage_rule` other than `fixed`.
            show_virtual_phone_number: Whether the employee sees `virtual_phone_number` as the caller ID. Server default: ``True``.
            contact: Number of the party to call, in E.164 form (e.g. `79091234567`). An
                employee's SIP number is also accepted; employee extension numbers are not.
            external_id: Your own unique id, used to match call events with records in an external
                system.
            dtmf_string: DTMF digits to send to `contact`. Each `.` inserts a one-second pause; e.g.
                `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s
                more. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with - `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            employee: The employee the contact is to be connected with.
            contact_message: Message played to the `contact` leg. When it ends, the `media_file_id`
                melody loops.
            employee_message: Message played to the employee leg. When it ends, the `media_file_id` melody
                loops.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartEmployeeCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            EmployeeNotFoundError: Employee with id {employee_id} not found. It is not your employee.
            NoActivePhoneNumberError: The phone number does not exist or inactive
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsCallRestrictedError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.employee_call",
            {
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "media_file_id": media_file_id,
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "virtual_number_group": virtual_number_group,
                "show_virtual_phone_number": show_virtual_phone_number,
                "contact": contact,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "employee": employee,
                "contact_message": contact_message,
                "employee_message": employee_message,
            },
            acts_on_call=True,
            result="StartEmployeeCallResult",
            external_id=external_id,
        )
        result: StartEmployeeCallResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def start_informer_call(
        self,
        *,
        virtual_phone_number: str,
        contact: str,
        contact_message: Message | MessageParam,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        dialing_timeout: int | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartInformerCallResult:
        """Call a number, play it a media file or a TTS message, then hang up.

        Places a notification call from a virtual number to `contact` and plays the message
        given in `contact_message` (a media file or text for speech synthesis). The call
        ends by itself once the message has finished playing, or when the contact does not
        answer within `dialing_timeout` seconds. The answer carries the id of the new call
        session.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. 74993720692),
                always used as the caller id shown to the contact. The list of virtual
                numbers is available from the REST (Data) API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically. If no number
                matches the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic number management" component. Server default: ``"fixed"``.
            external_id: Caller-chosen unique id used to match the call's events with an external
                system.
            dtmf_string: DTMF digits sent to the `contact` party. Each `.` inserts a one-second
                pause, e.g. `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4
                after 2 s. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with, `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            contact: The number to call in E.164 form (e.g. 79091234567); an employee's SIP
                number is also accepted. Employee extension numbers are not supported.
            dialing_timeout: How long to wait for the contact to answer; the call ends if nobody answers
                in time. Server default: ``30``. Allowed: ``up to 120 seconds``.
            contact_message: The message played to the `contact` party; the call ends after it.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartInformerCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsInvalidParamsError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.informer_call",
            {
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "contact": contact,
                "dialing_timeout": dialing_timeout,
                "contact_message": contact_message,
            },
            acts_on_call=True,
            result="StartInformerCallResult",
            external_id=external_id,
        )
        result: StartInformerCallResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def start_scenario_call(
        self,
        *,
        virtual_phone_number: str,
        contact: str,
        first_call: Literal["contact", "employee"],
        scenario_id: int,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        employee_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartScenarioCallResult:
        """Start a call that is routed by a chosen call-processing scenario.

        Places a call between an external party (`contact`) and the employee(s) picked by
        the scenario given in `scenario_id`. The client needs only a virtual number and one
        or more configured scenarios. `first_call` decides which side is dialled first;
        optional messages can be played to the contact (`contact_message`) and to the
        employee (`employee_message`). The answer carries the id of the new call session.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. 74993720692). It
                is always the caller id shown to the contact; it is also shown to the
                employee when the scenario's forwarding operation is set to display the
                service number. The list of virtual numbers is available from the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically. If no number
                matches the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic number management" component. Server default: ``"fixed"``.
            external_id: Caller-chosen unique id used to match the call's events with an external
                system.
            dtmf_string: DTMF digits sent to the `contact` party. Each `.` inserts a one-second
                pause, e.g. `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4
                after 2 s. Allowed: ``0-9, *, #``.
            contact: The external party's number in E.164 form (e.g. 79091234567); an employee's
                SIP number is also accepted. Employee extension numbers are not supported.
                Without `contact_message` the contact hears the system dialing melody
                (dialing_music).
            first_call: Which side is dialled first, `employee` (from the scenario) or `contact`
                (usually the client).
            switch_at_once: Controls whether the conversation starts as soon as both sides have answered
                (`true`) or only after the message has been played to the end (`false`). -
                `first_call=employee` with an employee message in the scenario and
                `contact_message` given: the employee hears the whole message first, then
                the contact is dialled (the employee hears dialing_music meanwhile). When
                the contact answers, `true` connects them at once; `false` lets the contact
                hear the message to the end first. - `first_call=contact` with
                `contact_message` and an employee message in the scenario: the contact is
                dialled first and hears the message while the employee is dialled. `true`
                cuts the contact's message when the employee answers; `false` plays the
                message to the end for both. Whoever finishes first hears dialing_music.
                `switch_at_once=true` does not work when `contact_message.type` is `tts`. Server default: ``False``.
            early_switching: When `true`, the employee hears what happens on the contact's line while the
                contact is being dialled (e.g. a voicemail greeting). When `false`, the
                employee hears the hold music instead. Server default: ``False``.
            scenario_id: Id of the scenario that routes the call; scenario ids are available from the
                Data API.
            direction: Direction the call is recorded with, `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            contact_message: Message played to the `contact` party. After it ends the system dialing
                melody (dialing_music) loops.
            employee_message: Message played to the employee. If the scenario also defines an employee
                message, the scenario's message plays first and this one after it.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartScenarioCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            ScenarioNotFoundAsInvalidParamsError: Scenario with id {scenario_id} not found
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsInvalidParamsError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.scenario_call",
            {
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "contact": contact,
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "scenario_id": scenario_id,
                "direction": direction,
                "contact_message": contact_message,
                "employee_message": employee_message,
            },
            acts_on_call=True,
            result="StartScenarioCallResult",
            external_id=external_id,
        )
        result: StartScenarioCallResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def start_simple_call(
        self,
        *,
        first_call: Literal["contact", "operator"],
        virtual_phone_number: str,
        contact: str,
        operator: str,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        media_file_id: int | NotGiven = NOT_GIVEN,
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        show_virtual_phone_number: bool | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        operator_confirmation: str | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        operator_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartSimpleCallResult:
        """Connect any external number with an operator number, without an employee or scenario.

        Places a two-leg call between `contact` (any number except the client's own virtual
        numbers) and `operator`, a plain phone number that is not an employee: it does not
        show up as an employee in reports, but the operator can control the call through
        talk options. `first_call` decides which side is dialled first, and
        `operator_confirmation` can require the operator to press a key before being
        connected.

        Optional messages (`contact_message`, `operator_message`, each a media file or TTS
        text) can be played to either leg; `switch_at_once` decides whether a message is cut
        short when the other party answers. A leg with no message of its own, or whose
        message has finished, hears the `media_file_id` melody (system "dialing_music" by
        default). The caller ID towards the contact is `virtual_phone_number`; the operator
        sees it too unless `show_virtual_phone_number` is false.

        On success the answer carries the `call_session_id` of the new call.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            first_call: Which side is dialled first: `operator` (the number in `operator`, who can
                manage the call via talk options) or `contact` (the called party, usually a
                client).
            switch_at_once: Controls whether messages are cut short when the other party answers. With
                `first_call: operator` and `operator_message` given: the operator answers,
                hears the message to the end, then `contact` is dialled while the operator
                hears `media_file_id`. If `contact_message` is given, `true` interrupts it
                for the contact leg, `false` plays it to the end. With `first_call: contact`
                and `contact_message` given: the contact answers and starts hearing the
                message while the operator is dialled. If `operator_message` is given,
                `true` stops the messages on both legs once the operator answers, `false`
                plays them to the end. Whoever finishes their message earlier hears
                `media_file_id` meanwhile. Server default: ``False``.
            early_switching: When true, the operator hears the contact's line while the contact is being
                dialled (e.g. a voicemail greeting) instead of the `media_file_id` melody. Server default: ``False``.
            media_file_id: Id of the system or user media file used as waiting/dialling music. When
                omitted, the system melody `dialing_music` ("Dialing music" / "Forwarding
                music") is used. Ids come from the Data API lists of user and system media
                files.
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. `74993720692`).
                Always the caller ID towards `contact`; also the caller ID towards
                `operator` when `show_virtual_phone_number` is true. Available numbers are
                listed by the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically: `fixed`,
                `fixed_for_numa` (fixed per subscriber), `random`, `regional_random`,
                `regional_fixed_for_numa` (regional, fixed per subscriber). If no number
                satisfies the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic phone number management" component. Server default: ``"fixed"``.
            show_virtual_phone_number: Whether the operator sees `virtual_phone_number` as the caller ID. Server default: ``True``.
            contact: Number of the party to call, in E.164 form (e.g. `79091234567`). An
                employee's SIP number is also accepted; employee extension numbers are not.
                The client's own virtual numbers are refused
                (own_virtual_phone_number_not_allowed).
            external_id: Your own unique id, used to match call events with records in an external
                system.
            dtmf_string: DTMF digits to send to `contact`. Each `.` inserts a one-second pause; e.g.
                `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4 after 2 s
                more. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with - `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            operator: Phone number of the operator the contact is connected with, in E.164 form
                (e.g. `79091234567`). The operator can control the call through talk options
                but is not an employee and is not reported as one.
            operator_confirmation: Key the operator must press to confirm being ready to take the call; `any`
                accepts any key. Allowed: ``0-9, *, #, any``.
            contact_message: Message played to the `contact` leg. When it ends, the `media_file_id`
                melody loops.
            operator_message: Message played to the `operator` leg. When it ends, the `media_file_id`
                melody loops.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartSimpleCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsCallRestrictedError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.simple_call",
            {
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "media_file_id": media_file_id,
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "show_virtual_phone_number": show_virtual_phone_number,
                "contact": contact,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "operator": operator,
                "operator_confirmation": operator_confirmation,
                "contact_message": contact_message,
                "operator_message": operator_message,
            },
            acts_on_call=True,
            result="StartSimpleCallResult",
            external_id=external_id,
        )
        result: StartSimpleCallResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def start_vnumber_call(
        self,
        *,
        virtual_phone_number: str,
        contact: str,
        first_call: Literal["contact", "employee"],
        virtual_phone_usage_rule: (
            Literal[
                "fixed", "fixed_for_numa", "random", "regional_random", "regional_fixed_for_numa"
            ]
            | NotGiven
        ) = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        dtmf_string: str | NotGiven = NOT_GIVEN,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        switch_at_once: bool | NotGiven = NOT_GIVEN,
        early_switching: bool | NotGiven = NOT_GIVEN,
        contact_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartVnumberCallResult:
        """Start a call through a virtual number, routed by the scenario attached to that number.

        Places a call between an external party (`contact`) and the employee(s) chosen by
        the scenario configured on `virtual_phone_number` (the method fails with
        `scenario_not_found` if the number has no scenario). `first_call` decides which side
        is dialled first, and an optional `contact_message` can be played to the contact.
        The answer carries the id of the new call session.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            virtual_phone_number: A virtual number rented by the client, in E.164 form (e.g. 74993720692). It
                is always the caller id shown to the contact; it is also shown to the
                employee when the scenario's forwarding operation is set to display the
                service number. The list of virtual numbers is available from the Data API.
            virtual_phone_usage_rule: Rule for picking the outgoing virtual number dynamically. If no number
                matches the rule, `virtual_phone_number` is used. Rules other than `fixed`
                need the "Automatic number management" component. Server default: ``"fixed"``.
            external_id: Caller-chosen unique id used to match the call's events with an external
                system.
            dtmf_string: DTMF digits sent to the `contact` party. Each `.` inserts a one-second
                pause, e.g. `.12.1..4` sends 12 after 1 s, then 1 after another 1 s, then 4
                after 2 s. Allowed: ``0-9, *, #``.
            direction: Direction the call is recorded with, `in` (incoming) or `out` (outgoing). Server default: ``"in"``.
            contact: The external party's number in E.164 form (e.g. 79091234567); an employee's
                SIP number is also accepted. Employee extension numbers are not supported.
                Without `contact_message` the contact hears the system dialing melody
                (dialing_music).
            first_call: Which side is dialled first, `employee` (from the scenario) or `contact`
                (usually the client).
            switch_at_once: Controls whether the conversation starts as soon as both sides have answered
                (`true`) or only after the message has been played to the end (`false`). -
                `first_call=employee` with an employee message in the scenario and
                `contact_message` given: the employee hears the whole message first, then
                the contact is dialled (the employee hears dialing_music meanwhile). When
                the contact answers, `true` connects them at once; `false` lets the contact
                hear the message to the end first. - `first_call=contact` with
                `contact_message` and an employee message in the scenario: the contact is
                dialled first and hears the message while the employee is dialled. `true`
                cuts the contact's message when the employee answers; `false` plays the
                message to the end for both. Whoever finishes first hears dialing_music.
                `switch_at_once=true` does not work when `contact_message.type` is `tts`. Server default: ``False``.
            early_switching: When `true`, the employee hears what happens on the contact's line while the
                contact is being dialled (e.g. a voicemail greeting). When `false`, the
                employee hears the hold music instead. Server default: ``False``.
            contact_message: Message played to the `contact` party. After it ends the system dialing
                melody (dialing_music) loops.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            StartVnumberCallResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            VirtualPhoneNumberNotFoundError: Virtual phone number {virtual_phone_number} not found. It is not your virtual phone number.
            ScenarioNotFoundAsVirtualNumberError: Virtual phone number does not have a scenario
            OwnVirtualPhoneNumberNotAllowedError: Parameter contact can not contain own virtual phone number
            ContactInBlacklistAsInvalidParamsError: The contact {contact} has been found in the blacklist
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            InvalidParametersCombinationError: The combination of parameters is not permitted
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "start.vnumber_call",
            {
                "virtual_phone_number": virtual_phone_number,
                "virtual_phone_usage_rule": virtual_phone_usage_rule,
                "external_id": external_id,
                "dtmf_string": dtmf_string,
                "direction": direction,
                "contact": contact,
                "first_call": first_call,
                "switch_at_once": switch_at_once,
                "early_switching": early_switching,
                "contact_message": contact_message,
            },
            acts_on_call=True,
            result="StartVnumberCallResult",
            external_id=external_id,
        )
        result: StartVnumberCallResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def add_coach(
        self,
        *,
        call_session_id: int,
        phone_number: str | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Bring a coach into an ongoing conversation.

        Connects a coach to the active call. By default the coach configured for the
        employee in the account settings is used; pass `phone_number` to call a different
        coach instead.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.vnumber_call, start.scenario_call
                and start.employee_call, and also available from the notification server or
                the data API.
            phone_number: Number of the coach to connect when the coach from the account settings
                should not be used. When omitted, the coach set in the employee's settings
                is connected.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            CoachNotFoundError: The coach not found in your settings
            NoActivePhoneNumberError: The phone number does not exist or inactive
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "add.coach",
            {"call_session_id": call_session_id, "phone_number": phone_number},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def block_contact(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Blacklist the other party of an ongoing call.

        Adds the subscriber of the given call session to the account's blacklist while the
        conversation is in progress. The request names no phone number: the call session id
        alone identifies the subscriber to block.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.informer_call, start.vnumber_call,
                start.scenario_call and start.employee_call, and also available from the
                notification server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            DuplicateContactError: The contact with phone number {contact_phone_number} already exists
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "block.contact",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def call_talk_option(
        self,
        *,
        call_session_id: int,
        button: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Trigger one of the talk options configured for the virtual PBX during a live call.

        Fires a talk option (an action bound to a key in the virtual PBX settings, "Virtual
        PBX" -> "Talk options" in the client area) inside an active call session, exactly as
        if the key had been pressed. Keys and their actions are configured in the client
        area; use `list.talk_options` to discover which keys exist and what they do.

        Some options are toggles: invoking them a second time switches them off again (for
        example the voice recorder or calling the coach).

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Identifier of the call session to act on, as returned by the start.*
                methods, the notification server or the data API.
            button: The key bound to the talk option to invoke (e.g. "1"). Keys and their
                actions are defined in the client area; see `list.talk_options`.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            InternalError: Internal error, contact the support service
            ForbiddenError: Permission denied
            CallSessionNotFoundError: Call session not found
            TalkOptionNotFoundError: Talk option not found
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "call.talk_option",
            {"call_session_id": call_session_id, "button": button},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def disconnect_leg(
        self,
        *,
        call_session_id: int,
        leg_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Drop one participant (leg) from an active call.

        Hangs up a single leg of a call session, leaving the other participants connected.
        Leg ids come from `list.calls` or from the notification server.

        Dropping the `contact` leg (the party named in `contact` of `start.employee_call`,
        `start.scenario_call`, `start.informer_call` or `start.vnumber_call`) terminates the
        whole call session, not just that leg.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.informer_call, start.vnumber_call,
                start.scenario_call and start.employee_call, and also available from the
                notification server or the data API.
            leg_id: Id of the leg (call participant) to disconnect, as reported by the
                notification server.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            LegNotFoundError: The call's leg not found
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "disconnect.leg",
            {"call_session_id": call_session_id, "leg_id": leg_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def hold_call(
        self,
        *,
        call_session_id: int,
        contact_message: Message | MessageParam,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Put a call on hold, playing a media file or TTS text to the caller.

        Puts the call session on hold. While the call is held, the calling party (the
        `contact` number of a start.* call, or the subscriber who dialled the virtual PBX)
        hears the message given in `contact_message`: either a media file (system or user
        file, by id) or a text voiced by the Text-to-Speech service.

        Only allowed while the call is in the talk state. Use unhold.call to resume the
        conversation.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: talk.

        Args:
            call_session_id: Identifier of the call session to hold, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or as reported by the
                notification server or the data API.
            contact_message: Message played to the calling party while the call is held. The calling
                party is the `contact` number of start.informer_call, start.vnumber_call,
                start.scenario_call or start.employee_call, or the subscriber who called the
                virtual PBX.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            MediaFileNotFoundError: The media file with id {media_file_id} not found
            TtsTextExceededError: The maximum length of Text-to-Speech message is {tts_message_max_length}. The length of your message is {sent_tts_message_length}
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "hold.call",
            {"call_session_id": call_session_id, "contact_message": contact_message},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def list_calls(
        self,
        *,
        direction: Literal["in", "out"] | NotGiven = NOT_GIVEN,
        virtual_phone_number: str | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResultList[ListCallsResult]:
        """List the calls currently in progress, with their tags and participants.

        Returns one entry per active call session: its id, direction, start time, the
        virtual number and the contact's number, the tags already put on it and every leg
        (participant) with the leg's numbers, the employee behind it, whether recording is
        on and the leg's current status.

        The list can be narrowed to one direction and/or to calls through one virtual
        number. The returned `call_session_id` and `leg_id` values are what the other call-
        management methods take.

        Args:
            direction: Return only incoming (`in`) or only outgoing (`out`) sessions. When omitted,
                sessions of both directions are returned.
            virtual_phone_number: Return only the active calls that go through this virtual number. The number
                has to start with 7 (e.g. "74951045771").
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            ResultList[ListCallsResult]: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "list.calls",
            {"direction": direction, "virtual_phone_number": virtual_phone_number},
            acts_on_call=False,
            result="ListCallsResult",
            many=True,
        )
        result: ResultList[ListCallsResult] = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def list_talk_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ResultList[ListTalkOptionsResult]:
        """List the talk options configured for the virtual PBX.

        Returns every talk option set up in the client area ("Virtual PBX" -> "Talk
        options"): the key that triggers it, what kind of action it is, its display name
        and, for options bound to a specific object (a tag, a scenario, ...), which object
        that is. Use the `button` values with `call.talk_option`.

        Args:
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            ResultList[ListTalkOptionsResult]: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "list.talk_options",
            {},
            acts_on_call=False,
            result="ListTalkOptionsResult",
            many=True,
        )
        result: ResultList[ListTalkOptionsResult] = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def make_call(
        self,
        *,
        call_session_id: int,
        to: str,
        to_message: Message | MessageParam | NotGiven = NOT_GIVEN,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Place a second call from a held conversation, for a transfer or a consultation.

        Dials a new party (`to`) while the current conversation is on hold, so the operator
        can consult that party or go on to hand the caller over with `transfer.talk` (or
        come back with `restore.talk`). It only works after `hold.call` has been applied to
        the session.

        Optionally a message (media file or Text-to-Speech text) can be played to the
        dialled party first; the held subscriber keeps waiting until that message has been
        played in full.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: hold.

        Args:
            call_session_id: Id of the call session to act on, as returned by start.informer_call,
                start.vnumber_call, start.scenario_call or start.employee_call, or delivered
                by the notification server or the data API.
            to: Number to dial. Written in E.164; it may be an internal (extension) number,
                an external number, an employee's number or a SIP number.
            to_message: Message played to the dialled party (`to`) before the connection; the held
                subscriber waits until it has finished.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            CharacterEncodingNotAllowedError: The character encoding must be UTF-8
            NoActivePhoneNumberError: The phone number does not exist or inactive
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "make.call",
            {"call_session_id": call_session_id, "to": to, "to_message": to_message},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def record_call(
        self,
        *,
        call_session_id: int,
        action: Literal["on", "off"],
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Start or stop recording of an active conversation.

        Turns recording of the current conversation on or off. Recording that is enabled
        globally (the employee-level setting in the account) cannot be switched off through
        this method; such an attempt is refused with `forbidden`.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the call session; returned by start.informer_call, start.vnumber_call,
                start.scenario_call and start.employee_call, and also available from the
                notification server or the data API.
            action: `on` starts recording the conversation, `off` stops it.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ForbiddenError: Permission denied
            RecordAlreadyStartedError: The call record is already started
            RecordAlreadyStoppedError: The call record is not enabled
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "record.call",
            {"call_session_id": call_session_id, "action": action},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def release_call(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """End (release) a call session.

        Terminates the call session identified by `call_session_id`, hanging up all of its
        participants.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Identifier of the call session to end, as returned by start.informer_call,
                start.vnumber_call, start.scenario_call or start.employee_call, or as
                reported by the notification server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "release.call",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def restore_talk(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Return the operator to the held caller after a consultation started with make.call.

        Ends the consultation leg opened with `make.call` and reconnects the operator with
        the original subscriber, instead of transferring them. Usable only after
        `make.call`, while the call is in the `dialing` or `operator_talk` state.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: dialing, operator_talk.

        Args:
            call_session_id: Id of the call session to act on, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or delivered by the notification
                server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "restore.talk",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def send_dtmf(
        self,
        *,
        call_session_id: int,
        dtmf_string: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Send a DTMF tone on behalf of the employee in an active call.

        Plays a DTMF digit towards the remote party of a call, as if the employee had
        pressed a key. Typical use: an outgoing call from the virtual PBX reaches a
        counterpart's IVR and a menu item has to be chosen there. The tone goes to the
        subscriber given as `contact` when the call was started.

        Only one character can be sent per request. The same mechanism can also trigger talk
        options configured in the client area; on outgoing calls these become usable only 30
        seconds into the call (en_old says incoming calls; see the `dtmf_string` notes).

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Identifier of the call session to act on, as returned by the start.*
                methods, the notification server or the data API.
            dtmf_string: The DTMF symbol to send to the subscriber that was given as `contact`
                (applies to outgoing calls from the virtual PBX to the called party). Talk
                options configured in the client area can be invoked this way too. Allowed: ``0-9, *, #``.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "send.dtmf",
            {"call_session_id": call_session_id, "dtmf_string": dtmf_string},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def tag_call(
        self,
        *,
        call_session_id: int,
        tag_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Attach a tag to a call that is still in progress.

        Sets one of the account's tags (by `tag_id`) on an active call session. Calls that
        have already ended cannot be tagged here; use the data API's call-tagging method for
        them. Tag ids come from the data API's tag list.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Args:
            call_session_id: Id of the active call session, as returned by start.informer_call,
                start.vnumber_call, start.scenario_call or start.employee_call, or delivered
                by the notification server or the data API.
            tag_id: Id of the tag to set, as listed by the data API's tag list method.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            TagNotFoundError: Tag with {tag_id} not found
            DuplicateTagError: Duplicate tag
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "tag.call",
            {"call_session_id": call_session_id, "tag_id": tag_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def transfer_talk(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Hand the held caller over to the party dialled with make.call.

        Completes a transfer: the subscriber who was put on hold is connected to the party
        the operator dialled with `make.call` (another employee or an external number), and
        the operator drops out. Usable only after `make.call`, while that second call is
        still ringing (`dialing`) or the operator is already talking to the dialled party
        (`operator_talk`).

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: dialing, operator_talk.

        Args:
            call_session_id: Id of the call session to act on, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or delivered by the notification
                server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "transfer.talk",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result

    async def unhold_call(
        self,
        *,
        call_session_id: int,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Take a held call off hold.

        Resumes a call session previously put on hold with hold.call. Only valid while the
        call is in the hold state.

        Acts on a call: never sent again by the client once the request may have reached the server.

        Allowed in call states: hold.

        Args:
            call_session_id: Identifier of the held call session, as returned by start.vnumber_call,
                start.scenario_call or start.employee_call, or as reported by the
                notification server or the data API.
            timeout: Seconds this call may take in all (default: the client's ``timeout``).
            max_retries: Retries for this call (default: the client's ``max_retries``).
            extra_params: More wire parameters to send, e.g. ones the spec does not list.
            extra_headers: More HTTP headers for this request.

        Returns:
            SuccessResult: ``result.data`` of the answer; ``.metadata`` holds the answer's metadata.

        Raises:
            InvalidStateError: This method can not be called in this state
            ApiError: Any other error answer (see the common errors).
            AmbiguousOutcomeError: The request may have acted, but no answer came.
            TransportError: No answer (connection failed or timed out).
            ProtocolError: The answer was not a valid JSON-RPC answer.
            MissingCredentialsError: The client has no key and no login.
            ClientClosedError: The client was closed.
        """
        call = Call(
            "unhold.call",
            {"call_session_id": call_session_id},
            acts_on_call=True,
            result="SuccessResult",
        )
        result: SuccessResult = await self._send(
            call, timeout, max_retries, extra_params, extra_headers
        )
        return result


class _AsyncRawClient:
    """``AsyncClient.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, client: AsyncClient) -> None:
        self.login_user = _returns_raw_async(client.login_user)
        self.logout_user = _returns_raw_async(client.logout_user)
        self.start_employee_call = _returns_raw_async(client.start_employee_call)
        self.start_informer_call = _returns_raw_async(client.start_informer_call)
        self.start_scenario_call = _returns_raw_async(client.start_scenario_call)
        self.start_simple_call = _returns_raw_async(client.start_simple_call)
        self.start_vnumber_call = _returns_raw_async(client.start_vnumber_call)
        self.add_coach = _returns_raw_async(client.add_coach)
        self.block_contact = _returns_raw_async(client.block_contact)
        self.call_talk_option = _returns_raw_async(client.call_talk_option)
        self.disconnect_leg = _returns_raw_async(client.disconnect_leg)
        self.hold_call = _returns_raw_async(client.hold_call)
        self.list_calls = _returns_raw_async(client.list_calls)
        self.list_talk_options = _returns_raw_async(client.list_talk_options)
        self.make_call = _returns_raw_async(client.make_call)
        self.record_call = _returns_raw_async(client.record_call)
        self.release_call = _returns_raw_async(client.release_call)
        self.restore_talk = _returns_raw_async(client.restore_talk)
        self.send_dtmf = _returns_raw_async(client.send_dtmf)
        self.tag_call = _returns_raw_async(client.tag_call)
        self.transfer_talk = _returns_raw_async(client.transfer_talk)
        self.unhold_call = _returns_raw_async(client.unhold_call)


def _merged(headers: httpx.Headers | None, more: Mapping[str, str]) -> httpx.Headers:
    """``headers`` with ``more`` replacing the headers of the same name (in any case)."""
    merged = httpx.Headers(headers)
    merged.update(more)
    return merged


def _cut_off(size: int, request: httpx.Request) -> Exception:
    """The error for an answer that is too large, or still arriving when the deadline passed."""
    if size > MAX_ANSWER_BYTES:
        return ProtocolError(f"the answer is larger than {MAX_ANSWER_BYTES} bytes")
    return httpx.ReadTimeout(
        "the call's deadline passed while the answer was arriving", request=request
    )
