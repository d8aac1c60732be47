#!/usr/bin/env python3
"""Checks a built Dossier site in a real browser (headless Chromium driven by Selenium).

Usage: browser_check.py SITE_DIR OUT_DIR [ARABIC_SITE_DIR]

Opens the home page, an article, an entity, a place, the timeline, the search page, an article with
a figure, one with a cover image and a stand-alone page, served over
http://127.0.0.1 (the standard library's http.server, loopback only, on a free port) and opened from
file://, and fails when:
  - any page logs a console error (or throws);
  - a search for "Лавров" does not list Sergey Lavrov (on the search page and in the header quick-find),
    or "lavrov", "LAVROV", "xankendi", "Ստեփանակերտ" or "Путин" do not find their page;
  - a keyboard-only user cannot reach the search results (Tab into the quick-find field, type,
    then the down arrow, and Tab, must both reach a result, and Enter must open it);
  - a word only in a body ("helicop", typed in part; "вертолёт" in ru/) does not find its article
    with the word marked in the passage;
  - the kind filter, chosen by keyboard alone, does not leave only articles (and put kind=articles
    in the URL), Tab and Enter do not open the first of them, or an entity filter in the URL
    (e=sergey-lavrov) is not applied and shown;
  - axe-core finds a critical or serious accessibility violation (http pages, light and dark);
  - a body's figure or a cover image does not load or lacks its caption, the correction is missing,
    the Methodology page is not current in the navigation or lacks its table, or search does not find it;
  - the search page does not say that search needs JavaScript when JavaScript is off;
  - the Russian edition (ru/): a page logs a console error or has an axe violation, its search for
    "Лавров" or for a word of a translated title does not find the Russian page, an untranslated
    article is not marked lang="en", or the language switcher does not lead to the English page;
  - the Arabic edition (ARABIC_SITE_DIR: the sample built with a third language, ar): a page is not
    dir="rtl" or does not lay out right to left (the site title right of the search), the
    untranslated English text in it is not laid out left to right, a page logs a console error or
    has an axe violation, or its search for "Лавров" does not find the Arabic edition's page.
Screenshots (desktop, phone, dark, print, JavaScript off) and report.json go to OUT_DIR.
"""
import functools
import http.server
import importlib.util
import json
import os
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

PAGES = [
    ("home", "index.html"),
    ("article", "articles/kerry-lavrov-discuss-karabakh-ceasefire/index.html"),
    ("entity", "entities/sergey-lavrov/index.html"),
    ("place", "places/stepanakert/index.html"),
    ("places", "places/index.html"),
    ("timeline", "timeline/index.html"),
    ("search", "search/index.html?q=" + urllib.parse.quote("Лавров")),
    ("figure", "articles/fighting-erupts-along-karabakh-line-of-contact/index.html"),
    ("cover", "articles/talish-and-lele-tepe-toll-of-four-days/index.html"),
    ("page", "methodology/index.html"),
]
LAVROV = "entities/sergey-lavrov/index.html"
RUSSIAN_PAGES = [
    ("ru home", "ru/index.html"),
    ("ru article", "ru/articles/vienna-summit-aliyev-sargsyan/index.html"),
    ("ru untranslated", "ru/articles/kerry-lavrov-urgent-call-on-karabakh/index.html"),
    ("ru entity", "ru/entities/sergey-lavrov/index.html"),
    ("ru timeline", "ru/timeline/index.html"),
    ("ru search", "ru/search/index.html?q=" + urllib.parse.quote("Лавров")),
]
ARABIC_PAGES = [
    ("ar home", "ar/index.html"),
    ("ar article", "ar/articles/vienna-summit-aliyev-sargsyan/index.html"),
    ("ar entity", "ar/entities/sergey-lavrov/index.html"),
    ("ar timeline", "ar/timeline/index.html"),
    ("ar search", "ar/search/index.html?q=" + urllib.parse.quote("Лавров")),
]


