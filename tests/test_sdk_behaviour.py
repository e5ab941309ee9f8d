"""What an integrator relies on beyond the happy path: endpoints, credentials, malformed
answers, metadata and deprecation, and the retry policy (never re-sending a call-starting
method once its request may have reached the server)."""

from __future__ import annotations

import asyncio
import copy
import logging
import pickle
import warnings

import callapi
import httpx
import pytest

from tests.support.server import Reply

TOKEN = "s3cr3t-t0ken-value"
OK = {"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}}}
HOLD = {"call_session_id": 1, "contact_message": {"type": "tts", "value": "wait"}}


def test_brand_and_version_choose_the_endpoint() -> None:
    assert callapi.Client(brand="uis").url == "https://callapi.uiscom.ru/v4.0"
    assert callapi.Client(brand="novofon", version="4.1").url == "https://callapi-jsonrpc.novofon.ru/v4.1"
    assert callapi.Client(base_url="http://127.0.0.1:9/v4.0/").url == "http://127.0.0.1:9/v4.0"
    with pytest.raises(ValueError, match="unknown brand 'acme'"):
        callapi.Client(brand="acme")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="or base_url="):
        callapi.Client()


def test_tls_verification_is_on_by_default() -> None:
    client = callapi.Client(brand="uis")
    pool = client._http._transport._pool
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"


def test_secrets_never_show(server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = callapi.Client(TOKEN, base_url=server.url)
    assert TOKEN not in repr(client) and TOKEN not in str(client)
    server.reply({"jsonrpc": "2.0", "id": "$id", "error": {"code": -32602, "message": "Data supplied is of wrong type",
                  "data": {"mnemonic": "data_type_error", "field": "access_token", "value": TOKEN}}})  # fmt: skip
    with pytest.raises(callapi.DataTypeError) as caught:
        client.hold_call(**HOLD)
    exc = caught.value
    for text in (str(exc), repr(exc), repr(exc.data), str(exc.value)):
        assert TOKEN not in text
    assert TOKEN not in caplog.text


def test_login_user_stores_the_session_key_and_logout_drops_it(server) -> None:
    client = callapi.Client(base_url=server.url)
    with pytest.raises(callapi.CallApiError, match="no access token"):
        client.hold_call(**HOLD)
    assert server.requests == []
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"access_token": "k1", "expire_at": 1475853742}}})
    result = client.login_user(login="user", password="pw")
    assert result.access_token == "k1" and client.access_token == "k1"
    assert "access_token" not in server.requests[-1]["params"]
    server.reply(OK)
    client.logout_user()
    assert server.requests[-1]["params"] == {"access_token": "k1"}
    assert client.access_token is None


def test_optional_parameters_left_out_are_not_sent(server) -> None:
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"call_session_id": 5}}})
    client = callapi.Client(TOKEN, base_url=server.url)
    result = client.start_simple_call(
        first_call="contact", virtual_phone_number="74993720692", contact="79260000000", operator="79262444491"
    )
    assert result.call_session_id == 5
    assert set(server.requests[-1]["params"]) == {"access_token", "first_call", "virtual_phone_number", "contact", "operator"}


def test_models_are_accepted_for_nested_parameters(server) -> None:
    server.reply(OK)
    message = callapi.Message(type="media", value="2034")
    callapi.Client(TOKEN, base_url=server.url).hold_call(call_session_id=1, contact_message=message)
    assert server.requests[-1]["params"]["contact_message"] == {"type": "media", "value": "2034"}


METADATA = {
    "limits": {"day_limit": 10, "day_remaining": 9, "day_reset": 1, "minute_limit": 5, "minute_remaining": 4, "minute_reset": 1}
}


@pytest.mark.parametrize("spelling", ["current_version_depricated", "current_version_deprecated"])
def test_metadata_and_deprecation_warning(server, spelling: str) -> None:
    metadata = {**METADATA, "api_version": {spelling: True, "current_version": "4.0", "latest_version": "4.1"}}
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": [], "metadata": metadata}})
    with pytest.warns(DeprecationWarning, match="4.0 is deprecated; the latest is 4.1") as caught:
        calls = callapi.Client(TOKEN, base_url=server.url).list_calls()
    ours = [w for w in caught if "is deprecated; the latest is" in str(w.message)]
    assert [w.filename for w in ours] == [__file__]  # the warning points at the caller's line
    assert calls == [] and calls.metadata is not None
    assert calls.metadata.limits.minute_remaining == 4
    assert calls.metadata.api_version.current_version_depricated is True


