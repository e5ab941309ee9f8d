"""The Russian edition of the docs site: the same templates with the spec's Russian texts and Russian UI
strings, served under /ru/ by mkdocs-static-i18n; code, wire names and the API's English error messages
unchanged. In headless Chromium: both languages open, the language selector keeps the page, and the
search finds Russian words of parameter descriptions on the Russian pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.model import Api
from tests.conftest import ROOT
from tests.docs_support.browser import Browser, find_chromium, search_hits
from tests.docs_support.servers import serve_folder

ARTIFACTS = ROOT / "artifacts"
FENCE = re.compile(r"^[ ]*(`{3,})([a-z]*)\n(.*?)\n[ ]*\1$", re.MULTILINE | re.DOTALL)
UI_STRINGS = ROOT / "templates" / "docs" / "i18n" / "ru.yaml"


@pytest.fixture(scope="module")
def built(docs_site: Path) -> Path:
    """The rendered docs target with its site built into <root>/site; returns <root>."""
    return docs_site


def pages(api: Api) -> list[str]:
    pages = ["index.md", "sdk.md", "states.md", "testing.md", "errors.md", "components.md", "editions.md"]
    return pages + [f"methods/{m.wire}.md" for m in api.methods]


def markdown(built: Path, page: str, language: str = "en") -> str:
    folder = built / "docs" / "pages"
    return (folder / page if language == "en" else folder / language / page).read_text("utf-8")


def without_code(text: str) -> str:
    return re.sub(r"`[^`\n]*`", "", FENCE.sub("", text))


def test_every_page_is_built_in_both_languages(built: Path, api: Api) -> None:
    site = built / "site"
    for page in pages(api):
        html = "index.html" if page == "index.md" else page.removesuffix(".md") + "/index.html"
        assert (site / html).is_file(), html
        assert (site / "ru" / html).is_file(), f"ru/{html}"
        assert '<html lang="ru"' in (site / "ru" / html).read_text("utf-8")
    assert '<html lang="en"' in (site / "index.html").read_text("utf-8")
    config = yaml.safe_load((site / "search" / "search_index.json").read_text("utf-8"))["config"]
    assert config["lang"] == ["en", "ru"]  # lunr's Russian stemmer is loaded beside the English one


def test_russian_pages_keep_code_wire_names_and_english_messages(built: Path, api: Api) -> None:
    for page in pages(api):
        en, ru = markdown(built, page), markdown(built, page, "ru")
        assert FENCE.findall(ru) == FENCE.findall(en), f"{page}: code samples must be the same"
        assert re.findall(r"\]\((?!\.\./index\.md|index\.md)([^)]*)\)", ru) == re.findall(
            r"\]\((?!\.\./index\.md|index\.md)([^)]*)\)", en
        ), f"{page}: the same links"
        assert re.findall(r"`[^`\n]+`", FENCE.sub("", ru)) != [], page
    ru_api = api.in_language("ru")
    for method, ru_method in zip(api.methods, ru_api.methods):
        ru = markdown(built, f"methods/{method.wire}.md", "ru")
        assert ru.startswith(f"# {method.wire}\n")
        assert f"<strong>{ru_method.summary}</strong>" in ru
        for e in method.errors:
            assert f"`{e.message}`" in ru, (method.wire, e.mnemonic)  # the API's own words stay English
        # the SDK is the same one: its names, and the same SDK section linked from both languages
        for name in (f"Client.{method.names.snake}()", f"AsyncClient.{method.names.snake}()", method.result.model_name):
            assert name in ru
        assert "[Python SDK](../index.md#the-sdks)" in ru and "[Клиент TypeScript](../index.md#the-sdks)" in ru
        assert f"({'client.' + method.names.camel + '()'})" not in ru and f"`client.{method.names.camel}()`" in ru
    errors = markdown(built, "errors.md", "ru")
    for e in api.errors:
        assert f"\n### {e.mnemonic}\n" in errors and f"`{e.message}`" in errors


def test_russian_pages_are_in_russian(built: Path, api: Api) -> None:
    ui = yaml.safe_load(UI_STRINGS.read_text("utf-8"))
    # the longest stretch of each English UI sentence that is neither a placeholder nor code
    fragments = [max(re.split(r"%\(\w+\)s|`[^`]*`", english), key=len).strip()[:40] for english in ui]
    fragments = [f for f in fragments if len(f.split()) >= 3]
    assert len(fragments) > 20
    for page in pages(api):
        prose = without_code(markdown(built, page, "ru"))
        for fragment in fragments:
            assert fragment not in prose, (page, fragment)
    method = markdown(built, "methods/hold.call.md", "ru")
    for heading in ("## Параметры", "## Результат", "## Ошибки", "## Примеры", "## Как вызвать", "## Источники и редакции"):
        assert f"\n{heading}\n" in method
    assert "| Имя | Тип | Описание |" in method
    components = markdown(built, "components.md", "ru")
    for component in api.components:
        assert f"## {component.vendor_name}" in components  # the vendor's own Russian names


# -- in a browser -----------------------------------------------------------------------------------

LANGUAGE_LINK = "document.querySelector('a.md-select__link[hreflang={lang}]')"
HEADINGS = "[...document.querySelectorAll('article h2')].map((h) => h.firstChild.textContent.trim())"


def switch_language(browser: Browser, language: str) -> None:
    link = LANGUAGE_LINK.format(lang=language)
    assert browser.evaluate(f"!!{link}"), f"no language selector entry for {language}"
    target = browser.evaluate(f"{link}.href")
    browser.evaluate(f"setTimeout(() => {link}.click(), 0)")  # click after this call returns: it leaves the page
    browser.wait_for(f"location.href === {json.dumps(target)} && document.readyState === 'complete'", f"the {language} page")


def test_both_languages_in_headless_chromium(built: Path, api: Api, tmp_path: Path) -> None:
    binary = find_chromium()
    if binary is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium); the browser test needs it")
    ru_api = api.in_language("ru")
    with serve_folder(built / "site") as base, Browser(binary, tmp_path / "profile") as browser:
        # both editions open, each in its language, each linking its own method pages
        for prefix, language, title in (("", "en", "Call API"), ("/ru", "ru", "Call API")):
            browser.goto(f"{base}{prefix}/")
            assert browser.evaluate("document.documentElement.lang") == language
            assert title in browser.evaluate("document.title")
            links = browser.evaluate("[...document.querySelectorAll('article a[href]')].map((a) => a.href)")
            for method in api.methods:
                assert f"{base}{prefix}/methods/{method.wire}/" in links, (language, method.wire)
        assert browser.evaluate("document.querySelector('input.md-search__input').placeholder") == "Поиск"

        # the language selector keeps the method: English -> Russian -> English
        for method in (api.methods[0], next(m for m in api.methods if m.wire == "hold.call")):
            browser.goto(f"{base}/methods/{method.wire}/")
            switch_language(browser, "ru")
            assert browser.evaluate("location.href") == f"{base}/ru/methods/{method.wire}/"
            assert browser.evaluate("document.querySelector('article h1').textContent").startswith(method.wire)
            assert "Параметры" in browser.evaluate(HEADINGS)
            summary = next(m for m in ru_api.methods if m.wire == method.wire).summary
            assert summary in browser.evaluate("document.querySelector('article').textContent")
            switch_language(browser, "en")
            assert browser.evaluate("location.href") == f"{base}/methods/{method.wire}/"
            assert "Parameters" in browser.evaluate(HEADINGS)

        # a Russian word of a parameter description finds its page: start.employee_call's virtual_number_group
        # speaks of a "пула" (genitive); the reader types the word's dictionary form "пул"
        employee_call = next(m for m in ru_api.methods if m.wire == "start.employee_call")
        group = next(p for p in employee_call.params if p.name and p.name.wire == "virtual_number_group")
        assert "пула" in group.description
        browser.goto(f"{base}/ru/")
        hits = search_hits(browser, "пул", f"{base}/ru/methods/start.employee_call/")
        assert any(h.startswith(f"{base}/ru/methods/start.employee_call/") for h in hits), hits
        # and the common stem of a word's forms: "удержани" (удержание, удержания, удержанием) finds hold.call
        browser.goto(f"{base}/ru/methods/start.employee_call/")
        hits = search_hits(browser, "удержани", f"{base}/ru/methods/hold.call/")
        assert any(h.startswith(f"{base}/ru/methods/hold.call/") for h in hits), hits

        # what a Russian-speaking integrator sees: a method page and the error catalogue
        browser.goto(f"{base}/ru/methods/hold.call/")
        browser.screenshot(ARTIFACTS / "docs-ru-method.png")
        browser.goto(f"{base}/ru/errors/")
        assert browser.evaluate("document.querySelector('article h1').textContent").startswith("Ошибки")
        browser.evaluate("document.getElementById('common-errors').scrollIntoView(); window.scrollBy(0, -64)")
        browser.wait_for("document.getAnimations().length === 0", "the header to settle after scrolling")
        browser.screenshot(ARTIFACTS / "docs-ru-errors.png")
        for shot in ("docs-ru-method.png", "docs-ru-errors.png"):
            assert (ARTIFACTS / shot).stat().st_size > 10_000
        assert browser.exceptions == [], browser.exceptions
