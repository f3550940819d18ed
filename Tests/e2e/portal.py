#!/usr/bin/env python3
"""End-to-end test of the portal in a real browser: headless Chromium driven by Selenium against the
real `sli serve --demo` binary.

The network lead invites Bolton's lead; Bolton's lead makes the account, downloads the workbook,
uploads it blank (every missing rating is listed by sheet and cell), fills those cells with one rating
typed wrong, sees that one problem by its cell, fixes it and sees the new version accepted; Wigan's
page is refused; at the Market Place Bolton's lead records an offer from the phone-sized window; the
lead sees Bolton received, records a request on Wigan's behalf, runs the match and publishes; Bolton's
lead then sees the overview.

Usage: portal.py PATH/TO/sli   (skips with a message, exit 0, when selenium or chromium is missing,
unless SLI_E2E_REQUIRED=1, as in .ci/run, where a missing browser fails the run)
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    print("portal e2e: skipped: selenium is not installed (pip install selenium)")
    sys.exit(1 if os.environ.get("SLI_E2E_REQUIRED") == "1" else 0)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    print("portal e2e: skipped: chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    sys.exit(1 if os.environ.get("SLI_E2E_REQUIRED") == "1" else 0)

SS = "urn:schemas-microsoft-com:office:spreadsheet"
PASSWORD = "example-password"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def column_number(letters):
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def set_cells(xml_bytes, values):
    """The SpreadsheetML 2003 workbook with each (sheet, cell) of `values` set to its text."""
    for prefix, uri in [("", SS), ("ss", SS), ("o", "urn:schemas-microsoft-com:office:office"),
                        ("x", "urn:schemas-microsoft-com:office:excel"), ("html", "http://www.w3.org/TR/REC-html40")]:
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(xml_bytes)
    q = lambda name: "{%s}%s" % (SS, name)
    for (sheet_name, reference), text in values.items():
        match = re.fullmatch(r"([A-Z]+)([0-9]+)", reference)
        want_column, want_row = column_number(match.group(1)), int(match.group(2))
        sheet = next(s for s in root.iter(q("Worksheet")) if s.get(q("Name")) == sheet_name)
        table = sheet.find(q("Table"))
        row_number, row = 0, None
        for candidate in table.findall(q("Row")):
            row_number = int(candidate.get(q("Index"), row_number + 1))
            if row_number == want_row:
                row = candidate
                break
        if row is None:
            raise SystemExit(f"portal e2e: no row {want_row} in sheet {sheet_name}")
        column, cell, position = 0, None, 0
        for position, candidate in enumerate(row.findall(q("Cell"))):
            column = int(candidate.get(q("Index"), column + 1))
            span = int(candidate.get(q("MergeAcross"), 0))
            if column == want_column:
                cell = candidate
                break
            column += span
        if cell is None:
            raise SystemExit(f"portal e2e: no cell {reference} in sheet {sheet_name}")
        for old in cell.findall(q("Data")):
            cell.remove(old)
        data = ET.SubElement(cell, q("Data"))
        data.set(q("Type"), "String")
        data.text = text
    return b'<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n' + ET.tostring(root)


def main():
    sli = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sli")
    started = time.time()
    work = tempfile.mkdtemp(prefix="sli-e2e-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sli, "serve", "--demo", "--port", str(port)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    driver = None
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/login", timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    raise SystemExit("portal e2e: sli serve stopped:\n" + server.stdout.read())
                time.sleep(0.2)
        options = Options()
        options.binary_location = CHROMIUM
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=420,900"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"download.default_directory": work,
                                                  "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(DRIVER), options=options)
        driver.implicitly_wait(5)

        def body():
            return driver.find_element(By.TAG_NAME, "body").text

        def replaced(page):
            """Whether `page` has left the document. Chromedriver sometimes answers a page that is going
            away with "Node with given id does not belong to the document" rather than a stale element
            (SeleniumHQ/selenium#15401); that is the page gone too."""
            def check(_):
                try:
                    return expected_conditions.staleness_of(page)(driver)
                except WebDriverException as error:
                    if "does not belong to the document" in str(error):
                        return True
                    raise
            return check

        def submit(selector):
            """Clicks the button and waits until the next page has replaced this one."""
            page = driver.find_element(By.TAG_NAME, "html")
            driver.find_element(By.CSS_SELECTOR, selector).click()
            WebDriverWait(driver, 60).until(replaced(page))

        def sign_in(email, password=PASSWORD):
            driver.delete_all_cookies()
            driver.get(base + "/login")
            driver.find_element(By.NAME, "email").send_keys(email)
            driver.find_element(By.NAME, "password").send_keys(password)
            submit("main button[type=submit]")

        def upload(path):
            driver.get(bolton_page)
            driver.find_element(By.NAME, "workbook").send_keys(path)
            submit("main form[enctype] button")
            return body()

        # The network lead invites Bolton's lead.
        sign_in("lead@example.org")
        driver.get(base + "/accounts")
        driver.find_element(By.NAME, "email").send_keys("bolton.lead@example.org")
        driver.find_element(By.NAME, "scope").send_keys("Bolton")
        submit("form[action='/accounts/invite'] button")
        link = driver.find_element(By.TAG_NAME, "code").text
        assert "/invitations/" in link, body()

        # Bolton's lead makes the account from the link.
        driver.delete_all_cookies()
        driver.get(link)
        driver.find_element(By.NAME, "password").send_keys("bolton lead password")
        driver.find_element(By.NAME, "repeat").send_keys("bolton lead password")
        submit("main button[type=submit]")
        assert "bolton.lead@example.org (locality lead of E08000001)" in body(), body()

        bolton_page = base + "/cycles/1/localities/E08000001"
        driver.get(bolton_page)
        before = re.search(r"Status: (?:received|late) \(?version (\d+)", body())
        version = int(before.group(1)) if before else 0

        # Download the workbook (Excel 2003 XML) through the browser.
        driver.find_element(By.LINK_TEXT, "Excel 2003 XML (.xml)").click()
        workbook = os.path.join(work, "Bolton.xml")
        for _ in range(100):
            if os.path.exists(workbook):
                break
            time.sleep(0.1)
        blank = open(workbook, "rb").read()

        # The blank workbook: every missing rating listed by sheet and cell, nothing stored.
        text = upload(workbook)
        assert "Bolton.xml: not accepted" in text, text
        rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
        missing = []
        for row in rows:
            cells = [cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
            if cells[4].endswith("has no rating; pick one of 0-4 (or N/A) from the list"):
                missing.append((cells[2], cells[3]))
        assert missing, text

        # Filled in, with one rating typed as 7: that one problem, by its cell.
        values = {place: "3" for place in missing}
        values[missing[0]] = "7"
        wrong = os.path.join(work, "Bolton-filled.xml")
        open(wrong, "wb").write(set_cells(blank, values))
        text = upload(wrong)
        sheet, cell = missing[0]
        assert "Bolton-filled.xml: not accepted" in text, text
        rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
        errors = [[c.text for c in row.find_elements(By.TAG_NAME, "td")] for row in rows]
        errors = [e for e in errors if e[0] == "error"]
        assert errors == [["error", "Bolton-filled.xml", sheet, cell, 'rating "7" is not on the scale 0-4 (or N/A)']], errors

        # Fixed: accepted as the next version.
        values[missing[0]] = "2"
        fixed = os.path.join(work, "Bolton-fixed.xml")
        open(fixed, "wb").write(set_cells(blank, values))
        text = upload(fixed)
        assert f"Bolton-fixed.xml: accepted as version {version + 1}." in text, text

        # Wigan's page is refused before publication.
        driver.get(base + "/cycles/1/localities/E08000010")
        assert "Not allowed" in body() and "Wigan" not in body(), body()
        driver.get(base + "/cycles/1/overview")
        assert "Not allowed" in body(), body()

        def record(page, fields, title):
            """Records a Market Place entry through the form on `page` and returns the page that answers."""
            driver.get(page)
            for name, value in fields.items():
                Select(driver.find_element(By.NAME, name)).select_by_value(value)
            driver.find_element(By.NAME, "title").send_keys(title)
            submit("form[action='/cycles/1/market/entries'] button")
            return body()

        # At the Market Place, Bolton's lead records an offer on a phone-sized screen, nothing wider.
        text = record(bolton_page + "/market", {"kind": "offer", "theme": "co-sleeping"}, "Safe sleep champions")
        assert 'Recorded: offer "Safe sleep champions" from Bolton on Co-sleeping.' in text, text
        assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth"), text

        # The lead sees Bolton received, records a request on Wigan's behalf and runs the match.
        sign_in("lead@example.org")
        driver.get(base + "/cycles/1")
        bolton_row = driver.find_element(By.XPATH, "//tr[td/a[text()='Bolton']]").text
        assert f"version {version + 1}" in bolton_row, bolton_row
        text = record(base + "/cycles/1/market", {"locality": "E08000010", "kind": "request", "theme": "co-sleeping"},
                      "Safe sleep for Wigan")
        assert 'Recorded: request "Safe sleep for Wigan" from Wigan on Co-sleeping.' in text, text
        submit("a[href='/cycles/1/market/match']")
        text = body()
        assert re.search(r"\d+ of \d+ requests matched", text) and "Safe sleep for Wigan" in text, text
        driver.get(base + "/cycles/1/publish")
        submit("main form button")
        assert "Publish to participants" not in body(), body()

        # Bolton's lead now sees the overview and Wigan's page.
        sign_in("bolton.lead@example.org", "bolton lead password")
        driver.get(base + "/cycles/1/overview")
        assert "Wigan" in body(), body()[:400]
        driver.get(base + "/cycles/1/localities/E08000010")
        assert "Wigan in" in body(), body()[:400]
        print(f"portal e2e: passed in {time.time() - started:.1f} s")
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
