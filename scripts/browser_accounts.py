#!/usr/bin/env python3
"""Passwords through a real browser (Debian's Chromium and chromedriver).

1. A coordinator changes her password on « Mon mot de passe », then signs in again: the old password is refused,
   the new one works.
2. The admin issues a one-time reset link for the DIM; in a fresh browser (no cookies) the link's page sets a new
   password and signs nobody in; the old password is then refused, the new one works, and the link is used up.
The calling Swift test checks what the store kept; this script checks what the pages said.

    python3 scripts/browser_accounts.py --flow change|reset --base http://127.0.0.1:PORT --password CURRENT --new NEW
"""
import argparse
import re
import sys

from selenium.webdriver.common.by import By

from browser_e2e import browser, loaded
from browser_roundtrip import click_and_wait, login, report


def signs_in(driver, base, email, password):
    """Whether the login form accepts this password (it stays on /connexion when it does not)."""
    login(driver, base, email, password)
    return "/connexion" not in driver.current_url


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--flow", choices=["change", "reset"], required=True)
    parser.add_argument("--base", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--new", required=True)
    args = parser.parse_args()
    base, problems = args.base, []

    def expect(condition, message):
        if not condition:
            problems.append(f"{message} ({driver.current_url}): {driver.find_element(By.TAG_NAME, 'main').text[:300]}")

    driver = browser()
    try:
        if args.flow == "change":
            change_own_password(driver, base, args, expect)
        else:
            reset_through_link(driver, base, args, expect)
    finally:
        driver.quit()
    return report(problems, f"OK mots de passe navigateur : {args.flow}")


def change_own_password(driver, base, args, expect):
    login(driver, base, "coord@example.org", args.password)
    driver.find_element(By.LINK_TEXT, "Mon mot de passe").click()
    loaded(driver)
    driver.find_element(By.ID, "actuel").send_keys(args.password)
    driver.find_element(By.ID, "nouveau").send_keys(args.new)
    driver.find_element(By.ID, "confirmation").send_keys(args.new)
    click_and_wait(driver, "form[action='/compte/mot-de-passe'] button[type=submit]")
    expect("Mot de passe changé" in driver.page_source, "own password changed")
    expect(not signs_in(driver, base, "coord@example.org", args.password), "old password refused after the change")
    expect(signs_in(driver, base, "coord@example.org", args.new), "new password accepted after the change")


def reset_through_link(driver, base, args, expect):
    login(driver, base, "admin@example.org", args.password)
    driver.get(f"{base}/utilisateurs")
    loaded(driver)
    click_and_wait(driver, "form[action='/utilisateurs/2/lien'] button[type=submit]")
    found = re.search(r"https?://\S+/reinitialisation/[a-z2-7]{32}", driver.find_element(By.TAG_NAME, "main").text)
    expect(found is not None, "reset link shown to the admin")
    link = found.group(0).replace("http://127.0.0.1:8080", base) if found else f"{base}/reinitialisation/x"
    driver.delete_all_cookies()
    driver.get(link)
    loaded(driver)
    expect("dim@example.org" in driver.page_source, "reset page names the account")
    driver.find_element(By.ID, "nouveau").send_keys(args.new)
    driver.find_element(By.ID, "confirmation").send_keys(args.new)
    click_and_wait(driver, "main form button[type=submit]")
    expect("/connexion" in driver.current_url and not driver.get_cookie("sipadvisor_session"), "reset signs nobody in")
    expect(not signs_in(driver, base, "dim@example.org", args.password), "old password refused after the reset")
    expect(signs_in(driver, base, "dim@example.org", args.new), "new password accepted after the reset")
    driver.get(link)
    loaded(driver)
    expect("n'est plus valable" in driver.page_source, "reset link used up")


if __name__ == "__main__":
    sys.exit(main())
