"""The docs target: the site builds with `mkdocs build --strict`, reads right in headless Chromium (home
page, every method page, the search box), and every Python, curl and TypeScript example on its pages
runs against the simulator (``callapi.testing``), each on a fresh one holding what its documented
example assumes (tests/support/documented.py)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from callapi.testing import MockCallApi

from generator.model import Api, Method
from generator.model.types import MethodError
from generator.pipeline import Paths, Run, render_all
from generator.render.filters import md_text, named_editions
from tests.conftest import ROOT
from tests.docs_support.browser import Browser, find_chromium, search_hits
from tests.docs_support.servers import serve_folder
from tests.support.documented import Case
from tests.ts_support import package

SCREENSHOT = ROOT / "artifacts" / "docs-search.png"
RUNNER = Path(__file__).resolve().parent / "docs_support" / "run_examples.py"
FENCE = re.compile(
    r"^(?P<indent>[ ]*)(?P<fence>`{3,})(?P<lang>[a-z]*)\n(?P<body>.*?)\n(?P=indent)(?P=fence)$", re.MULTILINE | re.DOTALL
)


@dataclass(frozen=True)
class Render:
    root: Path  # holds docs/ (the target) and python/ (the SDK its examples use)
    site: Path  # the built site

    @property
    def pages(self) -> Path:
        return self.root / "docs" / "pages"

    def page(self, name: str) -> str:
        return (self.pages / name).read_text("utf-8")


@pytest.fixture(scope="module")
def render(docs_site: Path) -> Render:
    return Render(docs_site, docs_site / "site")


def code_blocks(markdown: str, lang: str) -> list[str]:
    """The fenced blocks of one language, as the reader copies them (tab indentation removed)."""
    return [textwrap.dedent(m["body"]) for m in FENCE.finditer(markdown) if m["lang"] == lang]


def field_paths(fields: Any, prefix: str = "") -> list[str]:
    paths = []
    for f in fields:
        path = prefix + f.name.wire
        paths.append(path)
        paths += field_paths(f.fields, path + ".")
        if f.items is not None:
            paths += field_paths(f.items.fields, path + "[].")
    return paths


def sdk_class(error: MethodError) -> str:
    """The exception the SDK raises for a method's error under its documented code."""
    return next(cls for code, _, cls in error.error.code_classes if code == error.code)


def endpoint(api: Api) -> str:
    """The brand URL the page examples call."""
    path = str(api.versions["path_template"]).replace("{version}", api.version)
    return f"{api.brands[0].base_url}/{path}"


# -- 1. the build -----------------------------------------------------------------------------------


def test_site_builds_strict_with_a_page_per_method(render: Render, api: Api) -> None:
    for page in ("index.html", "errors/index.html", "components/index.html", "editions/index.html", "search/search_index.json"):
        assert (render.site / page).is_file(), page
    for method in api.methods:
        assert (render.site / "methods" / method.wire / "index.html").is_file(), method.wire
    config = (render.root / "docs" / "mkdocs.yml").read_text("utf-8")
    assert f"site_name: {json.dumps(api.title)}" in config
    for group in api.groups:
        assert json.dumps(group.title) in config
    assert all(f"methods/{m.wire}.md" in config for m in api.methods)


def test_method_pages_carry_tables_errors_and_the_documented_examples(render: Render, api: Api) -> None:
    for method in api.methods:
        text = render.page(f"methods/{method.wire}.md")
        for path in field_paths(method.params) + field_paths(method.result.fields):
            assert f"`{path}` |" in text, (method.wire, path)
        for error in method.errors:
            assert f"[`{error.mnemonic}`](../errors.md#{error.mnemonic})" in text
            assert f"`{sdk_class(error)}`" in text
        assert "(../errors.md#common-errors)" in text
        assert ('!!! warning "Acts on a call"' in text) == method.acts_on_call
        documented = [json.loads(block) for block in code_blocks(text, "json")]
        for example in method.examples:
            assert example.request in documented and example.response in documented, (method.wire, example.title)
        python = code_blocks(text, "python")
        assert len(python) == 2 and "AsyncClient(" in python[1], method.wire
        assert all(f".{method.names.snake}(" in code for code in python)
        (typescript,) = code_blocks(text, "typescript")
        assert 'from "cloudpbx-callapi"' in typescript and f"await client.{method.names.camel}(" in typescript
        assert '??? note "Where the vendor\'s pages disagree"' in text, method.wire
        curl = code_blocks(text, "bash")
        assert len(curl) == 1 and f"'{endpoint(api)}'" in curl[0]
        assert json.loads(curl[0].split("<<'JSON'\n", 1)[1].rsplit("\nJSON", 1)[0]) == method.examples[0].request


