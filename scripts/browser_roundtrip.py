#!/usr/bin/env python3
"""Every question, every profession, through a real browser (Debian's Chromium and chromedriver, Selenium).

For each respondent of the plan, opens their link, answers every question the way a person would (clicks the
labels of radio buttons and of several checkboxes, types numbers, types multi-line text with accents made of
combining characters), goes to the end; then opens every page again and checks that what the page shows is what
was answered. Then the DIM logs in, fills the team's questions (several referents ticked) and checks them again;
a facilitator types a user-group session (three agenda lines, two invited teams) and finds them in the minutes.
The calling Swift test checks the database, the CSV and the FHIR exports against the same plan.

    python3 scripts/browser_roundtrip.py --base http://127.0.0.1:PORT --plan plan.json
plan.json: {"email", "facilitator", "password", "campaign", "respondents": [{"token", "answers": {item: typed}}],
            "team": {item: typed}}; a multi-choice answer is its codes joined with "|".
Exit status 0 on success; prints every mismatch otherwise.
"""
import argparse
import json
import sys
import unicodedata
import urllib.parse
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser_e2e import browser, loaded, replaced


def stored_form(text):
    """What the server keeps of typed text: NFC, `\\n` line endings, trimmed."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()


def questions(driver):
    """The names of the questions on the page, in order."""
    names = []
    for element in driver.find_elements(By.CSS_SELECTOR, "div.question input, div.question textarea"):
        name = element.get_attribute("name")
        if name not in names:
            names.append(name)
    return names


def answer(driver, name, typed, problems, where):
    fields = driver.find_elements(By.NAME, name)
    kind = fields[0].get_attribute("type") if fields[0].tag_name == "input" else "textarea"
    if kind in ("radio", "checkbox"):
        wanted = set(typed.split("|")) if kind == "checkbox" else {typed}
        offered = {field.get_attribute("value") for field in fields}
        if not wanted <= offered:
            problems.append(f"{where}: {name}: {sorted(wanted - offered)} not offered ({sorted(offered)})")
        for field in fields:
            if field.is_selected() != (field.get_attribute("value") in wanted):
                # Click the label, as a person would (the whole line is the target on a phone).
                driver.find_element(By.CSS_SELECTOR, f"label:has(input[name='{name}'][value='{field.get_attribute('value')}'])").click()
    else:
        fields[0].clear()
        fields[0].send_keys(typed)


def shown(driver, name):
    """What the page shows for a question, in the stored form."""
    fields = driver.find_elements(By.NAME, name)
    kind = fields[0].get_attribute("type") if fields[0].tag_name == "input" else "textarea"
    if kind in ("radio", "checkbox"):
        return "|".join(field.get_attribute("value") for field in fields if field.is_selected())
    return stored_form(fields[0].get_property("value"))


def same(name, expected, got):
    if "|" in expected or "|" in got:
        return set(expected.split("|")) == set(got.split("|"))
    return expected == got


def click_and_wait(driver, selector):
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, selector).click()
    WebDriverWait(driver, 20).until(replaced(page))
    loaded(driver)


def respondent_round_trip(driver, base, token, plan, problems):
    link = f"{base}/r/{token}"
    driver.get(link)
    loaded(driver)
    pages, seen = [], set()
    for _ in range(60):
        if "/merci" in driver.current_url:
            break
        where = driver.current_url.split("/r/")[-1]
        pages.append(driver.current_url)
        for name in questions(driver):
            seen.add(name)
            if name not in plan:
                problems.append(f"{where}: question {name} shown but not in the plan")
                continue
            answer(driver, name, plan[name], problems, where)
        click_and_wait(driver, "button[name=aller][value=suivante]")
        if "alerte" in driver.page_source and "/merci" not in driver.current_url and driver.current_url in pages:
            problems.append(f"{where}: the page came back with errors: {driver.find_element(By.TAG_NAME, 'main').text[:300]}")
            return
    if "/merci" not in driver.current_url:
        problems.append(f"{token}: never reached the thanks page ({driver.current_url})")
    for name in sorted(set(plan) - seen):
        problems.append(f"{token}: question {name} of the plan was never shown")
    # The pages shown again.
    for url in pages:
        driver.get(url)
        loaded(driver)
        for name in questions(driver):
            if name in plan and not same(name, stored_form(plan[name]), shown(driver, name)):
                problems.append(f"{url}: {name} shown again as {shown(driver, name)!r}, answered {stored_form(plan[name])!r}")


def team_round_trip(driver, base, campaign, plan, email, password, problems):
    login(driver, base, email, password)
    driver.get(f"{base}/campagnes/{campaign}/equipe")
    loaded(driver)
    for name in questions(driver):
        if name in plan:
            answer(driver, name, plan[name], problems, "équipe")
    click_and_wait(driver, "main form button[type=submit]")
    if "Réponses enregistrées" not in driver.page_source:
        problems.append(f"équipe: not saved: {driver.find_element(By.TAG_NAME, 'main').text[:300]}")
    driver.get(f"{base}/campagnes/{campaign}/equipe")
    loaded(driver)
    for name in questions(driver):
        if name in plan and not same(name, stored_form(plan[name]), shown(driver, name)):
            problems.append(f"équipe: {name} shown again as {shown(driver, name)!r}, answered {stored_form(plan[name])!r}")


def login(driver, base, email, password):
    driver.delete_all_cookies()
    driver.get(f"{base}/connexion")
    loaded(driver)
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "motdepasse").send_keys(password)
    click_and_wait(driver, "form button[type=submit]")


def minutes_markdown(driver, base, session_path):
    """The minutes as downloaded with the browser's session cookie (a download, not a page)."""
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(f"{base}{session_path}/compte-rendu.md", headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode("utf-8")


def group_session_round_trip(driver, base, email, password, problems):
    """A facilitator types three agenda lines and two invited teams; the minutes have them all."""
    login(driver, base, email, password)
    driver.get(f"{base}/groupes")
    loaded(driver)
    driver.find_element(By.ID, "logiciel").send_keys("Vadrouille Soins (fictif)")
    # A date field's typing depends on the browser's locale: set its value as the date picker would.
    driver.execute_script("arguments[0].value = '2026-12-15'", driver.find_element(By.ID, "date"))
    driver.find_element(By.ID, "animation").clear()
    driver.find_element(By.ID, "animation").send_keys("Camille (animation)")
    click_and_wait(driver, "main form button[type=submit]")
    session_path = urllib.parse.urlparse(driver.current_url).path
    typed = {
        "equipes": "MSP des Hirondelles (fictive) ; infirmier\nMSP des Saules (fictive) ; pharmacien",
        "odj": "Tour de table\nTournées sur tablette\nQuestions diverses",
        "decisions": "Écrire à l'éditeur\nSe revoir en février",
    }
    for name, text in typed.items():
        area = driver.find_element(By.NAME, name)
        area.clear()
        area.send_keys(text)
    click_and_wait(driver, "main form[action$='" + session_path + "'] button[type=submit]")
    if "Séance enregistrée" not in driver.page_source:
        problems.append(f"séance: not saved: {driver.find_element(By.TAG_NAME, 'main').text[:400]}")
        return
    minutes = minutes_markdown(driver, base, session_path)
    for line in ("Tour de table", "Tournées sur tablette", "Questions diverses", "MSP des Hirondelles", "MSP des Saules",
                 "Se revoir en février"):
        if line not in minutes:
            problems.append(f"séance: « {line} » missing from the minutes")
    agenda = [line for line in minutes.splitlines() if "Tour de table" in line or "Tournées" in line or "Questions diverses" in line]
    if len(agenda) < 3:
        problems.append(f"séance: the three agenda lines are not three lines in the minutes: {agenda}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--plan", required=True)
    args = parser.parse_args()
    with open(args.plan, encoding="utf-8") as file:
        plan = json.load(file)
    problems = []
    driver = browser()
    try:
        for respondent in plan["respondents"]:
            driver.delete_all_cookies()
            respondent_round_trip(driver, args.base, respondent["token"], respondent["answers"], problems)
        team_round_trip(driver, args.base, plan["campaign"], plan["team"], plan["email"], plan["password"], problems)
        group_session_round_trip(driver, args.base, plan["facilitator"], plan["password"], problems)
    finally:
        driver.quit()
    return report(problems, f"OK aller-retour navigateur : {len(plan['respondents'])} professions, "
                  f"{sum(len(r['answers']) for r in plan['respondents'])} réponses, {len(plan['team'])} questions d'équipe")


def report(problems, success):
    """Prints every problem and returns 1, or prints `success` and returns 0."""
    for problem in problems:
        print(f"ÉCART : {problem}")
    if problems:
        return 1
    print(success)
    return 0


if __name__ == "__main__":
    sys.exit(main())
