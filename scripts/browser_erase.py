#!/usr/bin/env python3
"""Erasing a respondent through a real browser (Debian's Chromium and chromedriver).

The DIM opens the campaign's links page, follows « Effacer » on IDE 1's row, reads the confirmation (what will be
erased), confirms, and is back on the links page with the outcome; IDE 1's link then leads to the not-found page.
The calling Swift test checks what the store kept; this script checks what the pages said.

    python3 scripts/browser_erase.py --base http://127.0.0.1:PORT --password PASSWORD --respondent ID --token TOKEN
"""
import argparse
import sys

from selenium.webdriver.common.by import By

from browser_e2e import browser, loaded
from browser_roundtrip import click_and_wait, login, report


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--respondent", required=True)
    parser.add_argument("--token", required=True)
    args = parser.parse_args()
    base, problems = args.base, []
    driver = browser()

    def expect(condition, message):
        if not condition:
            problems.append(f"{message} ({driver.current_url}): {driver.find_element(By.TAG_NAME, 'main').text[:300]}")

    try:
        login(driver, base, "dim@example.org", args.password)
        driver.get(f"{base}/campagnes/1/liens")
        loaded(driver)
        click_and_wait(driver, f"a[href='/campagnes/1/liens/{args.respondent}/effacer']")
        main_text = driver.find_element(By.TAG_NAME, "main").text
        expect("Effacer « IDE 1 » ?" in main_text.replace("\u00a0", " "), "confirmation names the respondent")
        expect("son lien personnel" in main_text, "confirmation says the link goes")
        click_and_wait(driver, "main form button[type=submit]")
        expect(driver.current_url.endswith("/campagnes/1/liens?efface=1"), "back on the links page")
        expect("Répondant·e effacé·e" in driver.page_source, "the outcome is said")
        expect("IDE 1" not in driver.find_element(By.TAG_NAME, "table").text, "IDE 1 is no longer listed")
        driver.get(f"{base}/r/{args.token}")
        loaded(driver)
        expect("Page introuvable" in driver.page_source, "the erased link no longer opens")
    finally:
        driver.quit()
    return report(problems, "OK effacement navigateur")


if __name__ == "__main__":
    sys.exit(main())
