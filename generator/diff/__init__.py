"""Semantic diff of two versions of the API, classified for the wire and for the SDKs.

``load_side`` reads a spec folder or spec/ at a git revision into the normalized model,
``compare`` lists the differences as ``Change``s, ``report`` prints them.
"""

from .changes import SEVERITIES, Change, bump_for, severity
from .compare import compare
from .report import FAIL_ON, as_json, as_text, fails
from .sources import DiffInputError, Side, load_side, spec_tree_id

__all__ = [
    "FAIL_ON",
    "SEVERITIES",
    "Change",
    "DiffInputError",
    "Side",
    "as_json",
    "as_text",
    "bump_for",
    "compare",
    "fails",
    "load_side",
    "severity",
    "spec_tree_id",
]
