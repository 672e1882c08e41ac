"""The same answer every time (issue 9): across hash seeds, processes and threads.

``parse`` must not depend on the order of a ``set`` or ``dict`` of strings (which changes
with ``PYTHONHASHSEED``), on which thread loads a lexicon first, or on the state a previous
parse left behind.  Language detection is involved, so the articles are in several
languages, and one of them is only decided by langdetect, whose seed is fixed.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import newsstruct

# Invented articles, one language each, with quotes, speakers, datelines and background.
ARTICLES: tuple[str, ...] = (
    "date 2026-05-12 Ferry service to resume on the Dnipro\n"
    "Kyiv • UNN\n"
    "The ferry will run again from June, the head of the port Iryna Sokil said on Monday.\n"
    "“The boats are ready and the crews have been trained,” she said.\n"
    "We will keep the old timetable for now,\n"
    "Sokil said that tickets would cost the same as last year. This was reported by "
    "The Daily Planet and Metro News, UNN reports.\n"
    "Recall\n"
    "Earlier, the port closed the route for repairs.",
    "Київ • УНН\n"
    "Міністр інфраструктури Олег Коваль заявив, що міст відкриють у п'ятницю.\n"
    "«Ми працюємо цілодобово, щоб відновити рух», - сказав Коваль.\n"
    "За його словами, ремонт коштуватиме 40 мільйонів гривень.\n"
    "Нагадаємо\n"
    "Раніше міст закрили через пошкодження.",
    "МОСКВА, 3 марта. /ТАСС/. Мэр города Игорь Петров заявил, что метро откроется в "
    "субботу.\n"
    "«Мы закончим работы в срок», - сказал Петров журналистам.\n"
    "По его словам, новые поезда уже прошли испытания.",
    "BERLIN (dpa) - Die Bürgermeisterin Anna Schmidt hat angekündigt, dass die Brücke im "
    "Juni wieder öffnet.\n"
    "„Wir haben alles getan, was möglich war“, sagte Schmidt am Montag.\n"
    "Nach Angaben der Stadt kosten die Arbeiten vier Millionen Euro.",
    "PARIS (AFP) - Le maire Jean Dupont a déclaré lundi que le pont rouvrirait en juin.\n"
    "« Nous avons fait tout ce qui était possible », a-t-il dit aux journalistes.\n"
    "Selon la mairie, les travaux coûteront quatre millions d'euros.",
    "WARSZAWA (PAP) - Prezydent miasta Jan Kowalski powiedział, że most zostanie otwarty "
    "w czerwcu.\n"
    "„Zrobiliśmy wszystko, co było możliwe” – powiedział Kowalski.\n"
    "Według ratusza prace kosztowały cztery miliony złotych.",
    "MADRID (EFE) - La alcaldesa María López afirmó el lunes que el puente reabrirá en "
    "junio.\n"
    "«Hemos hecho todo lo posible», dijo López a los periodistas.\n"
    "Según el ayuntamiento, las obras costarán cuatro millones de euros.",
    # Two printed forms of one name tie as the nominative of an inflected mention: the
    # form printed first wins, whatever the order of a set of strings.
    "Андрей Лысенко приехал в Киев. Андрій Лысенко остался дома.\n"
    "«Мы готовы», — сказал Лысенко.\n"
    "Слова Андрея Лысенко подтвердили в мэрии: «Всё в порядке», — заявил Андрея Лысенко.",
    # No stopword of any lexicon: only langdetect can name the language.
    "Tbilisi Batumi Kutaisi Rustavi Zugdidi Gori Poti Samtredia Khashuri Senaki",
    # Hostile bits in one text: controls, bidirectional marks, a lone surrogate, emoji.
    "Kyiv • UNN\n\x00“We \u202ewill\u202c win,” she said 🇺🇦.\ud800\n\u200bRecall\r\n"
    "According to him, «it is over» he said.",
)

# Parse the articles given as JSON on stdin, print their dicts as ASCII JSON.
_SERIAL = """
import json, sys
import newsstruct
texts = json.loads(sys.stdin.read())
print(json.dumps([newsstruct.parse(t).to_dict() for t in texts], sort_keys=True))
"""

# A fresh process: eight threads parse first (lexicons, patterns, langdetect and the
# outlet registry are all loaded lazily, by whichever thread gets there first), with
# frequent thread switches; then one serial run; both are printed.
_THREADS_COLD = """
import concurrent.futures, json, sys, threading
sys.setswitchinterval(1e-6)
import newsstruct
texts = json.loads(sys.stdin.read())
barrier = threading.Barrier(8)

