#!/usr/bin/env python3
"""No rendered line starts with « : », « ; », « ! », « ? » or « » » (Debian's Chromium and chromedriver, phone width).

    python3 scripts/browser_typography.py --base http://127.0.0.1:PORT --password … --path /campagnes/3/comparaison

The DIM opens the page at 400 px wide; for each of these signs in the visible text, the browser measures the sign
and the visible character before it (Range rectangles): in the same block, a sign below its predecessor's line
started a new line, which a no-break space before it forbids. A breakable space right before a sign is reported too:
at another width, that line would start with the sign.
"""
import argparse
import sys

from browser_catalog import checked_run
from browser_e2e import loaded
from browser_roundtrip import login

DIM = "dim@example.org"

LINE_STARTS = r"""
const signs = ':;!?\u00bb';
const blocks = 'p,li,td,th,h1,h2,h3,h4,h5,h6,dd,dt,figcaption,label,legend,caption,blockquote,div';
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
const rect = (node, index) => {
  const range = document.createRange();
  range.setStart(node, index); range.setEnd(node, index + 1);
  const box = range.getClientRects()[0];
  return box && box.width + box.height > 0 ? box : null;
};
let previous = null, checked = 0;
const found = [], breakable = [];
while (walker.nextNode()) {
  const node = walker.currentNode, parent = node.parentElement;
  if (!parent || parent.closest('script,style,svg,textarea,pre,code')) continue;
  const block = parent.closest(blocks);
  for (let i = 0; i < node.data.length; i++) {
    const sign = node.data[i];
    // A breakable space right before a sign: at some other width that line would start with it.
    if (signs.includes(sign) && i > 0 && ' \n\t'.includes(node.data[i - 1])) {
      breakable.push(node.data.slice(Math.max(0, i - 30), i + 20));
    }
    if (sign === ' ' || sign === '\n' || sign === '\t' || sign === '\u00a0' || sign === '\u202f') continue;
    if (signs.includes(sign) && previous && previous.block === block) {
      const here = rect(node, i), before = rect(previous.node, previous.index);
      checked++;
      if (here && before && here.top >= before.bottom - 1) {
        found.push(node.data.slice(Math.max(0, i - 30), i + 20));
      }
    }
    previous = {node: node, index: i, block: block};
  }
}
return {checked: checked, found: found, breakable: breakable};
"""


def no_line_starts_with_a_sign(driver, base, password, path, expect):
    login(driver, base, DIM, password)
    driver.get(f"{base}{path}")
    loaded(driver)
    result = driver.execute_script(LINE_STARTS)
    expect(result["checked"] > 50, f"signs measured: {result['checked']}")
    for line in result["found"]:
        expect(False, f"a line starts with a sign: {line!r}")
    for text in result["breakable"][:10]:
        expect(False, f"a breakable space before a sign: {text!r}")
    return f"OK navigateur : aucune ligne ne commence par « : » ou « ? » ({result['checked']} signes mesurés)"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--path", required=True)
    args = parser.parse_args()
    return checked_run(lambda driver, expect: no_line_starts_with_a_sign(driver, args.base, args.password, args.path, expect))


if __name__ == "__main__":
    sys.exit(main())