class Check:
    def __init__(self, out: Path):
        self.out = out
        self.failures: list[str] = []
        self.report: dict = {"pages": {}, "axe": {}, "keyboard": {}, "weights": {}}

    def fail(self, message: str) -> None:
        print(f"FAIL {message}", flush=True)
        self.failures.append(message)

    def ok(self, message: str) -> None:
        print(f"ok   {message}", flush=True)


def serve(site: Path):
    """http.server on 127.0.0.1 at a free port, in a thread; returns (server, base URL)."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        pass


def browser(javascript: bool = True, width: int = 1280, height: int = 900) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={width},{height}", "--lang=en"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(60)
    return driver


def axe_source() -> str:
    for package, relative in [("axe_playwright_python", "axe.min.js"),
                              ("axe_selenium_python", "node_modules/axe-core/axe.min.js")]:
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            path = Path(list(spec.submodule_search_locations)[0]) / relative
            if path.exists():
                return path.read_text(encoding="utf-8")
    raise SystemExit("axe-core not found: pip install --no-deps axe-playwright-python")


def console_errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def wait_loaded(driver) -> None:
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def check_pages(check: Check, driver, base: str, mode: str, axe: str | None) -> None:
    check_page_list(check, driver, base, mode, axe, PAGES,
                    before_shot={"search": lambda: check_search_page(check, driver, mode)})


def run_axe(check: Check, driver, axe: str, label: str) -> None:
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r); })"
        ".catch(function (e) { done({error: String(e)}); });")
    if "error" in result:
        check.fail(f"{label}: axe-core failed: {result['error']}")
        return
    violations = [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"]), "help": v["help"]}
                  for v in result["violations"]]
    check.report["axe"][label] = {"version": result.get("testEngine", {}).get("version"), "violations": violations}
    bad = [v for v in violations if v["impact"] in ("critical", "serious")]
    if bad:
        check.fail(f"{label}: axe-core critical/serious violations: {bad}")
    else:
        minor = ", ".join(f"{v['id']} ({v['impact']})" for v in violations) or "none"
        check.ok(f"{label}: axe-core, no critical or serious violations (others: {minor})")


def check_more_queries(check: Check, driver, base: str, mode: str) -> None:
    """Case, diacritics and script do not matter: each query must list the page."""
    for query, expected in [("lavrov", LAVROV), ("LAVROV", LAVROV), ("xankendi", "places/stepanakert/index.html"),
                            ("Ստեփանակերտ", "places/stepanakert/index.html"), ("Путин", "entities/vladimir-putin/index.html")]:
        driver.get(base + "search/index.html?q=" + urllib.parse.quote(query))
        try:
            WebDriverWait(driver, 10).until(lambda d: any(expected in (h or "") for h in result_links(d, "#search-results")))
            check.ok(f"{mode} search page: '{query}' lists {expected}")
        except TimeoutException:
            check.fail(f"{mode} search page: '{query}' does not list {expected}")


def check_full_text(check: Check, driver, base: str, mode: str) -> None:
    """Words of the text, not only names: a word only in bodies, typed in part, finds its article
    with a snippet that marks it; a word only in a Russian translation's body finds it in ru/."""
    for search, query, expected in [
        ("search/index.html", "helicop", "articles/fighting-erupts-along-karabakh-line-of-contact/index.html"),
        ("search/index.html", "Biden", "places/washington/index.html"),
        ("ru/search/index.html", "вертолёт", "ru/articles/fighting-erupts-along-karabakh-line-of-contact/index.html"),
    ]:
        driver.get(base + search + "?q=" + urllib.parse.quote(query))
        try:
            WebDriverWait(driver, 10).until(lambda d: any(expected in (h or "") for h in result_links(d, "#search-results")))
            marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#search-results .result-snippet mark")]
            if not marks:
                check.fail(f"{mode} full text: '{query}' lists {expected} but marks no word of its passage")
            else:
                check.ok(f"{mode} full text: '{query}' lists {expected} (marked: {marks[:3]})")
        except TimeoutException:
            check.fail(f"{mode} full text: '{query}' does not list {expected} "
                       f"(found {result_links(driver, '#search-results')[:5]})")


