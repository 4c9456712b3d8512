#!/usr/bin/env python3
"""The register of a team's software in a real browser (Debian's Chromium and chromedriver), at phone width.

    python3 scripts/browser_register.py --base http://127.0.0.1:PORT --password …
        The DIM registers Chorus 6.2 on team 1's page: first with a contract end before the start (refused, the
        field named, what was typed kept), then corrected; then sets the team's stage to « pendant ».

The calling Swift test checks what the store kept; this script checks what the pages said.
"""
import argparse
import sys

from selenium.webdriver.common.by import By

from browser_catalog import checked_run, fits_phone
from browser_e2e import loaded
from browser_roundtrip import click_and_wait, login

DIM = "dim@example.org"


def register_software(driver, base, password, expect):
    login(driver, base, DIM, password)
    driver.get(f"{base}/equipes/1")
    loaded(driver)
    expect(fits_phone(driver), "the team page with its register fits a phone's width")
    driver.find_element(By.CSS_SELECTOR, "#logiciel option[value='chorus']").click()
    driver.find_element(By.ID, "version").send_keys("6.2 (serveur hébergé)")
    driver.find_element(By.ID, "depuis").send_keys("2026-01-05")
    driver.find_element(By.ID, "fin_contrat").send_keys("2025-12-31")
    click_and_wait(driver, "form[action^='/equipes/1/logiciels'] button[type=submit]")
    alert = driver.find_element(By.CSS_SELECTOR, "p.erreur[role=alert]").text.replace("\u00a0", " ")
    expect(alert.startswith("Le registre n’est pas modifié. Fin de contrat : avant la date de début"), f"field named: {alert!r}")
    expect(driver.find_element(By.ID, "version").get_attribute("value") == "6.2 (serveur hébergé)", "typed version kept")
    expect(driver.find_element(By.CSS_SELECTOR, "#logiciel option[value='chorus']").is_selected(), "product kept")
    field = driver.find_element(By.ID, "fin_contrat")
    field.clear()
    field.send_keys("2028-01-31")
    click_and_wait(driver, "form[action^='/equipes/1/logiciels'] button[type=submit]")
    table = driver.find_element(By.CSS_SELECTOR, "#registre + table").text
    expect("Chorus 6.2 (serveur hébergé) 2026-01-05 2028-01-31" in table, f"software in use shown: {table!r}")
    driver.find_element(By.CSS_SELECTOR, "#etape option[value='pendant']").click()
    driver.find_element(By.ID, "etape_depuis").send_keys("2026-01-05")
    click_and_wait(driver, "form[action^='/equipes/1/etape'] button[type=submit]")
    expect("Étape dans la méthode : « pendant » depuis le 2026-01-05." in driver.find_element(By.TAG_NAME, "main").text.replace("\u00a0", " "),
           "stage shown")
    return "OK navigateur : logiciel inscrit au registre de l'équipe"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    return checked_run(lambda driver, expect: register_software(driver, args.base, args.password, expect))


if __name__ == "__main__":
    sys.exit(main())