def test_no_warning_for_a_current_version(server) -> None:
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}, "metadata": METADATA}})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = callapi.Client(TOKEN, base_url=server.url).hold_call(**HOLD)
    assert result.metadata.limits.day_limit == 10


@pytest.mark.parametrize("where", ["result", "envelope"])
def test_metadata_that_does_not_fit_is_ignored_not_fatal(server, caplog: pytest.LogCaptureFixture, where: str) -> None:
    client = callapi.Client(TOKEN, base_url=server.url)
    for metadata, expected in ((METADATA, 9), ({"limits": {**METADATA["limits"], "day_remaining": "many"}}, None)):
        answer = {"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}}}
        (answer["result"] if where == "result" else answer)["metadata"] = metadata
        server.reply(answer)
        result = client.hold_call(**HOLD)
        assert result.success is True
        assert (result.metadata.limits.day_remaining if result.metadata else None) == expected
    assert "ignoring metadata of the answer to hold.call" in caplog.text


def test_metadata_stays_with_copies_of_a_result(server) -> None:
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": True}, "metadata": METADATA}})
    result = callapi.Client(TOKEN, base_url=server.url).hold_call(**HOLD)
    for copied in (result.model_copy(), copy.deepcopy(result), pickle.loads(pickle.dumps(result))):
        assert copied == result and copied.metadata == result.metadata
    built = type(result)(success=True)
    assert built.metadata is None and built != result  # the metadata is part of what the result says
    assert built.model_dump() == result.model_dump() == {"success": True}


@pytest.mark.parametrize("spelling", ["batch_opreations_not_supported", "batch_operations_not_supported"])
def test_both_wire_spellings_of_a_mnemonic_map_to_one_class(server, spelling: str) -> None:
    server.reply({"jsonrpc": "2.0", "id": "$id", "error": {"code": -32099, "message": "Batch operations not supported",
                  "data": {"mnemonic": spelling}}})  # fmt: skip
    with pytest.raises(callapi.BatchOperationsNotSupportedError) as caught:
        callapi.Client(TOKEN, base_url=server.url).hold_call(**HOLD)
    assert isinstance(caught.value, callapi.UnsupportedFeatureError)


def test_unknown_mnemonic_and_unknown_code_fall_back(server) -> None:
    client = callapi.Client(TOKEN, base_url=server.url)
    server.reply({"jsonrpc": "2.0", "id": "$id", "error": {"code": -32602, "message": "new", "data": {"mnemonic": "brand_new"}}})
    with pytest.raises(callapi.InvalidParamsError) as caught:
        client.hold_call(**HOLD)
    assert type(caught.value) is callapi.InvalidParamsError and caught.value.mnemonic == "brand_new"
    server.reply({"jsonrpc": "2.0", "id": "$id", "error": {"code": -31000, "message": "odd"}})
    with pytest.raises(callapi.ApiError) as caught:
        client.hold_call(**HOLD)
    assert type(caught.value) is callapi.ApiError and caught.value.code == -31000
    # a known mnemonic under an undocumented code is caught both ways
    server.reply(
        {"jsonrpc": "2.0", "id": "$id", "error": {"code": -32003, "message": "x", "data": {"mnemonic": "invalid_state"}}}
    )
    with pytest.raises(callapi.InvalidStateError) as caught:
        client.hold_call(**HOLD)
    assert isinstance(caught.value, callapi.AccessDeniedError)


@pytest.mark.parametrize(
    ("reply", "match"),
    [
        ({"raw": b"<html>oops</html>"}, "is not JSON"),
        ({"raw": b"[1, 2]"}, "is not a JSON object"),
        ({"body": {"jsonrpc": "2.0", "id": 999999, "result": {"data": {}}}}, "has id 999999"),
        ({"body": {"jsonrpc": "2.0", "id": "$id"}}, "neither result.data nor error"),
        (
            {"body": {"jsonrpc": "2.0", "id": "$id", "result": {"data": {"success": "perhaps"}}}},
            "does not fit the documented result",
        ),
        ({"body": {"jsonrpc": "2.0", "id": "$id", "error": {"message": "no code"}}}, "without a numeric code"),
        ({"body": {"jsonrpc": "2.0"}, "status": 500}, "HTTP 500"),
    ],
)
def test_malformed_answers_raise_protocol_error(server, reply: dict, match: str) -> None:
    server.reply(**reply)
    with pytest.raises(callapi.ProtocolError, match=match) as caught:
        callapi.Client(TOKEN, base_url=server.url, max_retries=0).hold_call(**HOLD)
    assert caught.value.raw  # the raw answer is kept for diagnosis


def test_a_call_acting_method_is_not_resent_after_a_timeout(server) -> None:
    server.reply(OK, delay=0.5)
    client = callapi.Client(TOKEN, base_url=server.url, timeout=0.2, max_retries=3)
    with pytest.raises(callapi.AmbiguousOutcomeError, match="hold.call: no answer") as caught:
        client.hold_call(**HOLD)
    assert caught.value.method == "hold.call" and "list.calls" in str(caught.value)
    assert len(server.requests) == 1


def test_a_call_acting_method_is_not_resent_after_a_gateway_error(server) -> None:
    server.reply({"jsonrpc": "2.0"}, status=503)
    with pytest.raises(callapi.AmbiguousOutcomeError, match="HTTP 503 from a gateway") as caught:
        callapi.Client(TOKEN, base_url=server.url, max_retries=3).start_simple_call(
            first_call="contact", virtual_phone_number="1", contact="2", operator="3", external_id="ext-7"
        )
    assert caught.value.external_id == "ext-7" and "'ext-7'" in str(caught.value)
    assert len(server.requests) == 1


def test_a_safe_method_is_retried_and_the_reason_logged(server, caplog: pytest.LogCaptureFixture, monkeypatch) -> None:
    monkeypatch.setattr(callapi._core, "retry_delay", lambda attempt: 0.0)
    monkeypatch.setattr(callapi._client, "retry_delay", lambda attempt: 0.0)
    caplog.set_level(logging.INFO, logger="callapi")
    server.reply({"jsonrpc": "2.0"}, status=503)
    server.reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": []}})
    assert callapi.Client(TOKEN, base_url=server.url, max_retries=2).list_calls() == []
    assert len(server.requests) == 2
    assert "retrying list.calls" in caplog.text and "HTTP 503" in caplog.text


def test_a_request_that_never_left_is_retried_even_for_call_methods(monkeypatch) -> None:
    monkeypatch.setattr(callapi._client, "retry_delay", lambda attempt: 0.0)
    attempts = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(
            200,
            json={"jsonrpc": "2.0", "id": __import__("json").loads(request.content)["id"], "result": {"data": {"success": True}}},
        )

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = callapi.Client(TOKEN, base_url="http://test/v4.0", http_client=http)
    assert client.hold_call(**HOLD).success is True
    assert len(attempts) == 2


def test_unreachable_server_raises_transport_error() -> None:
    client = callapi.Client(TOKEN, base_url="http://127.0.0.1:9/v4.0", max_retries=0)
    with pytest.raises(callapi.TransportError):
        client.list_calls()


def test_2000_concurrent_async_calls_all_complete_with_their_own_answers(server) -> None:
    # each answer carries a value taken from its own request, so a mix-up would show
    server.default = Reply({"jsonrpc": "2.0", "id": "$id", "result": {"data": {"call_session_id": "$param:contact"}}})

    async def main() -> list[int]:
        async with callapi.AsyncClient(TOKEN, base_url=server.url) as client:

            async def one(i: int) -> int:
                call = await client.start_simple_call(
                    first_call="contact", virtual_phone_number="1", contact=str(i), operator="3"
                )
                assert call.call_session_id == i
                return i

            return list(await asyncio.gather(*(one(i) for i in range(2000))))

    assert asyncio.run(main()) == list(range(2000))
    assert len(server.requests) == 2000
    assert len({r["id"] for r in server.requests}) == 2000
