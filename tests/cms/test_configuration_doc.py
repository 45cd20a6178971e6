"""docs/configuration.md lists every environment variable the settings read."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
READ = re.compile(r"env_(?:str|int|bool|list)\(\s*\"([A-Z][A-Z0-9_]*)\"")
DOCUMENTED = re.compile(r"^\| `([A-Z][A-Z0-9_]*)` \|", re.MULTILINE)


def settings_variables() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((REPO / "cms" / "settings").glob("*.py")):
        for name in READ.findall(path.read_text(encoding="utf-8")):
            found.setdefault(name, path.name)
    return found


def test_every_variable_read_in_settings_is_documented():
    read = settings_variables()
    assert len(read) > 20  # the pattern still finds the settings' reads
    documented = set(DOCUMENTED.findall((REPO / "docs" / "configuration.md").read_text("utf-8")))
    missing = sorted(
        f"{name} ({module})" for name, module in read.items() if name not in documented
    )
    assert not missing, f"Add to docs/configuration.md: {', '.join(missing)}"


def test_the_pattern_sees_calls_split_over_lines():
    source = 'X = env_str(\n    "PAYMENTS_SANDBOX_SECRET", "dev"\n)\nY = env_int("PORT", 8000)'
    assert READ.findall(source) == ["PAYMENTS_SANDBOX_SECRET", "PORT"]