def test_errors_and_editions_pages_list_everything(render: Render, api: Api) -> None:
    errors = render.page("errors.md")
    for error in api.errors:
        assert f"\n### {error.mnemonic}\n" in errors
        assert all(f"`{cls}`" in errors for _, _, cls in error.code_classes)
    for group in api.error_groups:
        assert f"\n### {group.code} {group.id}\n" in errors
    editions = render.page("editions.md")
    notes = [n.text for n in api.notes] + [n.text for m in api.methods for n in m.notes]
    for text in notes:
        shown = named_editions(md_text(text), api.editions)
        assert " ".join(shown.split())[:60] in " ".join(editions.split()), text[:60]
    for method in api.methods:
        for own in method.errors:
            for variant in own.variants:
                assert f"`{variant.message}`" in editions
    components = render.page("components.md")
    assert all(f"(methods/{w}.md)" in components for c in api.components for w in c.methods)


# -- 2. in a browser --------------------------------------------------------------------------------

PAGE_FACTS = """(() => {
  const first = (xpath) => document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  const table = first("//h2[@id='parameters']/following::table[1]");
  const codes = [...document.querySelectorAll('pre code')];
  const shown = codes.filter((c) => c.getBoundingClientRect().height > 0).map((c) => c.textContent);
  return {
    title: document.title,
    h1: (document.querySelector('article h1') || {}).textContent || '',
    headers: table ? [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim()) : null,
    names: table ? [...table.querySelectorAll('tbody tr')].map((tr) => tr.cells[0].textContent.trim()) : null,
    tableShown: table ? table.getBoundingClientRect().height > 0 : false,
    codes: codes.map((c) => c.textContent),
    shown: shown,
  };
})()"""

