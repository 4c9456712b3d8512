#!/usr/bin/env python3
"""A demonstration scored in a real headless browser (Debian's Chromium through its WebDriver, driven by Selenium), at
phone width: the professional opens the evaluation's link, chooses a profession, types initials, scores every
scenario (first one "vu et convaincant" with a two-line comment, the others "non disponible"), sends the sheet and
sees it saved. The Swift test then compares what the store holds.

    python3 scripts/browser_evaluation.py --base http://127.0.0.1:PORT --token TOKEN
Prints the sheet's path and "OK évaluation navigateur"; exit status 0 on success, what failed otherwise.
"""
import argparse
import sys
import traceback

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser_e2e import browser, check, loaded, replaced


def send(driver, button_text):
    """Clicks the form's button and waits for the server's redirect to replace the page."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.XPATH, f"//button[normalize-space()='{button_text}']").click()
    WebDriverWait(driver, 15).until(replaced(page))
    loaded(driver)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    args = parser.parse_args()

    driver = browser()
    try:
        driver.get(f"{args.base}/d/{args.token}")
        loaded(driver)
        check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
              "the start page fits a phone's width")
        Select(driver.find_element(By.ID, "profession")).select_by_value("infirmier")
        driver.find_element(By.ID, "nom").send_keys("L. M.")
        send(driver, "Commencer ma fiche")
        check("/fiche/" in driver.current_url, f"the start leads to the sheet, got {driver.current_url}")
        check(driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"),
              "the sheet fits a phone's width")
        scenarios = driver.find_elements(By.CSS_SELECTOR, "fieldset.question")
        check(len(scenarios) >= 2, f"every scenario is shown, got {len(scenarios)}")
        for index, scenario in enumerate(scenarios):
            wanted = "convaincant" if index == 0 else "indisponible"
            # Click the label, as a person would on a phone.
            scenario.find_element(By.XPATH, f".//label[input[@value='{wanted}']]").click()
        comment = scenarios[0].find_element(By.TAG_NAME, "textarea")
        comment.send_keys("Tournée vue en entier")
        comment.send_keys("\n")
        comment.send_keys("mais lente hors ligne")
        send(driver, "Enregistrer ma fiche")
        check("Fiche enregistrée" in driver.page_source, "the sheet says it was saved")
        check(driver.find_element(By.CSS_SELECTOR, "input[value=convaincant]").is_selected(), "the saved choice is shown again")
        print(driver.current_url.split(args.base, 1)[1].split("?")[0])
        print("OK évaluation navigateur")
        return 0
    except Exception:
        traceback.print_exc(file=sys.stdout)
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
