#!/usr/bin/env python3
"""The DIM's invitations through a real browser (Debian's Chromium and chromedriver).

The DIM creates a campaign by pasting tab-separated cells from a spreadsheet whose professions are common words
("IDE", "kiné") with an e-mail column, finds every link with « pas commencé » and « pas d'adresse », revokes one link
after confirming, restores it, and adds a respondent with the links page's form. The calling Swift test checks what
the store kept; this script checks what the pages said.

    python3 scripts/browser_invitations.py --base http://127.0.0.1:PORT --email dim@… --password … --team ID
"""
import argparse
import sys

from selenium.webdriver.common.by import By

from browser_e2e import browser, loaded
from browser_forms import paste
from browser_roundtrip import click_and_wait, login, report

PASTED = ("identifiant\tprofession\te-mail\r\n"
          "Infirmière Tilleuls\tIDE\tide.tilleuls@exemple.fr\r\n"
          "Kiné Tilleuls\tkiné\t\r\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--team", required=True)
    args = parser.parse_args()
    base, problems = args.base, []

    def expect(condition, message):
        if not condition:
            problems.append(f"{message} ({driver.current_url}): {driver.find_element(By.TAG_NAME, 'main').text[:400]}")

    driver = browser()
    try:
        login(driver, base, args.email, args.password)
        driver.get(f"{base}/equipes/{args.team}")
        loaded(driver)
        driver.find_element(By.ID, "nomc").send_keys("Invitations 2027")
        paste(driver, driver.find_element(By.ID, "repondants"), PASTED)
        click_and_wait(driver, "form[action$='/campagnes'] button[type=submit]")
        expect("Campagne créée" in driver.page_source, "campaign created from the pasted cells")
        driver.get(driver.current_url.split("?")[0] + "/liens")
        loaded(driver)
        page = driver.find_element(By.TAG_NAME, "main").text
        expect("Infirmière Tilleuls" in page and "Kiné Tilleuls" in page, "both pasted respondents listed")
        expect("ide.tilleuls@exemple.fr" in page and "pas d'adresse" in page, "address and « pas d'adresse » shown")
        expect("2 pas commencé" in page, "counts at the top")
        driver.find_element(By.PARTIAL_LINK_TEXT, "Révoquer").click()
        loaded(driver)
        expect("Révoquer le lien de" in driver.page_source, "revocation asks for confirmation")
        click_and_wait(driver, "main form button[type=submit]")
        expect("lien révoqué" in driver.page_source, "link revoked")
        click_and_wait(driver, "form[action$='/retablir'] button[type=submit]")
        expect("lien révoqué" not in driver.page_source, "link restored")
        driver.find_element(By.ID, "aprofession").send_keys("sage-femme")
        driver.find_element(By.ID, "aemail").send_keys("SF.Tilleuls@Exemple.fr")
        click_and_wait(driver, "form#ajout button[type=submit]")
        expect("Sage-femme 1" in driver.page_source and "sf.tilleuls@exemple.fr" in driver.page_source, "respondent added")
    finally:
        driver.quit()
    return report(problems, "OK invitations navigateur : liste collée (IDE, kiné), état, révocation annulée, ajout")


if __name__ == "__main__":
    sys.exit(main())
