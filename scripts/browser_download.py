#!/usr/bin/env python3
"""A document downloaded as PDF in a real browser (Debian's Chromium and chromedriver).

    python3 scripts/browser_download.py --base http://127.0.0.1:PORT --password … --campaign ID --folder DIR
        The DIM opens the campaign's comparative sheet, clicks « Télécharger (PDF) » and the file arrives in DIR under
        the name the server gave it (team and date); the script prints that name. The calling Swift test checks the
        bytes.
"""
import argparse
import os
import sys
import time

from selenium.webdriver.common.by import By

from browser_catalog import checked_run
from browser_e2e import loaded
from browser_roundtrip import login

DIM = "dim@example.org"


def arrived(folder, seconds=90):
    """The finished download's name (Chromium writes `.crdownload` until it is done), or None."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = [name for name in os.listdir(folder) if not name.endswith((".crdownload", ".tmp"))]
        if done:
            return done[0]
        time.sleep(0.3)
    return None


def download_pdf(driver, base, password, campaign, folder, expect):
    # Headless Chromium refuses downloads unless told where they go.
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
    login(driver, base, DIM, password)
    driver.get(f"{base}/campagnes/{campaign}/comparaison")
    loaded(driver)
    links = [link for link in driver.find_elements(By.CSS_SELECTOR, "a.bouton") if link.text.strip() == "Télécharger (PDF)"]
    expect(len(links) == 1, "one « Télécharger (PDF) » link on the comparative sheet")
    if links:
        links[0].click()
        name = arrived(folder)
        expect(name is not None, "the PDF arrived in the downloads folder")
        return f"OK navigateur : téléchargé {name}"
    return "OK navigateur : rien"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--campaign", required=True)
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()
    return checked_run(lambda driver, expect: download_pdf(driver, args.base, args.password, args.campaign, args.folder, expect))


if __name__ == "__main__":
    sys.exit(main())
