"""User journeys in headless Debian Chromium driven by Playwright against Django's live server.

Never a downloaded browser: CHROMIUM_PATH (default /usr/bin/chromium, Debian's package). Screenshots of each journey
go to var/test-artifacts/ so that a person can look at them after the run.
"""

import os
import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the ORM calls of fixtures stay synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium introuvable ({CHROMIUM}) : apt-get install chromium, ou définir CHROMIUM_PATH.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def screenshot(page, request):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        page.screenshot(path=ARTIFACTS / f"{request.node.name}-{name}.png", full_page=True)

    return take


def login(page, email, password):
    page.goto("/compte/connexion/")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(lambda url: "/connexion/" not in url)


PHONE = {"width": 390, "height": 844}
TABLET = {"width": 768, "height": 1024}
DESKTOP = {"width": 1280, "height": 900}


# The outermost elements that stick out of the viewport, to name them in a failure.
STICKING_OUT = """() => {
  const width = document.documentElement.clientWidth, found = [];
  const out = el => { const box = el.getBoundingClientRect(); return box.width > 0 && box.right > width + 1; };
  for (const el of document.querySelectorAll("body *")) {
    if (out(el) && el.parentElement && !out(el.parentElement)) {
      found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(" ").join(".")}`);
    }
  }
  return found.slice(0, 5);
}"""


def no_horizontal_scroll(page):
    """The page does not scroll sideways: wide content scrolls inside its own box (DSFR tables) or wraps."""
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 1:
        pytest.fail(f"La page {page.url} déborde de {overflow} px en largeur : {page.evaluate(STICKING_OUT)}")


AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
AXE_RUN = """async () => {
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  const where = v => v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ");
  return result.violations.map(v => `${v.id} (${v.impact}) : ${where(v)}`);
}"""


def with_axe(page):
    """Injects axe-core (tests/browser/vendor/axe-core/) into every page the tab opens next, before the page's own
    scripts: an init script is no inline script, so the portal's Content-Security-Policy is left as it is."""
    page.context.add_init_script(path=AXE)


def axe_violations(page):
    """The WCAG 2.1 A and AA violations axe-core finds on the page (call `with_axe(page)` before opening it)."""
    return page.evaluate(AXE_RUN)