def check_filters(check: Check, driver, base: str, mode: str) -> None:
    """Filters, by keyboard alone: Tab to the kind filter, type "Articles", and only articles are
    listed, the filter in the URL; Tab on reaches the first result, Enter opens it. An entity filter
    from the URL narrows the results to what mentions it and shows a button that removes it."""
    driver.get(base + "search/index.html?q=" + urllib.parse.quote("ceasefire"))
    try:
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-results").get_attribute("data-search-done") == "ceasefire")
    except TimeoutException:
        check.fail(f"{mode} filters: the search for 'ceasefire' never finished")
        return
    kinds = {d.get_attribute("id") for d in driver.find_elements(By.CSS_SELECTOR, "#search-results .results-kind")}
    if not tab_to(driver, "search-kind"):
        check.fail(f"{mode} filters: Tab never reaches the kind filter")
        return
    driver.switch_to.active_element.send_keys("Articles")
    try:
        WebDriverWait(driver, 10).until(lambda d: "kind=articles" in d.current_url or "kind=articles" in d.execute_script("return location.search"))
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-results").get_attribute("data-search-done") == "ceasefire")
    except TimeoutException:
        check.fail(f"{mode} filters: choosing Articles by keyboard did not filter (url {driver.current_url})")
        return
    links = [h for h in result_links(driver, "#search-results", "a.result")]
    if len(kinds) > 1 and links and all("/articles/" in h for h in links):
        check.ok(f"{mode} filters: the kind filter, set by keyboard, leaves only articles ({len(links)})")
    else:
        check.fail(f"{mode} filters: after the kind filter the results are {links[:5]} (kinds before: {kinds})")
    for _ in range(6):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if "/articles/" in (driver.switch_to.active_element.get_attribute("href") or ""):
            break
    target = driver.switch_to.active_element.get_attribute("href") or ""
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    try:
        WebDriverWait(driver, 10).until(lambda d: target and d.current_url.split("#")[0] == target.split("#")[0])
        check.ok(f"{mode} filters: Tab and Enter open the first filtered result")
    except TimeoutException:
        check.fail(f"{mode} filters: Tab and Enter did not open a result (focus was on {target!r})")
    driver.get(base + "search/index.html?q=" + urllib.parse.quote("ceasefire") + "&e=sergey-lavrov")
    try:
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-results").get_attribute("data-search-done") == "ceasefire")
        WebDriverWait(driver, 10).until(lambda d: "Sergey Lavrov" in d.find_element(By.ID, "search-active-filters").text)
        narrowed = result_links(driver, "#search-results", "a.result")
        check.ok(f"{mode} filters: e=sergey-lavrov narrows 'ceasefire' to {len(narrowed)} results and shows its chip")
        driver.save_screenshot(str(check.out / f"{mode}-search-filtered.png"))
    except TimeoutException:
        check.fail(f"{mode} filters: the entity filter from the URL was not applied or not shown")


