"""Write the manual pages medunit.1 and medunit-admin.1 from the programs' own argparse parsers.

Run at package time (``packaging/linux/build-deb.sh``): the pages are made from the same parser objects
that answer ``--help``, so they cannot drift from it. Every option, argument and sub-command with its help
text comes from the parser; only the few lines about files and the environment are written here.

    python packaging/linux/manpages.py OUT_DIR     # writes OUT_DIR/medunit.1 and OUT_DIR/medunit-admin.1

A small generator of its own rather than a library (argparse-manpage): medunit-admin has two levels of
sub-commands and a custom --version action, and 100 lines here are easier to keep right than a build
dependency's idea of both.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_FILES = (
    ("/etc/medunit/policy.toml", "The workstation policy IT sets; a locked value cannot be changed by a user."),
    ("~/.config/medunit/settings.toml", "The user's own settings, applied on top of the policy where not locked."),
)
_ENVIRONMENT = {
    "medunit": (("MEDUNIT_POLICY", "Read this policy file instead of /etc/medunit/policy.toml."),),
    "medunit-admin": (
        ("MEDUNIT_POLICY", "Read this policy file instead of /etc/medunit/policy.toml."),
        ("MEDUNIT_PASSPHRASE", "The passphrase for non-interactive use (scripts); otherwise it is asked."),
    ),
}


def roff(text: str) -> str:
    """Escape running text for roff: backslashes, and a leading dot or quote that would start a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line[:1] in (".", "'") else line for line in text.splitlines())


def _usage(parser: argparse.ArgumentParser) -> str:
    """argparse's usage line, unwrapped (roff fills it to the reader's width)."""
    usage = roff(" ".join(parser.format_usage().removeprefix("usage: ").split()))
    return usage.replace(",", ",\\:")  # \: lets roff break the long {a,b,...} list of sub-commands


def _help(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    formatter = parser._get_formatter()
    return " ".join(formatter._expand_help(action).split()) if action.help else ""


def _invocation(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"\\fI{roff(action.metavar or action.dest)}\\fR"  # type: ignore[arg-type]
    names = ", ".join(f"\\fB{roff(name)}\\fR" for name in action.option_strings)
    if action.nargs == 0:
        return names
    metavar = action.metavar or action.dest.upper()
    return f"{names} \\fI{roff(str(metavar))}\\fR"


def _subcommands(action: argparse.Action) -> dict[str, tuple[argparse.ArgumentParser, str]]:
    """name → (parser, help) of a sub-parsers action, in the order they were added."""
    assert isinstance(action, argparse._SubParsersAction)
    helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
    return {name: (parser, helps.get(name, "")) for name, parser in action.choices.items()}


def _options(parser: argparse.ArgumentParser) -> Iterator[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        yield f".TP\n{_invocation(action)}\n{roff(_help(parser, action) or '(no description)')}"


def _commands(parser: argparse.ArgumentParser, path: str) -> Iterator[str]:
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, (sub, text) in _subcommands(action).items():
            full = f"{path} {name}"
            if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                yield from _commands(sub, full)
                continue
            yield f'.SS "{roff(full)}"\n{roff(text)}\n.PP\n{_usage(sub)}'
            options = [o for o in _options(sub) if "\\-\\-help" not in o]
            if options:
                yield ".RS\n" + "\n".join(options) + "\n.RE"


def manpage(parser: argparse.ArgumentParser, summary: str, *, version: str, date: str) -> str:
    """The roff source of a section-1 manual page for ``parser`` (its prog is the page's name)."""
    name = parser.prog
    parts = [
        f'.TH {name.upper()} 1 "{date}" "medunit {version}" "User Commands"',
        ".ad l\n.nh",  # left-aligned, no hyphenation: option names must stay whole
        ".SH NAME",
        f"{roff(name)} \\- {roff(summary)}",
        ".SH SYNOPSIS",
        _usage(parser),
        ".SH DESCRIPTION",
        roff(parser.description or summary),
        ".SH OPTIONS",
        *_options(parser),
    ]
    commands = list(_commands(parser, name))
    if commands:
        parts += [".SH COMMANDS", *commands]
    parts.append(".SH ENVIRONMENT")
    parts += [f".TP\n\\fB{roff(var)}\\fR\n{roff(text)}" for var, text in _ENVIRONMENT[name]]
    parts.append(".SH FILES")
    parts += [f".TP\n\\fI{roff(path)}\\fR\n{roff(text)}" for path, text in _FILES]
    other = "medunit-admin" if name == "medunit" else "medunit"
    parts += [".SH SEE ALSO", f"\\fB{roff(other)}\\fR(1)"]
    return "\n".join(parts) + "\n"


def build_date() -> str:
    """The page date: SOURCE_DATE_EPOCH (reproducible builds) or today, as YYYY-MM-DD."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.strftime("%Y-%m-%d")


def pages() -> dict[str, str]:
    """file name → roff source, for both programs."""
    sys.path.insert(0, str(ROOT))
    import medunit
    from medunit.cli.main import build_parser as admin_parser
    from medunit.gui.app import build_parser as gui_parser

    version, date = medunit.__version__, build_date()
    return {
        "medunit.1": manpage(gui_parser(), "medical advisor workstation (GUI)", version=version, date=date),
        "medunit-admin.1": manpage(
            admin_parser(), "administer a medunit store from the command line", version=version, date=date
        ),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: manpages.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, text in pages().items():
        (out / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
