#!/usr/bin/env python3
"""The respondent's welcome on a phone: opens the questionnaire's first page at 390 px wide in headless Chromium
(Debian's Chromium and chromedriver, Selenium), checks the welcome is on screen and the page does not scroll
sideways, and saves a screenshot (under .build/, never in git).

    python3 scripts/browser_welcome.py --base http://127.0.0.1:PORT --token TOKEN --screenshot .build/accueil.png
Exit status 0 and "OK accueil téléphone" on success; prints what failed otherwise.
"""
import argparse
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--screenshot", required=True)
    args = parser.parse_args()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,844"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        # A phone's viewport exactly, whatever the window manager of a headless browser makes of the window size.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
        driver.get(f"{args.base}/r/{args.token}")
        heading = driver.find_element(By.ID, "bienvenue")
        problems = []
        if not heading.is_displayed():
            problems.append("le titre « Bienvenue » n'est pas affiché")
        top = driver.execute_script("return arguments[0].getBoundingClientRect().top;", heading)
        if not 0 <= top < PHONE["height"]:
            problems.append(f"le titre « Bienvenue » est hors de l'écran (à {top} px)")
        width = driver.execute_script("return document.documentElement.scrollWidth;")
        if width > PHONE["width"]:
            problems.append(f"la page défile de côté : {width} px pour un écran de {PHONE['width']} px")
        link = driver.find_element(By.CSS_SELECTOR, ".bienvenue a[href='/confidentialite']")
        if not link.is_displayed():
            problems.append("le lien vers la notice n'est pas affiché")
        os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
        if not driver.save_screenshot(args.screenshot):
            problems.append("capture d'écran impossible")
        if problems:
            print("\n".join(problems))
            return 1
        print(f"OK accueil téléphone ({args.screenshot})")
        return 0
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
