"""Errors: the catalogue of errors.yaml (code groups, mnemonics, the classes the SDKs raise)
and the errors each method lists, bound to their catalogue entries."""

from __future__ import annotations

import re
from typing import Any

from ..loader import SourceFile
from .context import BuildContext, variants
from .naming import combined_error_class_name, error_class_name
from .types import ErrorDef, ErrorGroup, MethodError, Variant

__all__ = ["method_errors", "read_error_catalogue"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def read_error_catalogue(ctx: BuildContext) -> tuple[tuple[ErrorGroup, ...], dict[str, ErrorDef]]:
    """errors.yaml: the code groups and every mnemonic, with the classes the SDKs raise for them."""
    source = ctx.raw.errors
    data = source.data
    ctx.unique(source, ("groups",), data["groups"], "code", "group code")
    ctx.unique(source, ("groups",), data["groups"], "id", "group id")
    ctx.unique(source, ("mnemonics",), data["mnemonics"], "mnemonic", "mnemonic")
    group_codes = {g["code"] for g in data["groups"]}
    group_ids = {g["code"]: g["id"] for g in data["groups"]}
    for i, group in enumerate(data["groups"]):
        ctx.claim_class(error_class_name(group["id"]), f"error group {group['code']}", source, ("groups", i, "id"))
    not_counted = set(ctx.raw.api.data["limits"]["not_counted"])
    defs: dict[str, ErrorDef] = {}
    for i, entry in enumerate(data["mnemonics"]):
        if entry["mnemonic"] in defs:
            continue  # reported as a duplicate above
        for j, code in enumerate(entry["codes"]):
            if code not in group_codes:
                known = ", ".join(str(c) for c in sorted(group_codes))
                ctx.error(
                    source,
                    ("mnemonics", i, "codes", j),
                    f"code {code} of '{entry['mnemonic']}' is in no error group (expected one of: {known})",
                )
        spellings = tuple(Variant(s["spelling"], tuple(s["editions"])) for s in entry.get("spellings", ()))
        for j, s in enumerate(entry.get("spellings", ())):
            ctx.check_editions(source, ("mnemonics", i, "spellings", j, "editions"), s["editions"])
        for j, v in enumerate(entry.get("message_variants", ())):
            ctx.check_editions(source, ("mnemonics", i, "message_variants", j, "editions"), v["editions"])
        class_name = error_class_name(entry.get("preferred_name", entry["mnemonic"]))
        ctx.claim_class(class_name, f"error '{entry['mnemonic']}'", source, ("mnemonics", i, "mnemonic"))
        code_classes = []
        for code in entry["codes"]:
            group_class = error_class_name(group_ids.get(code, "api"))
            raised = class_name
            if len(entry["codes"]) > 1:
                raised = combined_error_class_name(class_name, group_class)
                ctx.claim_class(raised, f"error '{entry['mnemonic']}' with code {code}", source, ("mnemonics", i, "codes"))
            code_classes.append((code, group_class, raised))
        defs[entry["mnemonic"]] = ErrorDef(
            mnemonic=entry["mnemonic"],
            class_name=class_name,
            codes=tuple(entry["codes"]),
            common=entry.get("common", False),
            message=entry["message"],
            description=entry["description"].strip(),
            variants=variants(entry.get("message_variants")),
            spellings=spellings,
            preferred_name=entry.get("preferred_name"),
            placeholders=tuple(dict.fromkeys(_PLACEHOLDER.findall(entry["message"]))),
            counted_in_limits=entry["mnemonic"] not in not_counted,
            code_classes=tuple(code_classes),
            where=source.at(("mnemonics", i, "mnemonic")),
        )
    groups = tuple(
        ErrorGroup(
            code=g["code"],
            id=g["id"],
            class_name=error_class_name(g["id"]),
            description=g["description"].strip(),
            mnemonics=tuple(m for m, d in defs.items() if g["code"] in d.codes),
            where=source.at(("groups", i, "id")),
        )
        for i, g in enumerate(data["groups"])
    )
    api = ctx.raw.api
    for i, mnemonic in enumerate(api.data["limits"]["not_counted"]):
        if mnemonic not in defs:
            ctx.error(api, ("limits", "not_counted", i), f"mnemonic '{mnemonic}' is not defined in errors.yaml")
    return groups, defs


def method_errors(ctx: BuildContext, source: SourceFile, defs: dict[str, ErrorDef]) -> tuple[MethodError, ...]:
    """The errors a method file lists, each bound to its catalogue entry."""
    data: Any = source.data
    errors = []
    for i, e in enumerate(data["errors"]):
        definition = defs.get(e["mnemonic"])
        if definition is None:
            ctx.error(source, ("errors", i, "mnemonic"), f"mnemonic '{e['mnemonic']}' is not defined in errors.yaml")
            continue
        if e["code"] not in definition.codes:
            codes = ", ".join(str(c) for c in definition.codes)
            ctx.error(
                source,
                ("errors", i, "code"),
                f"code {e['code']} is not a documented code of '{e['mnemonic']}' (errors.yaml gives {codes})",
            )
        ctx.check_editions(source, ("errors", i, "editions"), e.get("editions"))
        for j, v in enumerate(e.get("message_variants", ())):
            ctx.check_editions(source, ("errors", i, "message_variants", j, "editions"), v["editions"])
        errors.append(
            MethodError(
                error=definition,
                code=e["code"],
                message=e["message"],
                description=e.get("description", "").strip(),
                variants=variants(e.get("message_variants")),
                editions=tuple(e.get("editions", ())),
            )
        )
    ctx.unique(source, ("errors",), data["errors"], "mnemonic", "error")
    return tuple(errors)
