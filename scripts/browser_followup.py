#!/usr/bin/env python3
"""The deployment follow-up's forms through a real browser (Debian's Chromium and chromedriver).

The DIM starts the follow-up of campaign 1, marks its first step done with its actual end date, then logs a
training of « IDE 1 » (2,5 hours, pluriprofessional). The calling Swift test checks what the store kept; this
script checks what the pages said.

    python3 scripts/browser_followup.py --base http://127.0.0.1:PORT --email dim@… --password …
"""
import argparse
import sys

from selenium.webdriver.common.by import By

from browser_e2e import browser, loaded
from browser_roundtrip import click_and_wait, login, report


def set_date(driver, element_id, value):
    """A date field's value as the browser's date picker would set it (typing depends on the locale's format)."""
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, element_id), value)


def choose(driver, select_id, value):
    driver.find_element(By.CSS_SELECTOR, f"#{select_id} option[value='{value}']").click()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    base, problems = args.base, []

    def expect(condition, message):
        if not condition:
            problems.append(f"{message} ({driver.current_url}): {driver.find_element(By.TAG_NAME, 'main').text[:300]}")

    driver = browser()
    try:
        login(driver, base, args.email, args.password)
        driver.get(f"{base}/campagnes/1/suivi")
        loaded(driver)
        set_date(driver, "debut", "2027-01-04")
        click_and_wait(driver, "form[action$='/suivi/demarrer'] button[type=submit]")
        expect("Étapes de l'équipe" in driver.page_source, "follow-up started")
        first = driver.find_elements(By.CSS_SELECTOR, "#etape option")[0]
        first.click()
        choose(driver, "statut", "fait")
        set_date(driver, "fin_reelle", "2027-02-03")
        click_and_wait(driver, "#form-etape button[type=submit]")
        expect("Enregistré." in driver.page_source, "step saved")
        expect("2027-02-03" in driver.page_source, "actual end shown")
        choose(driver, "professionnel", "IDE 1")
        set_date(driver, "formation-date", "2027-07-06")
        driver.find_element(By.ID, "heures").send_keys("2,5")
        choose(driver, "contenu", "pluriprofessionnel")
        driver.find_element(By.ID, "formateur").send_keys("Formatrice de l'éditeur")
        click_and_wait(driver, "#form-formation button[type=submit]")
        expect("Enregistré." in driver.page_source, "training saved")
        expect("2,5\u202fh" in driver.page_source, "training hours shown (a narrow no-break space before the unit)")
    finally:
        driver.quit()
    return report(problems, "OK suivi navigateur")


if __name__ == "__main__":
    sys.exit(main())
