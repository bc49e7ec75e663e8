"""Refreshes resources/i18n/*.ts with lupdate, then fills unfinished entries from JSON tables.

Usage: python scripts/fill_translations.py TABLE.json [TABLE.json ...] [--no-make] [--reword]

A table is {"Context": {"English source": "中文译文", ...}, ...}. zh_CN gets the Chinese text,
en gets the English source itself. Only unfinished entries named in a table are touched, so
finished translations are never overwritten, unless ``--reword`` is given: then the Chinese of the
entries named is replaced even when finished (better wording for an unchanged English source).
A file lock serialises concurrent runs (two people refreshing the .ts files at once would
otherwise clobber each other's entries).
"""

from __future__ import annotations

import fcntl
import html
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LOCK = ROOT / ".git" / "fill_translations.lock"

CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.S)
MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
UNFINISHED = re.compile(r'<translation type="unfinished"(?:/>|>(?P<inner>.*?)</translation>)', re.S)
ANY_TRANSLATION = re.compile(r'<translation(?: type="unfinished")?(?:/>|>(?P<inner>.*?)</translation>)', re.S)


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def _fill(path: Path, tables: dict[str, dict[str, str]], pick, reword: bool = False) -> int:
    text = path.read_text(encoding="utf-8")
    filled = 0

    def do_context(match: re.Match) -> str:
        nonlocal filled
        table = tables.get(html.unescape(match.group(2)))
        if table is None:
            return match.group(0)

        def do_message(message: re.Match) -> str:
            nonlocal filled
            body = message.group("body")
            unfinished = (ANY_TRANSLATION if reword else UNFINISHED).search(body)
            if unfinished is None:
                return message.group(0)
            source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
            if source not in table:
                return message.group(0)
            filled += 1
            new = f"<translation>{_escape(pick(source, table[source]))}</translation>"
            return f"<message{message.group('attrs')}>{body[:unfinished.start()]}{new}{body[unfinished.end():]}</message>"

        return match.group(1) + MESSAGE.sub(do_message, match.group(3)) + match.group(4)

    path.write_text(CONTEXT.sub(do_context, text), encoding="utf-8")
    return filled


def _merge(paths: list[str]) -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    for name in paths:
        for context, entries in json.loads(Path(name).read_text(encoding="utf-8")).items():
            tables.setdefault(context, {}).update(entries)
    return tables


def main(argv: list[str]) -> int:
    tables = _merge([a for a in argv if not a.startswith("--")])
    with open(LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if "--no-make" not in argv:
            subprocess.run(["make", "translations"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        zh = _fill(I18N / "service_counter_zh_CN.ts", tables, lambda source, chinese: chinese, "--reword" in argv)
        en = _fill(I18N / "service_counter_en.ts", tables, lambda source, chinese: source)
    print(f"filled zh_CN: {zh}, en: {en}")
    unfinished = subprocess.run(
        [sys.executable, "-c", "import re,sys;t=open(sys.argv[1],encoding='utf-8').read();"
         "print(len(re.findall('type=\"unfinished\"',t)))", str(I18N / "service_counter_zh_CN.ts")],
        capture_output=True, text=True).stdout.strip()
    print(f"still unfinished in zh_CN: {unfinished}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