# Horizontal overflow: the page scrolling sideways, or a table wider than its column (a table that
# scrolls inside its wrapper hides its last columns). Code blocks may scroll; they are not counted.
OVERFLOW = """(() => {
  const bad = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) bad.push(`page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
  document.querySelectorAll('article table').forEach((table, i) => {
    const box = table.getBoundingClientRect();
    if (box.width === 0) return;  // in a closed block or another tab
    const wrap = table.closest('.md-typeset__scrollwrap') || table.parentElement;
    const column = table.closest('article').getBoundingClientRect();
    if (wrap.scrollWidth > wrap.clientWidth + 1 || box.right > column.right + 1 || box.left < column.left - 1) {
      const head = table.querySelector('th') ? table.querySelector('th').textContent : '';
      bad.push(`table ${i} (${head}...) is ${Math.round(box.width)} px wide in ${Math.round(wrap.clientWidth)} px`);
    }
  });
  return bad;
})()"""

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as its URL path."""
    pages = [p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")]
    return sorted("/" if p == "." else f"/{p}/" for p in pages if not p.startswith(("search", "assets")))


def test_site_in_headless_chromium(render: Render, api: Api, tmp_path: Path) -> None:
    binary = find_chromium()
    if binary is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium); the browser test needs it")
    sitemap = (render.site / "sitemap.xml").read_text("utf-8")
    assert sitemap.count("<loc>") >= len(api.methods) + 4, "site_url is needed for a sitemap"
    with serve_folder(render.site) as base, Browser(binary, tmp_path / "profile") as browser:
        # Material fetches Mermaid from a CDN unless the page already has it: give every page the pinned copy
        mermaid = (package("mermaid") / "dist" / "mermaid.min.js").read_text("utf-8")
        browser.page("Page.addScriptToEvaluateOnNewDocument", {"source": mermaid})
        browser.goto(base + "/states/")
        drawn = "(document.querySelector('article div.mermaid') || {getBoundingClientRect: () => ({height: 0})})"
        browser.wait_for(
            f"{drawn}.getBoundingClientRect().height > 200", "the call state diagram to be drawn"
        )  # in a closed shadow root
        browser.goto(base + "/")
        assert browser.evaluate("document.title") == api.title
        links = browser.evaluate("[...document.querySelectorAll('a[href]')].map((a) => a.href)")
        for method in api.methods:
            assert f"{base}/methods/{method.wire}/" in links, f"home page does not link {method.wire}"
        headings = browser.evaluate(
            "[...document.querySelectorAll('article h1, article h2, article h3')].map((h) => h.textContent.replace('¶', '').trim())"
        )
        assert [h for h in headings if h.startswith("Authentication")] == ["Authentication"], headings
        assert any(h.startswith("Install") for h in headings), headings

        for method in api.methods:
            browser.goto(f"{base}/methods/{method.wire}/")
            facts = browser.evaluate(PAGE_FACTS)
            where = method.wire
            assert facts["h1"].startswith(method.wire), where
            assert facts["headers"] == ["Name", "Type", "Description"], where
            assert facts["tableShown"], where
            assert facts["names"] == field_paths(method.params), where
            assert any(f"result = client.{method.names.snake}(" in c for c in facts["shown"]), f"{where}: sync example not shown"
            assert any(f"await client.{method.names.snake}(" in c for c in facts["codes"]), f"{where}: no async example"
            assert any(f"await client.{method.names.camel}(" in c for c in facts["codes"]), f"{where}: no TypeScript example"
            assert any(f'"method": "{method.wire}"' in c for c in facts["shown"]), f"{where}: request example not shown"
            assert any("curl " in c for c in facts["codes"]), f"{where}: no curl example"
            text = browser.evaluate("document.querySelector('article').textContent")
            for leak in ("en_old", "en_new", "en_v2", "ru_comagic", "ru_novofon", "shared/seeds", "majority"):
                assert leak not in text, f"{where}: {leak!r} on the page"
            assert not re.search(r"\b[0-9a-f]{40}\b", text), f"{where}: a commit hash on the page"
            broken = browser.evaluate(
                "[...document.querySelectorAll('article :not(pre) > code')].filter((c) => c.textContent.includes('`')).length"
            )
            assert broken == 0, f"{where}: inline code swallowed a stray backtick run"
            closed = browser.evaluate(
                "[...document.querySelectorAll('article details')].filter((d) => !d.open)"
                ".map((d) => d.querySelector('summary').textContent.trim())"
            )
            assert "Where the vendor's pages disagree" in closed, where

        # every page fits the window at both widths
        pages = site_pages(render.site)
        assert len(pages) >= len(api.methods) + 4, pages
        overflow = []
        for name, (width, height) in WIDTHS.items():
            browser.viewport(width, height)
            for page in pages:
                browser.goto(base + page)
                overflow += [f"{name} {page}: {problem}" for problem in browser.evaluate(OVERFLOW)]
        assert not overflow, "\n".join(overflow)
        print(f"\nno horizontal overflow on {len(pages)} pages at {', '.join(f'{w} px' for w, _ in WIDTHS.values())}")

        # the light/dark toggle, and screenshots of a method page in both schemes at both widths
        page = f"{base}/methods/start.simple_call/"
        for name, (width, height) in WIDTHS.items():
            browser.viewport(width, height)
            for scheme in ("default", "slate"):
                browser.goto(page)
                current = browser.evaluate("document.body.getAttribute('data-md-color-scheme')")
                if current != scheme:
                    browser.evaluate("document.querySelector('form[data-md-component=palette] label:not([hidden])').click()")
                    browser.wait_for(
                        f"document.body.getAttribute('data-md-color-scheme') === {json.dumps(scheme)}", f"the {scheme} scheme"
                    )
                browser.evaluate(  # no animation half-way in the picture
                    "document.head.insertAdjacentHTML('beforeend', '<style>*, *::before { transition: none !important; }</style>');"
                    "document.getElementById('parameters').scrollIntoView()"
                )
                browser.wait_for(
                    "document.querySelector('.md-header__title--active') !== null", "the header to show the page title"
                )
                shot = ROOT / "artifacts" / f"docs-method-{width}-{'dark' if scheme == 'slate' else 'light'}.png"
                browser.screenshot(shot)
                assert shot.stat().st_size > 10_000
        browser.viewport(*WIDTHS["desktop"])

        browser.goto(base + "/")
        hits = search_hits(browser, "hold.call", f"{base}/methods/hold.call/")
        assert any(h.startswith(f"{base}/methods/hold.call/") for h in hits), hits
        browser.screenshot(SCREENSHOT)
        assert SCREENSHOT.stat().st_size > 10_000
        # Russian words on the pages are found (search lang: [en, ru] stems them)
        browser.goto(base + "/")
        hits = search_hits(browser, "Привет", f"{base}/methods/start.simple_call/")
        assert any(h.startswith(f"{base}/methods/start.simple_call/") for h in hits), hits
        assert browser.exceptions == [], browser.exceptions


# -- 3. the examples run ----------------------------------------------------------------------------


def _expected_params(method: Method) -> dict[str, Any]:
    """What the SDK sends for the first example: its params but those the method does not document."""
    known = {p.name.wire for p in method.params if p.name is not None}
    return {k: v for k, v in method.examples[0].params.items() if k in known}


def _simulators(api: Api, stack: contextlib.ExitStack, methods: list[Method]) -> list[MockCallApi]:
    """A running simulator per example, holding what its method's first documented example assumes
    (the pages' examples send that example's request)."""
    return [stack.enter_context(Case(api, method, 0).simulator()) for method in methods]


def _sent_their_example(api: Api, methods: list[Method], mocks: list[MockCallApi]) -> None:
    """Each example sent exactly one request, its method's documented one, and the simulator took it."""
    for method, mock in zip(methods, mocks):
        (request,) = mock.requests
        assert (request["method"], request["params"]) == (method.wire, _expected_params(method))
        (answer,) = mock.answers
        assert "result" in answer, (method.wire, answer)


