#!/usr/bin/env python3
"""What a ZIP file holds, read with Python's own `zipfile` (what a federation's tools would read).

    python3 scripts/zip_parts.py FILE
        Prints one JSON object: "names" (every entry, in order), "heads" (each entry's first 8 bytes, Latin-1) and
        "texts" (the text of each .xml and .txt entry), so a Swift test can check a DOCX, an ODT or the campaign's ZIP.
        Exit 1 with the reason when the file is not a valid ZIP (a CRC error included).
"""
import json
import sys
import zipfile


def main():
    try:
        with zipfile.ZipFile(sys.argv[1]) as archive:
            broken = archive.testzip()
            if broken is not None:
                print(f"entrée corrompue : {broken}")
                return 1
            names = archive.namelist()
            heads = {name: archive.read(name)[:8].decode("latin-1") for name in names}
            texts = {name: archive.read(name).decode("utf-8") for name in names if name.endswith((".xml", ".txt"))}
    except zipfile.BadZipFile as error:
        print(f"pas un ZIP : {error}")
        return 1
    print(json.dumps({"names": names, "heads": heads, "texts": texts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
