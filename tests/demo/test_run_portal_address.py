"""`make run` listens on this machine only unless HOST says otherwise."""

from demo.management.commands.run_portal import Command, listen_address


def parsed_addr() -> str:
    return Command().create_parser("manage.py", "run_portal").parse_args([]).addr


def test_listens_on_loopback_by_default(monkeypatch):
    monkeypatch.delenv("HOST", raising=False)
    assert parsed_addr() == "127.0.0.1"
    monkeypatch.setenv("HOST", "")
    assert parsed_addr() == "127.0.0.1"


def test_host_opens_it_on_purpose(monkeypatch):
    monkeypatch.setenv("HOST", "0.0.0.0")
    assert parsed_addr() == "0.0.0.0"


def test_ipv6_addresses_are_bracketed_for_runserver():
    assert listen_address("::1") == "[::1]"
    assert listen_address("[::1]") == "[::1]"
    assert listen_address("127.0.0.1") == "127.0.0.1"