def check_media_and_pages(check: Check, driver, base: str, mode: str) -> None:
    """A figure in a body, a cover image and a stand-alone page, as a reader gets them."""
    loaded = "return Array.from(document.querySelectorAll(arguments[0])).map(i => i.complete && i.naturalWidth > 0)"
    for name, path, images, caption in [
        ("figure", PAGES[7][1], ".article-body figure img", ".article-body figure figcaption"),
        ("cover", PAGES[8][1], "figure.cover img", "figure.cover figcaption"),
    ]:
        driver.get(base + path)
        wait_loaded(driver)
        shown = driver.execute_script(loaded, images)
        text = " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, caption))
        if shown and all(shown) and text.strip():
            check.ok(f"{mode} {name}: the picture loads and has its caption ({text.strip()[:50]}…)")
        else:
            check.fail(f"{mode} {name}: picture loaded {shown}, caption {text!r}")
    if not driver.find_elements(By.CSS_SELECTOR, ".corrections li"):
        check.fail(f"{mode} cover: the article's correction is not shown")
    driver.get(base + PAGES[9][1])
    wait_loaded(driver)
    current = [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".site-nav a[aria-current=page]")]
    tables = driver.find_elements(By.CSS_SELECTOR, ".page-body table th")
    if current == ["Methodology"] and tables:
        check.ok(f"{mode} page: Methodology is current in the navigation and shows its table")
    else:
        check.fail(f"{mode} page: navigation current {current}, table headers {len(tables)}")
    driver.get(base + "search/index.html?q=methodology")
    try:
        WebDriverWait(driver, 10).until(
            lambda d: any("methodology/index.html" in (h or "") for h in result_links(d, "#search-results")))
        check.ok(f"{mode} search page: 'methodology' lists the page")
    except TimeoutException:
        check.fail(f"{mode} search page: 'methodology' does not list the Methodology page")


def check_redirect(check: Check, driver, base: str, mode: str) -> None:
    """An article's old address (redirect_from) leads to the article."""
    driver.get(base + "articles/kerry-lavrov-urgent-call/index.html")
    target = "articles/kerry-lavrov-urgent-call-on-karabakh/index.html"
    try:
        WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith(target))
        check.ok(f"{mode} redirect: the old address leads to {target}")
    except TimeoutException:
        check.fail(f"{mode} redirect: the old address stays at {driver.current_url}")


def result_links(driver, container: str, links: str = "a") -> list[str]:
    """The links of the results in `container` (none while the script is replacing them)."""
    try:
        return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, container + " " + links)]
    except StaleElementReferenceException:
        return []


def check_search_page(check: Check, driver, mode: str) -> None:
    try:
        WebDriverWait(driver, 10).until(lambda d: any(LAVROV in (h or "") for h in result_links(d, "#search-results")))
        check.ok(f"{mode} search page: 'Лавров' lists Sergey Lavrov")
    except TimeoutException:
        check.fail(f"{mode} search page: a search for 'Лавров' does not list Sergey Lavrov "
                   f"(found {result_links(driver, '#search-results')[:5]})")
        return
    # Keyboard: from the search field, Tab past the button and the filters reaches the first result.
    field = driver.find_element(By.ID, "search-input")
    field.click()
    href = ""
    for _ in range(5):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        href = driver.switch_to.active_element.get_attribute("href") or ""
        if href:
            break
    check.report["keyboard"][f"{mode} search page tab"] = href
    if LAVROV in href:
        check.ok(f"{mode} search page: Tab from the field reaches the first result")
    else:
        check.fail(f"{mode} search page: Tab from the field did not reach the results (focus on {href!r})")


