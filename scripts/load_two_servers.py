#!/usr/bin/env python3
"""The respondents of `scripts/load-two-servers`: simulated browsers through nginx, one server killed mid-run.

    load_two_servers.py --base URL --links FILE --kill PID --kill-after N --report FILE

Each respondent (one thread) opens their link and answers every questionnaire page as a browser would: it reads the
page's form (the CSRF field, each question's inputs), picks an answer per question (first radio or checkbox of each
name, the first real option of a select, the lower bound of a number, a short text; a question asked only under a
condition, « si … », is left blank as its answer would be ignored), posts it with the « Page
suivante » button, and follows the redirect. A POST answered by the redirect (303) is an acknowledged page: its
answers are written to the report (token, item, value) for the database check. A refused or broken request is
tried again up to three times, as a person would click again; each try counts. After N acknowledged pages, PID is
killed with SIGKILL. Prints one JSON line of figures. Python's standard library only.
"""
import argparse, http.client, json, os, signal, statistics, sys, threading, time, urllib.parse
from html.parser import HTMLParser


class Form(HTMLParser):
    """The questionnaire's form: its action and the fields a browser would send."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.action, self.in_form, self.fields = None, False, []
        self.select, self.conditional = None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form' and a.get('method') == 'post' and 'questionnaire' in (a.get('class') or ''):
            self.action, self.in_form = a.get('action'), True
        if not self.in_form:
            return
        name = a.get('name')
        classes = (a.get('class') or '').split()
        if tag == 'div' and 'question' in classes:
            self.conditional = False
        elif tag == 'p' and 'condition' in classes:
            # « Only if … »: a person whose earlier answers do not meet it leaves it blank, and the server ignores it.
            self.conditional = True
        if self.conditional and tag in ('input', 'option', 'textarea'):
            return
        if tag == 'input' and name:
            self.fields.append((a.get('type') or 'text', name, a.get('value') or '', a))
        elif tag == 'select' and name:
            self.select = name
        elif tag == 'option' and self.select and a.get('value'):
            self.fields.append(('option', self.select, a['value'], a))
        elif tag == 'textarea' and name:
            self.fields.append(('textarea', name, '', a))
        elif tag == 'button' and name == 'aller' and a.get('value') == 'suivante':
            self.fields.append(('button', name, a['value'], a))

    def handle_endtag(self, tag):
        if tag == 'form':
            self.in_form = False
        if tag == 'select':
            self.select = None

    def answers(self):
        """(name, value) pairs: one choice per radio group, select and checkbox group, every other field once."""
        chosen, seen = [], set()
        for kind, name, value, attrs in self.fields:
            if kind in ('radio', 'checkbox', 'option'):
                if name not in seen:
                    chosen.append((name, value))
            elif kind == 'number':
                chosen.append((name, attrs.get('min') or '1'))
            elif kind in ('text', 'textarea', 'email'):
                chosen.append((name, 'Réponse simulée'))
            elif kind in ('hidden', 'button'):
                chosen.append((name, value))
            seen.add(name)
        return chosen


class Figures:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies, self.failures, self.acknowledged_pages, self.statuses = [], 0, 0, {}
        self.acknowledged = []  # (token, item, value)
        self.errors = {}

    def request(self, seconds, status):
        with self.lock:
            self.latencies.append(seconds)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status not in (200, 303):
                self.failures += 1


class Browser:
    def __init__(self, base, figures):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.figures, self.cookies = url.hostname, url.port or 80, figures, {}

    def send(self, method, path, body=None):
        headers = {'Cookie': '; '.join(f'{k}={v}' for k, v in self.cookies.items())} if self.cookies else {}
        if body is not None:
            headers['Content-Type'] = 'application/x-www-form-urlencoded'
        start = time.monotonic()
        try:
            connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read().decode('utf-8', 'replace')
            status, location = response.status, response.getheader('Location')
            for cookie in response.headers.get_all('Set-Cookie') or []:
                pair = cookie.split(';', 1)[0].split('=', 1)
                if len(pair) == 2:
                    self.cookies[pair[0]] = pair[1]
            connection.close()
        except (OSError, http.client.HTTPException) as error:
            status, location, data = 0, None, str(error)
        self.figures.request(time.monotonic() - start, status)
        return status, location, data

    def retried(self, method, path, body=None, expected=(200,)):
        for attempt in range(4):
            status, location, data = self.send(method, path, body)
            if status in expected:
                return status, location, data
            with self.figures.lock:
                key = f'{method} {status}'
                self.figures.errors.setdefault(key, data[:300])
            time.sleep(0.2 * (attempt + 1))
        return None


def respondent(token, browser, figures, on_acknowledged):
    path = f'/r/{token}'
    first = browser.retried('GET', path, expected=(303,))
    if not first:
        return
    path = first[1]
    while path and '/merci' not in path:
        page = browser.retried('GET', path)
        if not page:
            return
        form = Form()
        form.feed(page[2])
        if not form.action:
            return
        fields = form.answers()
        body = urllib.parse.urlencode(fields)
        posted = browser.retried('POST', form.action, body, expected=(303,))
        if not posted:
            return
        with figures.lock:
            figures.acknowledged_pages += 1
            figures.acknowledged += [(token, name, value) for name, value in fields if name not in ('_csrf', 'aller')]
        on_acknowledged()
        path = posted[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--base', required=True)
    parser.add_argument('--links', required=True)
    parser.add_argument('--kill', type=int, required=True)
    parser.add_argument('--kill-after', type=int, required=True)
    parser.add_argument('--report', required=True)
    args = parser.parse_args()
    tokens = [line.strip().rsplit('/r/', 1)[1] for line in open(args.links, encoding='utf-8') if '/r/' in line]
    figures = Figures()
    killed = {'done': False, 'at': None}

    def on_acknowledged():
        with figures.lock:
            due = not killed['done'] and figures.acknowledged_pages >= args.kill_after
            if due:
                killed['done'] = True
        if due:
            os.kill(args.kill, signal.SIGKILL)
            killed['at'] = figures.acknowledged_pages

    start = time.monotonic()
    threads = [threading.Thread(target=respondent, args=(t, Browser(args.base, figures), figures, on_acknowledged)) for t in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    latencies = sorted(figures.latencies)
    with open(args.report, 'w', encoding='utf-8') as report:
        for row in figures.acknowledged:
            report.write('\t'.join(row) + '\n')
    print(json.dumps({
        'respondents': len(tokens), 'requests': len(latencies), 'successes': len(latencies) - figures.failures,
        'failures': figures.failures, 'acknowledged_pages': figures.acknowledged_pages,
        'acknowledged_answers': len(figures.acknowledged), 'killed_after_pages': killed['at'],
        'seconds': round(elapsed, 1), 'requests_per_second': round(len(latencies) / elapsed, 1),
        'p50_ms': round(1000 * statistics.median(latencies), 1),
        'p95_ms': round(1000 * latencies[int(0.95 * (len(latencies) - 1))], 1),
        'statuses': {str(k): v for k, v in sorted(figures.statuses.items())}, 'errors': figures.errors,
    }, ensure_ascii=False))


if __name__ == '__main__':
    main()
