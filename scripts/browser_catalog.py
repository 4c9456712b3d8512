#!/usr/bin/env python3
"""The DIM's catalog pages in a real browser (Debian's Chromium and chromedriver), at phone width (400 px).

    python3 scripts/browser_catalog.py --base http://127.0.0.1:PORT --password … fact
        The DIM records a fact on Chorus through the form: first without a source (refused, the field named, what
        was typed kept), then with it.
    python3 scripts/browser_catalog.py --base http://127.0.0.1:PORT --password … observation --session ID
        The facilitator reports an observation in session ID; the DIM accepts it into the catalog.

The calling Swift test checks what the store kept; this script checks what the pages said.
"""
import argparse
import sys

from selenium.webdriver.common.by import By

from browser_e2e import browser, loaded
from browser_roundtrip import click_and_wait, login, report

DIM = "dim@example.org"
FACILITATOR = "animation@example.org"


def fits_phone(driver):
    """Nothing wider than the screen: tables scroll inside themselves instead of widening the page."""
    return driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


def record_fact(driver, base, password, expect):
    login(driver, base, DIM, password)
    driver.get(f"{base}/catalogue")
    loaded(driver)
    expect(fits_phone(driver), "the catalog fits a phone's width")
    driver.find_element(By.LINK_TEXT, "Chorus").click()
    loaded(driver)
    expect(fits_phone(driver), "the product page fits a phone's width")
    driver.find_element(By.CSS_SELECTOR, "#critere option[value='BES-FACT-MK']").click()
    driver.find_element(By.ID, "valeur").send_keys("oui")
    driver.find_element(By.CSS_SELECTOR, "#niveau option[value='demo']").click()
    driver.find_element(By.ID, "date").send_keys("2026-11-20")
    driver.find_element(By.ID, "note").send_keys("Séries de séances\nà domicile comprises")
    click_and_wait(driver, "form[action^='/catalogue/chorus/faits'] button[type=submit]")
    alert = driver.find_element(By.CSS_SELECTOR, "p.erreur[role=alert]").text.replace("\u00a0", " ")
    expect(alert.startswith("Le fait n’est pas enregistré. Source : obligatoire"), f"missing source refused, field named: {alert!r}")
    expect(driver.find_element(By.ID, "valeur").get_attribute("value") == "oui", "typed value kept")
    expect(driver.find_element(By.CSS_SELECTOR, "#critere option[value='BES-FACT-MK']").is_selected(), "criterion kept")
    driver.find_element(By.ID, "source").send_keys("Démonstration <Chorus> du 20 novembre 2026 & compte rendu")
    click_and_wait(driver, "form[action^='/catalogue/chorus/faits'] button[type=submit]")
    expect("Fait enregistré" in driver.page_source, "fact recorded")
    expect("Démonstration <Chorus> du 20 novembre 2026 & compte rendu" in driver.find_element(By.TAG_NAME, "main").text,
           "the source shown as typed (escaped, not markup)")
    return "OK navigateur : fait enregistré par le formulaire du catalogue"


def accept_observation(driver, base, password, session, expect):
    login(driver, base, FACILITATOR, password)
    driver.get(f"{base}/groupes/{session}")
    loaded(driver)
    driver.find_element(By.CSS_SELECTOR, "#oproduit option[value='chorus']").click()
    driver.find_element(By.CSS_SELECTOR, "#ocritere option[value='BES-FACT-IDE']").click()
    driver.find_element(By.ID, "otexte").send_keys("Les infirmières facturent maintenant en tournée")
    driver.find_element(By.ID, "ovaleur").send_keys("oui")
    click_and_wait(driver, "form[action*='/observations'] button[type=submit]")
    expect("Observation enregistrée" in driver.page_source, "observation reported")
    login(driver, base, DIM, password)
    driver.get(f"{base}/")
    loaded(driver)
    driver.find_element(By.PARTIAL_LINK_TEXT, "1 observation").click()
    loaded(driver)
    expect(fits_phone(driver), "the catalog with an observation fits a phone's width")
    click_and_wait(driver, "form[action$='/accepter'] button[type=submit]")
    expect("Observation acceptée" in driver.page_source, "observation accepted")
    expect("Aucune observation en attente." in driver.page_source, "nothing pending any more")
    return "OK navigateur : observation acceptée dans le catalogue"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--session")
    parser.add_argument("what", choices=["fact", "observation"])
    args = parser.parse_args()
    if args.what == "fact":
        return checked_run(lambda driver, expect: record_fact(driver, args.base, args.password, expect))
    return checked_run(lambda driver, expect: accept_observation(driver, args.base, args.password, args.session, expect))


def checked_run(steps):
    """Runs `steps(driver, expect)` in a fresh browser; prints every failed expectation (exit 1) or the success line
    `steps` returns (exit 0)."""
    problems = []

    def expect(condition, message):
        if not condition:
            problems.append(f"{message} ({driver.current_url}): {driver.find_element(By.TAG_NAME, 'main').text[:300]}")

    driver = browser()
    try:
        success = steps(driver, expect)
    finally:
        driver.quit()
    return report(problems, success)


if __name__ == "__main__":
    sys.exit(main())