def tab_to(driver, element_id: str, limit: int = 40) -> bool:
    """Presses Tab from the top of the page until the element with `element_id` has focus."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    for _ in range(limit):
        webdriver.ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.switch_to.active_element.get_attribute("id") == element_id:
            return True
    return False


def check_quick_find(check: Check, driver, base: str, mode: str) -> None:
    driver.get(base + "places/index.html")
    wait_loaded(driver)
    if not tab_to(driver, "quick-find-input"):
        check.fail(f"{mode} quick-find: Tab never reaches the search field")
        return
    webdriver.ActionChains(driver).send_keys("Лавров").perform()
    try:
        WebDriverWait(driver, 10).until(
            lambda d: any(LAVROV in (h or "") for h in result_links(d, ".quick-find-results")))
    except TimeoutException:
        check.fail(f"{mode} quick-find: 'Лавров' does not list Sergey Lavrov")
        return
    check.ok(f"{mode} quick-find: 'Лавров' lists Sergey Lavrov")
    driver.save_screenshot(str(check.out / f"{mode}-quick-find.png"))
    webdriver.ActionChains(driver).send_keys(Keys.ARROW_DOWN).perform()
    down = driver.switch_to.active_element.get_attribute("href") or ""
    webdriver.ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    back = driver.switch_to.active_element.get_attribute("id")
    webdriver.ActionChains(driver).send_keys(" ").perform()  # the same query: the results come back
    WebDriverWait(driver, 10).until(lambda d: result_links(d, ".quick-find-results"))
    webdriver.ActionChains(driver).send_keys(Keys.TAB, Keys.TAB).perform()
    tabbed = driver.switch_to.active_element.get_attribute("href") or ""
    check.report["keyboard"][f"{mode} quick-find"] = {"arrow_down": down, "escape_back_to": back, "tab_tab": tabbed}
    if LAVROV in down and back == "quick-find-input" and LAVROV in tabbed:
        check.ok(f"{mode} quick-find: the down arrow and Tab reach the results, Escape returns to the field")
    else:
        check.fail(f"{mode} quick-find: keyboard could not reach the results (down: {down!r}, "
                   f"escape: {back!r}, tab: {tabbed!r})")
        return
    # Enter on a result opens it.
    driver.find_element(By.ID, "quick-find-input").send_keys(Keys.CONTROL, "a")
    driver.find_element(By.ID, "quick-find-input").send_keys("Лавров")
    WebDriverWait(driver, 10).until(lambda d: any(LAVROV in (h or "") for h in result_links(d, ".quick-find-results")))
    webdriver.ActionChains(driver).send_keys(Keys.ARROW_DOWN, Keys.ENTER).perform()
    try:
        WebDriverWait(driver, 10).until(lambda d: LAVROV in d.current_url)
        check.ok(f"{mode} quick-find: Enter on the result opens Sergey Lavrov's page")
    except TimeoutException:
        check.fail(f"{mode} quick-find: Enter on the result went to {driver.current_url}")
    errors = console_errors(driver)
    if errors:
        check.fail(f"{mode} quick-find: console errors: {errors}")


def check_page_list(check: Check, driver, base: str, mode: str, axe: str | None, pages, before_shot=None) -> None:
    """Each page of `pages` loads with no console errors (and, over http, no axe violations);
    `before_shot` has a check to run on a page, by name, before its screenshot."""
    for name, path in pages:
        driver.get(base + path)
        wait_loaded(driver)
        time.sleep(0.2)
        if before_shot and name in before_shot:
            before_shot[name]()
        shot = check.out / f"{mode}-{name.replace(' ', '-')}.png"
        driver.save_screenshot(str(shot))
        errors = console_errors(driver)
        check.report["pages"][f"{mode} {name}"] = {"url": base + path, "console_errors": errors, "screenshot": shot.name}
        if errors:
            check.fail(f"{mode} {name}: console errors: {errors}")
        else:
            check.ok(f"{mode} {name}: no console errors")
        if axe:
            run_axe(check, driver, axe, f"{mode} {name}")


def expect_result(check: Check, driver, base: str, mode: str, search: str, query: str, expected: str) -> None:
    driver.get(base + search + "?q=" + urllib.parse.quote(query))
    try:
        WebDriverWait(driver, 10).until(lambda d: any(expected in (h or "") for h in result_links(d, "#search-results")))
        check.ok(f"{mode} {search}: '{query}' lists {expected}")
    except TimeoutException:
        check.fail(f"{mode} {search}: '{query}' does not list {expected} "
                   f"(found {result_links(driver, '#search-results')[:5]})")


def check_russian_edition(check: Check, driver, base: str, mode: str, axe: str | None) -> None:
    """The Russian edition: its pages, its own search index, the marks and the switcher."""
    check_page_list(check, driver, base, mode, axe, RUSSIAN_PAGES)
    expect_result(check, driver, base, mode, "ru/search/index.html", "Лавров", "ru/entities/sergey-lavrov/index.html")
    # A word of a translated title: only the Russian index has it.
    expect_result(check, driver, base, mode, "ru/search/index.html", "гарантиях",
                  "ru/articles/vienna-summit-aliyev-sargsyan/index.html")
    metas = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#search-results .result-meta")]
    if any("17 мая 2016" in m for m in metas):
        check.ok(f"{mode} ru search: a result's date is written in Russian ({metas[0]!r})")
    else:
        check.fail(f"{mode} ru search: expected the date '17 мая 2016 г.' among {metas}")
    driver.get(base + "ru/articles/kerry-lavrov-urgent-call-on-karabakh/index.html")
    wait_loaded(driver)
    marked = driver.execute_script("var h = document.querySelector('h1'); return [document.documentElement.lang, h && h.lang];")
    if marked == ["ru", "en"]:
        check.ok(f"{mode} ru untranslated: the page is Russian, its English title is marked lang=en")
    else:
        check.fail(f"{mode} ru untranslated: expected html lang=ru and h1 lang=en, found {marked}")
    driver.find_element(By.CSS_SELECTOR, ".language-switcher a[hreflang='en']").click()
    try:
        WebDriverWait(driver, 10).until(
            lambda d: d.current_url.endswith("/articles/kerry-lavrov-urgent-call-on-karabakh/index.html")
            and "/ru/" not in d.current_url)
        check.ok(f"{mode} ru untranslated: the switcher's English link opens the English page")
    except TimeoutException:
        check.fail(f"{mode} ru untranslated: the switcher's English link went to {driver.current_url}")


def check_arabic_site(check: Check, driver, base: str, mode: str, axe: str | None) -> None:
    """The Arabic edition: right to left, its English text left to right, accessible, searchable."""
    check_page_list(check, driver, base, mode, axe, ARABIC_PAGES)
    expect_result(check, driver, base, mode, "ar/search/index.html", "Лавров", "ar/entities/sergey-lavrov/index.html")
    driver.get(base + "ar/articles/vienna-summit-aliyev-sargsyan/index.html")
    wait_loaded(driver)
    layout = driver.execute_script(
        "var t = document.querySelector('.site-title').getBoundingClientRect();"
        "var n = document.querySelector('.quick-find').getBoundingClientRect();"
        "var body = document.querySelector('.article-body');"
        "return [document.documentElement.dir, getComputedStyle(document.body).direction, t.right > n.right,"
        " getComputedStyle(body).direction];")
    if layout == ["rtl", "rtl", True, "ltr"]:
        check.ok(f"{mode} ar article: dir=rtl laid out right to left (the title right of the search), "
                 "its untranslated English body left to right")
    else:
        check.fail(f"{mode} ar article: expected [rtl, rtl, title right of the search, English body ltr], found {layout}")


def check_dark_axe(check: Check, driver, base: str, axe: str) -> None:
    """axe-core again in dark mode: the dark colours must keep their contrast too."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    for name, path in PAGES:
        driver.get(base + path)
        wait_loaded(driver)
        run_axe(check, driver, axe, f"http dark {name}")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def check_without_javascript(check: Check, base: str) -> None:
    driver = browser(javascript=False)
    try:
        driver.get(base + "search/index.html?q=x")
        wait_loaded(driver)
        text = driver.find_element(By.TAG_NAME, "main").text
        driver.save_screenshot(str(check.out / "nojs-search.png"))
        if "Search needs JavaScript" in text:
            check.ok("JavaScript off: the search page says search needs JavaScript")
        else:
            check.fail("JavaScript off: the search page does not explain that search needs JavaScript")
        driver.get(base + "entities/sergey-lavrov/index.html")
        wait_loaded(driver)
        driver.save_screenshot(str(check.out / "nojs-entity.png"))
        if "Sergey Lavrov" in driver.find_element(By.TAG_NAME, "h1").text:
            check.ok("JavaScript off: the entity page reads as usual")
        else:
            check.fail("JavaScript off: the entity page is missing its heading")
    finally:
        driver.quit()


