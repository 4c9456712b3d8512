#!/usr/bin/env python3
"""End-to-end test in a real headless browser (Debian's Chromium through its WebDriver, driven by Selenium).

A respondent opens their link, answers two pages, leaves, comes back with the same link (and lands where they
stopped), finishes the questionnaire; then the DIM logs in and sees the answer in the synthesis.

    python3 scripts/browser_e2e.py --base http://127.0.0.1:PORT --token TOKEN --email dim@… --password …
Exit status 0 on success; prints what failed otherwise.
"""
import argparse
import sys
import traceback

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=400,900"):
        options.add_argument(flag)
    # Debian's driver, not Selenium Manager (which would try to download one).
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def fill_page(driver):
    """Answers the page; if the browser is still swapping documents under us (a loaded machine), waits and retries."""
    for attempt in range(4):
        try:
            loaded(driver)
            return fill_page_once(driver)
        except (StaleElementReferenceException, WebDriverException) as error:
            if attempt == 3 or ("stale" not in str(error).lower() and "does not belong" not in str(error)):
                raise


def fill_page_once(driver):
    """Answers every question of the current page the way a hurried nurse would: first option, small numbers."""
    names = []
    for radio in driver.find_elements(By.CSS_SELECTOR, "input[type=radio]"):
        name = radio.get_attribute("name")
        if name not in names:
            names.append(name)
    for name in names:
        if not any(r.is_selected() for r in driver.find_elements(By.NAME, name)):
            # Click the label, as a person would (the whole line is the target on a phone).
            driver.find_element(By.CSS_SELECTOR, f"label:has(input[name='{name}'])").click()
    for number in driver.find_elements(By.CSS_SELECTOR, "input[type=number]"):
        number.clear()
        number.send_keys("2")
    for area in driver.find_elements(By.CSS_SELECTOR, "textarea"):
        area.clear()
        area.send_keys("Logiciel fictif de test")


def loaded(driver):
    """Waits until the new document is complete, so no element is looked up in a page being replaced."""
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")
    WebDriverWait(driver, 15).until(expected_conditions.presence_of_element_located((By.TAG_NAME, "main")))


def replaced(page):
    """True once `page` (an old <html> element) is gone. While Chromium swaps documents, asking about the old node
    can fail with "does not belong to the document" instead of a stale-element error: both mean it is gone."""
    def check(_driver):
        try:
            page.is_enabled()
            return False
        except (StaleElementReferenceException, WebDriverException):
            return True
    return check


def submit(driver):
    """Sends the page and waits for the next one to replace it (the server redirects after saving)."""
    page = driver.find_element(By.TAG_NAME, "html")
    # The main button: "Enregistrer et continuer", or on the last page "Terminer et envoyer mes réponses".
    driver.find_element(By.CSS_SELECTOR, "button[name=aller][value=suivante]").click()
    WebDriverWait(driver, 15).until(replaced(page))
    loaded(driver)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    link = f"{args.base}/r/{args.token}"

    driver = browser()
    try:
        driver.get(link)
        loaded(driver)
        check("/page/1" in driver.current_url, f"the link should open page 1, got {driver.current_url}")
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr", "pages must be in French")
        labels = driver.find_elements(By.CSS_SELECTOR, "fieldset legend")
        check(labels, "grouped questions use fieldset/legend")
        fill_page(driver)
        submit(driver)
        check("/page/2" in driver.current_url, f"after page 1 comes page 2, got {driver.current_url}")
        fill_page(driver)
        submit(driver)
        check("/page/3" in driver.current_url, f"after page 2 comes page 3, got {driver.current_url}")

        # Leave, come back with the same link: resume at page 3.
        driver.get("about:blank")
        driver.delete_all_cookies()
        driver.get(link)
        loaded(driver)
        check("/page/3" in driver.current_url, f"coming back should resume at page 3, got {driver.current_url}")

        for _ in range(40):
            if "/merci" in driver.current_url:
                break
            fill_page(driver)
            submit(driver)
        check("/merci" in driver.current_url, f"the questionnaire should end on the thanks page, got {driver.current_url}")
        check("Merci" in driver.page_source, "the thanks page says thank you")

        # The DIM logs in and sees the answers in the synthesis.
        driver.get(f"{args.base}/connexion")
        driver.find_element(By.ID, "email").send_keys(args.email)
        driver.find_element(By.ID, "motdepasse").send_keys(args.password)
        page = driver.find_element(By.TAG_NAME, "html")
        driver.find_element(By.XPATH, "//button[normalize-space()='Se connecter']").click()
        WebDriverWait(driver, 15).until(replaced(page))
        loaded(driver)
        driver.get(f"{args.base}/campagnes/1/synthese")
        text = driver.find_element(By.TAG_NAME, "main").text
        check("1 professionnel·le sur" in text and "a répondu" in text, f"the synthesis counts the respondent: {text[:300]}")
        check("Infirmier·e" in text, "the synthesis lists the nurse")
        driver.get(f"{args.base}/campagnes/1")
        progress = driver.find_element(By.TAG_NAME, "table").text
        check("Infirmier·e 1 1 1" in progress, f"the campaign shows one nurse finished: {progress}")
        print("OK parcours navigateur : répondant (2 pages, reprise, fin) puis synthèse du DIM")
        return 0
    except Exception as error:  # report and fail, with where it happened
        where = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename.endswith("browser_e2e.py")][-1]
        print(f"ÉCHEC (ligne {where.lineno} : {where.line}) : {str(error).splitlines()[0]}")
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
