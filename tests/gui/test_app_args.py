"""The GUI's command line: the fast reading of the usual command lines (issue 15, start-up) gives what
argparse gives, and everything else still goes to argparse."""

from __future__ import annotations

import pytest

from medunit.gui import app as gui_app

#: Read without the parser.
USUAL = [
    [],
    ["--self-test"],
    ["--store", "/srv/unit"],
    ["--store", ""],
    ["--store=/srv/unit"],
    ["--store="],
    ["--store=-odd"],
    ["--store", "postgresql://advisor@db.unit.example/unit"],
    ["--store", "a b", "--self-test"],
    ["--self-test", "--store", "/one", "--store=/two", "--self-test"],
]
#: Handed to argparse (what it accepts, with the arguments it leaves for Qt).
OTHER = [
    ["--sto", "/srv/unit"],
    ["--store", "-5"],
    ["-platform", "offscreen"],
    ["--store", "/srv/unit", "-style", "fusion"],
    ["--", "--store", "x"],
    ["/srv/unit"],
    ["--reverse"],
]


@pytest.mark.parametrize("argv", USUAL + OTHER, ids=repr)
def test_the_command_line_reads_as_argparse_reads_it(argv: list[str]) -> None:
    assert gui_app.parse_args(argv) == gui_app.build_parser().parse_known_args(argv)


@pytest.mark.parametrize("argv", USUAL, ids=repr)
def test_the_usual_command_lines_do_not_build_the_parser(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser() -> None:
        raise AssertionError("the parser was built")

    monkeypatch.setattr(gui_app, "build_parser", no_parser)
    assert gui_app.parse_args(argv)[1] == []


@pytest.mark.parametrize("argv", OTHER, ids=repr)
def test_other_command_lines_go_to_argparse(argv: list[str]) -> None:
    assert gui_app._parse_simple(argv) is None


@pytest.mark.parametrize(
    "argv", [["--help"], ["-h"], ["--store"], ["--store", "--self-test"], ["--self-test=yes"]], ids=repr
)
def test_help_and_mistakes_are_argparses(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as parsed:
        gui_app.parse_args(argv)
    ours = (parsed.value.code, capsys.readouterr())
    with pytest.raises(SystemExit) as reference:
        gui_app.build_parser().parse_known_args(argv)
    assert ours == (reference.value.code, capsys.readouterr())
    assert "usage: medunit" in ours[1].out + ours[1].err
