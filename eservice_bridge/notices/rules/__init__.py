"""Rules that decide which notices are due at a moment; one module per family.

Each rule is a function ``(now) -> list[Due]`` (``due.py``). Rules skip people who already have
the notice (cheap repeat runs) but the unique constraint on Notice is what guarantees "once".
The scheduled rules are listed in ``schedule.py``.
"""
