#!/usr/bin/env python3
"""Importing a KoboToolbox export through a real browser (Debian's Chromium and chromedriver).

The DIM opens the campaign page, follows « Importer des réponses », chooses KoboToolbox, picks the file in the file
field, sends it, and reads what was added. The calling Swift test wrote the file and checks what the store holds;
this script checks what the pages said.

    python3 scripts/browser_import.py --base http://127.0.0.1:PORT --password PASSWORD --file PATH
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
    parser.add_argument("--file", required=True)
    args = parser.parse_args()
    base, problems = args.base, []
    driver = browser()

    def expect(condition, message):
        if not condition:
            problems.append(f"{message} ({driver.current_url}): {driver.find_element(By.TAG_NAME, 'main').text[:400]}")

    try:
        login(driver, base, "dim@example.org", args.password)
        driver.get(f"{base}/campagnes/1")
        loaded(driver)
        click_and_wait(driver, "a[href='/campagnes/1/import']")
        driver.find_element(By.CSS_SELECTOR, "input[name=outil][value=kobo]").click()
        driver.find_element(By.CSS_SELECTOR, "input[type=file][name=fichier]").send_keys(args.file)
        click_and_wait(driver, "main form button[type=submit]")
        text = driver.find_element(By.TAG_NAME, "main").text.replace("\u00a0", " ")
        expect("KoboToolbox : 2 personne(s) ajoutée(s) à la campagne" in text, "the import is said")
        expect("Par profession : Médecin généraliste 1, Infirmier·e 1." in text, "counts by profession")
    finally:
        driver.quit()
    return report(problems, "OK import navigateur")


if __name__ == "__main__":
    sys.exit(main())