def extra_screenshots(check: Check, base: str) -> None:
    """A phone, dark mode and print, for the record."""
    driver = browser(width=390, height=844)
    try:
        for name, path in [("home", "index.html"), ("entity", "entities/sergey-lavrov/index.html"),
                           ("place", "places/stepanakert/index.html")]:
            driver.get(base + path)
            wait_loaded(driver)
            driver.save_screenshot(str(check.out / f"phone-{name}.png"))
        driver.set_window_size(1280, 900)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        for name, path in [("entity", "entities/sergey-lavrov/index.html"), ("timeline", "timeline/index.html")]:
            driver.get(base + path)
            wait_loaded(driver)
            driver.save_screenshot(str(check.out / f"dark-{name}.png"))
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
        driver.get(base + "entities/sergey-lavrov/index.html")
        wait_loaded(driver)
        driver.save_screenshot(str(check.out / "print-entity.png"))
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        import base64
        (check.out / "print-entity.pdf").write_bytes(base64.b64decode(pdf["data"]))
    finally:
        driver.quit()


def page_weights(check: Check, site: Path) -> None:
    assets = sum(p.stat().st_size for p in (site / "assets").glob("*") if p.suffix in (".css", ".js"))
    check.report["weights"]["css_js_bytes"] = assets
    if assets >= 50 * 1024:
        check.fail(f"CSS and JavaScript weigh {assets} bytes, over 50 KB")
    else:
        check.ok(f"CSS and JavaScript: {assets} bytes (under 50 KB)")
    for name, path in PAGES:
        html = site / path.split("?")[0]
        check.report["weights"][name] = {"html_bytes": html.stat().st_size, "with_css_js": html.stat().st_size + assets}
    index = {p.name: p.stat().st_size for p in sorted((site / "search").glob("*.js"))}
    check.report["weights"]["search_index_bytes"] = index


