"""Chatbot evaluation on the demo: top-1/top-3 source accuracy and answer latency.

Usage (on a database seeded with ``seed_demo`` and ``seed_eservices``, e.g. ``make run``'s):

    DJANGO_SETTINGS_MODULE=cms.settings.dev .venv/bin/python bench/chatbot.py [--repeat 5]

The index is rebuilt from the database first (``chatbot_reindex``); misses are listed.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")


def main() -> int:
    import django

    django.setup()
    from chatbot_embed.evaluation.runner import evaluate
    from chatbot_embed.index.refresh import rebuild_all
    from chatbot_embed.retrieval.engine import get_index

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="answers per question for latency")
    parser.add_argument("--no-reindex", action="store_true", help="use the stored index as is")
    args = parser.parse_args()
    if not args.no_reindex:
        started = time.perf_counter()
        count = rebuild_all()
        print(f"reindexed {count} documents in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    index = get_index()
    print(
        f"in-memory index: {len(index.documents)} documents, {len(index.bm25.idf)} terms, "
        f"built in {(time.perf_counter() - started) * 1000:.0f} ms"
    )
    report = evaluate(repeat=max(1, args.repeat))
    print(report.summary())
    for question, titles in report.misses:
        print(f"MISS [{question.unit or 'wydzial'}] {question.text!r}: {titles}")
    for question, answer in report.unstated:
        print(f"FIGURE NOT STATED ({question.states}) {question.text!r}: {answer[:200]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