def work(shift):
    barrier.wait()
    order = list(range(shift, len(texts))) + list(range(shift))
    results = {i: newsstruct.parse(texts[i]).to_dict() for i in order}
    return [results[i] for i in range(len(texts))]

with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
    threaded = list(pool.map(work, range(8)))
sys.setswitchinterval(0.005)
serial = [newsstruct.parse(t).to_dict() for t in texts]
print(json.dumps({"threaded": threaded, "serial": serial}, sort_keys=True))
"""


def _dumped(articles: list[dict[str, Any]]) -> str:
    return json.dumps(articles, sort_keys=True)


def _run(code: str, hash_seed: str, cwd: Path) -> subprocess.Popen[str]:
    # the package this process imported, whatever the caller's PYTHONPATH (a relative
    # one means nothing in ``cwd``) or the installed copy
    source = str(Path(newsstruct.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": source}
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="ascii",
        env=env,
        cwd=cwd,
    )
    return process


def _output(process: subprocess.Popen[str], stdin: str) -> str:
    out, err = process.communicate(stdin, timeout=300)
    assert process.returncode == 0, err
    return out.strip()


def serial_dicts() -> list[dict[str, Any]]:
    return [newsstruct.parse(text).to_dict() for text in ARTICLES]


def test_the_articles_are_in_several_languages() -> None:
    langs = [article["lang"] for article in serial_dicts()]
    assert {"en", "uk", "ru"} <= set(langs)
    assert len(set(langs)) >= 6, langs


def test_same_dicts_under_three_hash_seeds(tmp_path: Path) -> None:
    stdin = json.dumps(list(ARTICLES))
    runs = {seed: _run(_SERIAL, seed, tmp_path) for seed in ("0", "1", "2718281828")}
    outputs = {seed: _output(process, stdin) for seed, process in runs.items()}
    expected = _dumped(serial_dicts())  # and this process's own seed, whatever it is
    for seed, output in outputs.items():
        assert output == expected, f"PYTHONHASHSEED={seed} gives another answer"


def test_same_dicts_from_eight_threads_in_a_fresh_process(tmp_path: Path) -> None:
    output = _output(_run(_THREADS_COLD, "3", tmp_path), json.dumps(list(ARTICLES)))
    result = json.loads(output)
    expected = json.loads(_dumped(serial_dicts()))
    assert result["serial"] == expected
    for shift, threaded in enumerate(result["threaded"]):
        assert threaded == expected, f"thread {shift} gives another answer"


def test_same_dicts_from_eight_threads_at_once() -> None:
    expected = serial_dicts()
    barrier = threading.Barrier(8)

    def work(shift: int) -> list[dict[str, Any]]:
        barrier.wait()
        order = [*range(shift, len(ARTICLES)), *range(shift)]
        results = {i: newsstruct.parse(ARTICLES[i]).to_dict() for i in order}
        return [results[i] for i in range(len(ARTICLES))]

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            threaded = list(pool.map(work, range(8)))
    finally:
        sys.setswitchinterval(interval)
    for shift, result in enumerate(threaded):
        assert result == expected, f"thread {shift} gives another answer"


def test_same_answer_after_other_articles() -> None:
    """No state leaks from one parse into the next, in any order."""
    first = serial_dicts()
    for article in reversed(ARTICLES):
        newsstruct.parse(article)
    assert [newsstruct.parse(text).to_dict() for text in reversed(ARTICLES)] == first[::-1]
