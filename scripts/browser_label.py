#!/usr/bin/env python3
"""A product's label status in a real browser (Debian's Chromium and chromedriver), at phone width.

    python3 scripts/browser_label.py --base http://127.0.0.1:PORT --password …
        The DIM records on Chorus's catalog page that it no longer meets the label: first without the date it was
        lost (refused, the field named, what was typed kept), then with it; the history shows the new status.

The calling Swift test checks what the store kept; this script checks what the pages said.
"""
import argparse
import sys

from selenium.webdriver.common.by import By

from browser_catalog import checked_run, fits_phone
from browser_e2e import loaded
from browser_roundtrip import click_and_wait, login

DIM = "dim@example.org"
FORM = "form[action^='/catalogue/chorus/label'] button[type=submit]"


def record_loss(driver, base, password, expect):
    login(driver, base, DIM, password)
    driver.get(f"{base}/catalogue/chorus")
    loaded(driver)
    expect(fits_phone(driver), "the product page with its label form fits a phone's width")
    driver.find_element(By.CSS_SELECTOR, "#label-etat option[value='no-longer-meets']").click()
    driver.find_element(By.ID, "label-source").send_keys("Liste ANS du 20 novembre 2026")
    driver.find_element(By.ID, "label-date").send_keys("2026-11-20")
    click_and_wait(driver, FORM)
    alert = driver.find_element(By.CSS_SELECTOR, "p.erreur[role=alert]").text.replace("\u00a0", " ")
    expect(alert.startswith("Le statut n’est pas enregistré. Perdu le : obligatoire"), f"field named: {alert!r}")
    expect(driver.find_element(By.ID, "label-source").get_attribute("value") == "Liste ANS du 20 novembre 2026", "typed source kept")
    expect(driver.find_element(By.CSS_SELECTOR, "#label-etat option[value='no-longer-meets']").is_selected(), "state kept")
    driver.find_element(By.ID, "label-perdu").send_keys("2026-11-20")
    click_and_wait(driver, FORM)
    table = driver.find_element(By.CSS_SELECTOR, "#statut-label + p + table").text.replace("\u00a0", " ")
    expect("ne répond plus au label (signalé le 20 novembre 2026)" in table, f"new status in the history: {table!r}")
    return "OK navigateur : statut du label enregistré"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()
    return checked_run(lambda driver, expect: record_loss(driver, args.base, args.password, expect))


if __name__ == "__main__":
    sys.exit(main())
