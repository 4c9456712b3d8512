#!/usr/bin/env python3
"""Every other form of the application, submitted through a real browser (Debian's Chromium and chromedriver).

The administrator adds a team (its name typed with a combining accent), creates a campaign by pasting
tab-separated cells from a spreadsheet, revokes a link, edits an action of the plan, creates an account,
creates a user-group session and adds a request to the editor, then logs out. The calling Swift test checks
what the store kept; this script checks what the pages said.

    python3 scripts/browser_forms.py --base http://127.0.0.1:PORT --email admin@… --password …
"""
import argparse
import sys
import urllib.parse

from selenium.webdriver.common.by import By

from browser_e2e import browser, loaded
from browser_roundtrip import click_and_wait, login, report


def paste(driver, element, text):
    """What pasting does: the field's whole value at once (typing a tab would move the focus instead)."""
    driver.execute_script("arguments[0].value = arguments[1]", element, text)


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
        driver.get(f"{base}/equipes")
        loaded(driver)
        driver.find_element(By.ID, "nom").send_keys("Maison de sante\u0301 des Tilleuls (fictive)")
        click_and_wait(driver, "main form button[type=submit]")
        expect("Équipe ajoutée" in driver.page_source, "team added")
        driver.find_element(By.PARTIAL_LINK_TEXT, "Tilleuls").click()
        loaded(driver)
        team_path = urllib.parse.urlparse(driver.current_url).path
        driver.find_element(By.ID, "nomc").send_keys("Recueil 2027")
        paste(driver, driver.find_element(By.ID, "repondants"),
              "identifiant\tprofession\nIDE Tilleuls\tinfirmier\nKiné Tilleuls\tmasseur-kinesitherapeute\n")
        click_and_wait(driver, "main form button[type=submit]")
        expect("Campagne créée" in driver.page_source, f"campaign created from {team_path}")
        campaign_path = urllib.parse.urlparse(driver.current_url).path
        driver.get(f"{base}{campaign_path}/liens")
        loaded(driver)
        expect("IDE Tilleuls" in driver.page_source and "Kiné Tilleuls" in driver.page_source, "both pasted respondents listed")
        # Revoking asks for confirmation first.
        driver.find_element(By.PARTIAL_LINK_TEXT, "Révoquer").click()
        loaded(driver)
        click_and_wait(driver, "main form button[type=submit]")
        expect("lien révoqué" in driver.page_source, "link revoked")
        driver.get(f"{base}{campaign_path}/actions")
        loaded(driver)
        if driver.find_elements(By.CSS_SELECTOR, "main form"):
            lead = driver.find_element(By.CSS_SELECTOR, "main form input[name=pilote]")
            lead.clear()
            lead.send_keys("Dr Martin (fictif)")
            click_and_wait(driver, "main form button[type=submit]")
            expect("Action enregistrée" in driver.page_source, "action saved")
        driver.get(f"{base}/utilisateurs")
        loaded(driver)
        driver.find_element(By.ID, "uemail").send_keys("Secretariat.Tilleuls@Example.org")
        driver.find_element(By.ID, "unom").send_keys("Secrétariat des Tilleuls (fictif)")
        driver.find_element(By.CSS_SELECTOR, "#urole option[value=coordinator]").click()
        driver.find_element(By.XPATH, "//select[@id='uequipe']/option[contains(., 'Tilleuls')]").click()
        driver.find_element(By.ID, "umdp").send_keys("un mot de passe assez long")
        click_and_wait(driver, "form[action='/utilisateurs'] button[type=submit]")
        expect("secretariat.tilleuls@example.org" in driver.page_source, "account created, address normalised")
        driver.get(f"{base}/groupes")
        loaded(driver)
        driver.find_element(By.ID, "logiciel").send_keys("Vadrouille Soins (fictif)")
        driver.execute_script("arguments[0].value = '2027-01-12'", driver.find_element(By.ID, "date"))
        click_and_wait(driver, "main form button[type=submit]")
        driver.find_element(By.ID, "rid").send_keys("VAD-001")
        driver.find_element(By.ID, "rtitre").send_keys("Tournées hors ligne")
        driver.find_element(By.ID, "rdesc").send_keys("Saisir sans réseau\nsynchroniser au retour")
        driver.find_element(By.ID, "rprof").send_keys("infirmier, pharmacien")
        driver.find_element(By.ID, "rvotes").send_keys("3")
        click_and_wait(driver, "form[action$='/demandes'] button[type=submit]")
        expect("Tournées hors ligne" in driver.page_source, "request added")
        click_and_wait(driver, "form[action='/deconnexion'] button[type=submit]")
        expect("/connexion" in driver.current_url, "logged out")
    finally:
        driver.quit()
    return report(problems, "OK formulaires navigateur : équipe, campagne collée d'un tableur, révocation, action, compte, "
                            "séance, demande, déconnexion")


if __name__ == "__main__":
    sys.exit(main())
