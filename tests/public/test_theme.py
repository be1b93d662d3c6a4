"""The NL Design System CSS: pinned, installed by the Makefile, themed with our own tokens."""
import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
THEME = (ROOT / "visitatie/static/theme.css").read_text()
VENDOR = ROOT / "visitatie/static/vendor/utrecht/component-library.css"
# (text token, background token): every pair used for text must reach WCAG AA (4.5:1).
TEXT_ON = [
    ("--visitatie-color-text", "--visitatie-color-white"),
    ("--visitatie-color-muted", "--visitatie-color-white"),
    ("--visitatie-color-muted", "--visitatie-color-subtle"),
    ("--visitatie-color-primary", "--visitatie-color-white"),
    ("--visitatie-color-primary", "--visitatie-color-primary-subtle"),
    ("--visitatie-color-primary-dark", "--visitatie-color-primary-subtle"),
    ("--visitatie-color-white", "--visitatie-color-primary"),
    ("--visitatie-color-white", "--visitatie-color-primary-dark"),
    ("--visitatie-color-error", "--visitatie-color-white"),
    ("--visitatie-color-success", "--visitatie-color-white"),
    ("--visitatie-color-warning", "--visitatie-color-white"),
    ("--visitatie-color-text", "--visitatie-color-subtle"),
]


def _token(name: str) -> str:
    return re.search(rf"{name}:\s*(#[0-9a-fA-F]{{6}})", THEME).group(1)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("text,background", TEXT_ON)
def test_theme_text_colours_reach_aa_contrast(text, background):
    assert _contrast(_token(text), _token(background)) >= 4.5


def test_control_borders_and_focus_reach_three_to_one():
    assert _contrast(_token("--visitatie-color-control-border"), "#ffffff") >= 3
    assert _contrast(_token("--visitatie-color-focus"), "#ffffff") >= 3
    assert _contrast(_token("--visitatie-color-focus-inverse"),
                     _token("--visitatie-color-primary")) >= 3


def test_theme_is_scoped_and_fetches_nothing_from_elsewhere():
    assert THEME.count("{") == 1 and ".visitatie-theme {" in THEME
    assert "--utrecht-button-primary-action-background-color" in THEME
    assert not re.search(r"@import|@font-face|url\(", THEME)


def test_the_component_library_is_pinned_to_an_exact_version():
    package = json.loads((ROOT / "package.json").read_text())
    version = package["dependencies"]["@utrecht/component-library-css"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    lock = json.loads((ROOT / "package-lock.json").read_text())
    installed = lock["packages"]["node_modules/@utrecht/component-library-css"]["version"]
    assert installed == version


def test_pages_load_vendor_css_then_theme_then_our_own(client, world):
    html = client.get("/openbaar").text
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert links[:3] == ["/static/vendor/utrecht/component-library.css", "/static/theme.css",
                         "/static/visitatie.css"]
    assert '<body class="visitatie-theme utrecht-document' in html
    assert "<header" in html and "<main" in html and "<footer" in html and "<nav" in html
    assert " style=" not in html and "<script" not in html   # CSP: styles and scripts from files


def test_the_installed_component_css_is_served(client, world):
    if not VENDOR.exists():
        if os.environ.get("VISITATIE_REQUIRE_SERVICES") == "1":
            pytest.fail("run `make frontend`: the NL Design System CSS is not installed")
        pytest.skip("the NL Design System CSS is installed by `make frontend`")
    response = client.get("/static/vendor/utrecht/component-library.css")
    assert response.status_code == 200 and b".utrecht-button" in response.data
    response.close()


def test_every_page_names_an_svg_favicon_that_is_served(client, world):
    html = client.get("/openbaar").text
    [href] = re.findall(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert href == "/static/favicon.svg"
    response = client.get(href)
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert response.data.startswith(b"<svg") and b"<script" not in response.data
    response.close()
