"""medunit-admin backup: create (unit administrator), verify (no store, no passphrase), restore."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from medunit.cli import prompts
from medunit.config.policy import Policy
from medunit.errors import EXIT_INTEGRITY, EXIT_OK, UsageError
from medunit.services import backup, stores
from medunit.services.session import Session

Command = Callable[[Session, argparse.Namespace], int]


def create(session: Session, args: argparse.Namespace) -> int:
    folder = args.to or session.policy.get("backup.folder")
    if not folder:
        raise UsageError("Name the backup folder with --to FOLDER (or set backup.folder in the policy).")
    info = backup.create_backup(session, Path(folder).expanduser())
    size = sum(info.sizes.values())
    print(f"Backup written to {info.folder} ({size} bytes, log head #{info.log_seq}, {info.created_at}).")
    return EXIT_OK


def _key_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise UsageError("Cannot read {path}: {why}", path=exc.filename, why=exc.strerror or "error") from exc


def verify(args: argparse.Namespace, _policy: Policy) -> int:
    """Needs no store and no passphrase: only the unit's public key file (``export public-key``)."""
    report = backup.verify_with_key_file(Path(args.path), _key_text(args.public_key))
    for path in report.checked:
        print(f"OK {path}")
    for path in report.incomplete:
        print(f"ignored (incomplete, removed by the next backup): {path}")
    for problem in report.problems:
        print(f"FAIL {problem}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_INTEGRITY


def restore(args: argparse.Namespace, policy: Policy) -> int:
    location = args.store if args.store else policy.store_location
    target = stores.store_folder(location, "Restoring a backup").expanduser()
    trusted = backup.trusted_ca_public(_key_text(args.public_key)) if args.public_key else None
    result = backup.restore_backup(
        Path(args.source),
        target,
        args.acting,
        prompts.passphrase(args.acting),
        policy,
        replace=args.replace,
        other_store=args.other_store,
        trusted_ca=trusted,
        trial=args.trial,
    )
    if args.trial:
        for problem in result.problems:
            print(f"FAIL {problem}", file=sys.stderr)
        if result.problems:
            return EXIT_INTEGRITY
        print(f"Trial restore of the backup of {result.backup_time}: OK ({', '.join(result.checks)}); the copy was")
        print("deleted, the store and the rollback anchor were not touched.")
        return EXIT_OK
    print(
        f"Restored the backup of {result.backup_time} as {result.store}; retention periods applied; this "
        "workstation's rollback anchor moved back to it (logged)."
    )
    if result.moved_aside:
        print(f"The store it replaced was moved to {result.moved_aside}; delete it once the restore is checked.")
    return EXIT_OK


def register(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    parser_class: type[argparse.ArgumentParser],
    store_args: Callable[[argparse.ArgumentParser], None],
    with_session: Callable[[Command], object],
) -> None:
    grp: argparse._SubParsersAction = sub.add_parser(  # type: ignore[type-arg]
        "backup", help="backups of the store (docs/backup.md)"
    ).add_subparsers(dest="backup_command", required=True, parser_class=parser_class)
    p = grp.add_parser("create", help="write a signed backup into a new folder inside FOLDER (unit administrator)")
    store_args(p)
    p.add_argument("--to", metavar="FOLDER", help="default: the policy's backup.folder")
    p.set_defaults(handler=with_session(create))
    p = grp.add_parser("verify", help="check a backup (or every backup in a folder); no store or passphrase needed")
    p.add_argument("path", metavar="FILE-OR-FOLDER")
    p.add_argument("--public-key", required=True, metavar="KEY", help="the unit's public key file")
    p.set_defaults(handler=verify)
    p = grp.add_parser("restore", help="restore a backup as the store DIR (unit administrator)")
    store_args(p)
    p.add_argument("--from", dest="source", required=True, metavar="FOLDER", help="the medunit-backup-… folder")
    p.add_argument("--replace", action="store_true", help="restore over an existing store (kept beside it)")
    p.add_argument("--other-store", action="store_true", help="allow a backup of another store than the one replaced")
    p.add_argument("--public-key", metavar="KEY", help="also require the unit CA of this public key file")
    p.add_argument(
        "--trial",
        action="store_true",
        help="restore into a scratch copy beside DIR, check it, delete it (DIR and the rollback anchor untouched)",
    )
    p.set_defaults(handler=restore)