def main() -> int:
    if len(sys.argv) not in (3, 4):
        print(__doc__)
        return 2
    site, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    arabic = Path(sys.argv[3]).resolve() if len(sys.argv) == 4 else None
    out.mkdir(parents=True, exist_ok=True)
    check = Check(out)
    server, http_base = serve(site)
    file_base = site.as_uri() + "/"
    axe = axe_source()
    driver = browser()
    try:
        check.report["browser"] = driver.capabilities.get("browserVersion")
        check_pages(check, driver, http_base, "http", axe)
        check_pages(check, driver, file_base, "file", None)
        check_more_queries(check, driver, http_base, "http")
        check_more_queries(check, driver, file_base, "file")
        check_full_text(check, driver, http_base, "http")
        check_full_text(check, driver, file_base, "file")
        check_filters(check, driver, http_base, "http")
        check_filters(check, driver, file_base, "file")
        check_media_and_pages(check, driver, http_base, "http")
        check_media_and_pages(check, driver, file_base, "file")
        check_redirect(check, driver, http_base, "http")
        check_redirect(check, driver, file_base, "file")
        check_quick_find(check, driver, http_base, "http")
        check_quick_find(check, driver, file_base, "file")
        check_dark_axe(check, driver, http_base, axe)
        check_russian_edition(check, driver, http_base, "http", axe)
        check_russian_edition(check, driver, file_base, "file", None)
        if arabic:
            arabic_server, arabic_http = serve(arabic)
            try:
                check_arabic_site(check, driver, arabic_http, "http", axe)
                check_arabic_site(check, driver, arabic.as_uri() + "/", "file", None)
            finally:
                arabic_server.shutdown()
    finally:
        driver.quit()
    check_without_javascript(check, file_base)
    extra_screenshots(check, http_base)
    page_weights(check, site)
    server.shutdown()
    check.report["failures"] = check.failures
    (out / "report.json").write_text(json.dumps(check.report, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"Screenshots and report.json: {out}")
    if check.failures:
        print(f"Browser check failed: {len(check.failures)} problem(s)")
        return 1
    print("Browser check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