def test_python_examples_run_against_the_simulator(render: Render, api: Api) -> None:
    brand = f"brand={json.dumps(api.brands[0].id)}"
    by_snake = {m.names.snake: m for m in api.methods}
    examples, methods = [], []
    pages = ["index.md", "errors.md", "components.md", "editions.md"] + [f"methods/{m.wire}.md" for m in api.methods]
    for page in pages:
        for i, code in enumerate(code_blocks(render.page(page), "python")):
            assert code.count(brand) == 1, f"{page} example {i}: expected one {brand}"
            examples.append({"name": f"{page}[{i}]", "code": code})
            methods.append(by_snake[re.search(r"client\.(\w+)\(", code)[1]])  # type: ignore[index]
    assert len(examples) >= 2 * len(api.methods)
    with contextlib.ExitStack() as stack:
        mocks = _simulators(api, stack, methods)
        for example, mock in zip(examples, mocks):
            example["code"] = example["code"].replace(brand, f"base_url={json.dumps(mock.url)}")
        done = subprocess.run(
            [sys.executable, str(RUNNER)],
            input=json.dumps(examples),
            check=False,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(render.root / "python")},
            timeout=120,
        )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["callapi"].startswith(str(render.root / "python")), report["callapi"]
    report = report["examples"]
    failures = [f"{r['name']}:\n{r['error']}" for r in report if r["error"]]
    assert not failures, "\n".join(failures)
    assert all(r["stdout"].strip() for r in report), "every example prints its result"
    _sent_their_example(api, methods, mocks)


def test_curl_examples_run_against_the_simulator(render: Render, api: Api) -> None:
    if shutil.which("curl") is None or shutil.which("bash") is None:
        pytest.skip("curl or bash is not installed")
    for method in api.methods:
        case = Case(api, method, 0)
        (script,) = code_blocks(render.page(f"methods/{method.wire}.md"), "bash")
        with case.simulator() as mock:
            done = subprocess.run(
                ["bash", "-c", script.replace(f"'{endpoint(api)}'", f"'{mock.url}'")],
                check=False,
                capture_output=True,
                text=True,
                timeout=30,
            )
        assert done.returncode == 0, done.stderr
        assert mock.requests == [method.examples[0].request], method.wire  # as printed, id and all
        assert json.loads(done.stdout) == case.answer(), method.wire  # the whole answer, the same every run


