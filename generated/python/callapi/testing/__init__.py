# Generated from spec/ by `python -m generator`; do not edit.
"""A stateful simulator of the Call API, for tests that must not ring real phones.

It answers as the docs say the API does: every parameter checked, the documented errors with their
codes, mnemonics and filled-in messages, session keys that expire, call sessions that follow the
call state machine, points limits, and faults on request. Ids and times come from a seed and a
simulated clock, so answers are the same on every run.

In Python::

    from callapi import Client
    from callapi.testing import MockCallApi

    with MockCallApi(seed=1) as api, Client("any-key", base_url=api.url) as client:
        call = client.start_simple_call(...)
        api.advance(3600)  # an hour passes on the simulated clock

With pytest, the ``callapi_mock`` fixture gives a running ``MockCallApi``. From other languages::

    python -m callapi.testing --port 8080 [--seed S] [--access-token T]... [--user LOGIN:PASSWORD]...
"""

from ._server import CONTROL_ACTIONS, MockCallApi
from ._simulator import ApiFault, Limits, Outcome, Simulator, TalkOption, World

__all__ = [
    "CONTROL_ACTIONS",
    "ApiFault",
    "Limits",
    "MockCallApi",
    "Outcome",
    "Simulator",
    "TalkOption",
    "World",
]