def test_typescript_examples_compile_and_run_against_the_simulator(render: Render, api: Api, tmp_path: Path) -> None:
    """Each method page's TypeScript example, as a reader copies it, type-checks under `tsc --strict`
    against the client package and, run by Node, sends its one request to the simulator."""
    from tests.ts_support import package, run_node
    from tests.ts_support import render as render_target

    tsc = str(package("typescript") / "bin" / "tsc")
    client = tmp_path / "node_modules" / "cloudpbx-callapi"  # where `npm install cloudpbx-callapi` puts it
    for path, text in render_target("typescript").items():
        (client / path).parent.mkdir(parents=True, exist_ok=True)
        (client / path).write_text(text, "utf-8")
    run_node(tsc, "-p", "tsconfig.json", cwd=client)
    brand = f"brand: {json.dumps(api.brands[0].id)}"
    with contextlib.ExitStack() as stack:
        mocks = _simulators(api, stack, list(api.methods))
        names = []
        for i, (method, mock) in enumerate(zip(api.methods, mocks)):
            (code,) = code_blocks(render.page(f"methods/{method.wire}.md"), "typescript")
            assert code.count(brand) == 1, f"{method.wire}: expected one {brand}"
            (tmp_path / f"example{i}.mts").write_text(code.replace(brand, f"baseUrl: {json.dumps(mock.url)}"), "utf-8")
            names.append(f"example{i}")
        options = {"target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "lib": ["ES2022", "DOM"]}
        config = {"compilerOptions": {**options, "strict": True, "types": [], "outDir": "out"}, "include": ["*.mts"]}
        (tmp_path / "tsconfig.json").write_text(json.dumps(config), "utf-8")
        run_node(tsc, "-p", "tsconfig.json", cwd=tmp_path)
        outputs = [run_node(str(tmp_path / "out" / f"{name}.mjs"), cwd=tmp_path) for name in names]
    assert all(out.strip() for out in outputs), "every example prints its result"
    _sent_their_example(api, list(api.methods), mocks)


# -- 4. hostile spec text ---------------------------------------------------------------------------

XSS = "Call API</title><script>alert(1)</script><img src=x onerror=alert(2)>\"' [x](https://example.com)"


class _LiveCode(HTMLParser):
    """Collects what a browser would run: script bodies, on* handlers and javascript: URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                ("javascript:", "data:")
            ):
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert(" in data:
            self.found.append(f"<script>{data[:80]}")


def _hostile_copy(folder: Path, edit: Any) -> Path:
    spec = folder / "spec"
    shutil.copytree(ROOT / "spec", spec)
    for path in [spec / "api.yaml", *sorted((spec / "methods").glob("*.yaml"))]:
        data = yaml.safe_load(path.read_text("utf-8"))
        if edit(path.name, data):
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return spec


def test_hostile_spec_text_never_becomes_live_html(tmp_path: Path) -> None:
    """Spec strings in every context of the site (title, nav, meta, headings, tables, admonitions,
    the collapsed notes) stay text: the built HTML holds no script, handler or javascript: link of theirs."""

    def edit(name: str, data: dict[str, Any]) -> bool:
        if name == "api.yaml":
            data["title"] = data["summary"] = XSS
            data["groups"][0]["title"] = XSS
            data["editions"][0]["name"] = XSS
            data["conventions"].append(XSS)
        elif name == "hold.call.yaml":
            data["summary"] = XSS
            data["description"] = XSS
            data["params"][1]["description"] = XSS
            if isinstance(data.get("states"), dict):
                data["states"]["note"] = XSS
            data.setdefault("notes", []).append({"text": XSS})
            data["examples"][0]["title"] = XSS
        else:
            return False
        return True

    spec = _hostile_copy(tmp_path, edit)
    out = tmp_path / "out"
    for path, text in render_all(Paths(spec=spec), Run(), ["docs"]).items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text, "utf-8")
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(out / "docs" / "mkdocs.yml"), "-d", str(site)],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    pages = sorted(site.rglob("*.html"))
    reached, live = 0, []
    for page in pages:
        html = page.read_text("utf-8")
        reached += "alert(1)" in html
        parser = _LiveCode()
        parser.feed(html)
        live += [f"{page.relative_to(site)}: {item}" for item in parser.found]
    print(f"\nhostile strings reached {reached} of {len(pages)} pages; live script found: {len(live)}")
    assert reached >= len(pages) - 1, "the hostile title should reach every page"
    assert not live, "\n".join(live[:10])
    # the harmless link in the same text still works
    assert 'href="https://example.com"' in (site / "methods" / "hold.call" / "index.html").read_text("utf-8")


@pytest.mark.parametrize(
    "link", ["[docs](javascript:alert(1))", "[docs]( JavaScript:alert(1))", "[x](data:text/html,<b>)", "[d]: vbscript:x"]
)
def test_links_with_other_schemes_are_refused(tmp_path: Path, link: str) -> None:
    def edit(name: str, data: dict[str, Any]) -> bool:
        if name == "hold.call.yaml":
            data["description"] = f"See\n\n{link}\n"
            return True
        return False

    spec = _hostile_copy(tmp_path, edit)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--spec", str(spec)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert re.search(r"hold\.call\.yaml:\d+:\d+: link to '\w+:' refused", done.stdout + done.stderr), done.stdout + done.stderr
    assert "Traceback" not in done.stderr
