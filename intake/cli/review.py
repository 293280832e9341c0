"""`intake serve` and `intake users ...`: the review web app's commands.

Registered by intake.cli.build_parser; `intake run --with-web` calls `serve_web` to run
the web app in the worker's process.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from sqlmodel import select

from intake.context import Context, open_context
from intake.errors import ConfigError
from intake.settings import Settings
from storage.db import transaction

EXIT_OK, EXIT_FAILED = 0, 1
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8000


def add_web_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default=None, help=f"address to listen on (default {DEFAULT_HOST})"
    )
    parser.add_argument("--port", type=int, default=None, help=f"port (default {DEFAULT_PORT})")


def add_review_commands(commands: Any) -> None:
    serve = commands.add_parser("serve", help="run the review web app (stops on SIGTERM/SIGINT)")
    add_web_arguments(serve)
    serve.set_defaults(handler=cmd_serve)

    users = commands.add_parser("users", help="review app accounts")
    ucmds = users.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = ucmds.add_parser("add", help="create an account (password read from stdin)")
    add.add_argument("name")
    add.add_argument(
        "--role", required=True, choices=("staff", "supervisor", "compliance", "admin")
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from the first line of standard input",
    )
    add.set_defaults(handler=cmd_users_add)
    ulist = ucmds.add_parser("list", help="list accounts, their roles and lock-outs")
    ulist.set_defaults(handler=cmd_users_list)
    unlock = ucmds.add_parser("unlock", help="lift a lock-out after failed sign-ins")
    unlock.add_argument("name")
    unlock.set_defaults(handler=cmd_users_unlock)
    passwd = ucmds.add_parser(
        "passwd",
        help="set a new password (read from stdin); signs the user out everywhere and "
        "revokes their API tokens",
    )
    passwd.add_argument("name")
    passwd.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from the first line of standard input",
    )
    passwd.set_defaults(handler=cmd_users_passwd)


def serve_web(ctx: Context, *, host: str | None, port: int | None) -> None:
    """Run the web app until SIGTERM/SIGINT (uvicorn handles both, then re-raises them)."""
    import uvicorn

    from review.app import create_app
    from review.options import WebOptions

    options = WebOptions()
    app = create_app(ctx.settings, ctx=ctx, options=options)
    host = host or options.host
    port = port or options.port
    print(f"intake: review app on http://{host}:{port}/", file=sys.stderr)
    config = uvicorn.Config(
        app, host=host, port=port, log_config=None, access_log=False, proxy_headers=True
    )
    uvicorn.Server(config).run()


FIRST_ADMIN = "admin"


def first_admin(ctx: Context) -> None:
    """On a store with no accounts, create `admin` with a random password, written to a
    0600 file in data_dir, so a first run on the embedded defaults can be signed in to."""
    import secrets

    from storage.accounts import User, create_user

    path = ctx.settings.data_dir / "initial-admin-password"
    with transaction(ctx.engine) as session:
        if session.exec(select(User).limit(1)).first() is not None:
            return
        password = secrets.token_urlsafe(12)
        create_user(session, name=FIRST_ADMIN, role="admin", password=password)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(password + "\n")
    print(
        f"intake: created user {FIRST_ADMIN!r}; its password is in {path}"
        " (add your own accounts with `intake users add`)",
        file=sys.stderr,
    )


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    serve_web(open_context(settings), host=args.host, port=args.port)
    return EXIT_OK


def _read_password() -> str:
    line = sys.stdin.readline()
    if not line:
        raise ConfigError('no password on standard input; pipe it in, e.g. `printf %s "$PW" |`')
    return line.rstrip("\r\n")


def cmd_users_add(args: argparse.Namespace, settings: Settings) -> int:
    from storage.accounts import AccountError, create_user
    from storage.audit import append_audit
    from storage.privacy import SYSTEM

    password = _read_password()
    ctx = open_context(settings)
    try:
        with transaction(ctx.engine) as session:
            user = create_user(session, name=args.name, role=args.role, password=password)
            append_audit(
                session,
                actor=SYSTEM,
                action="user.create",
                details={"user": user.name, "role": user.role},
                keyring=ctx.keyring,
            )
    except AccountError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"created user {args.name} ({args.role})")
    return EXIT_OK


def cmd_users_passwd(args: argparse.Namespace, settings: Settings) -> int:
    from storage.accounts import (
        AccountError,
        end_user_sessions,
        find_user,
        revoke_user_tokens,
        set_password,
    )
    from storage.audit import append_audit
    from storage.privacy import SYSTEM

    password = _read_password()
    ctx = open_context(settings)
    try:
        with transaction(ctx.engine) as session:
            user = find_user(session, name=args.name)
            if user is None or user.id is None:
                raise AccountError(f"no user named {args.name!r}")
            set_password(session, user=user, password=password)
            ended = end_user_sessions(session, user_id=user.id)
            revoked = revoke_user_tokens(session, user_id=user.id)  # a token outlives no password
            append_audit(
                session,
                actor=SYSTEM,
                action="user.password",
                details={"user": user.name, "sessions_ended": ended, "tokens_revoked": revoked},
                keyring=ctx.keyring,
            )
    except AccountError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"new password set for {args.name}; {ended} session(s) signed out, "
        f"{revoked} token(s) revoked"
    )
    return EXIT_OK


def cmd_users_list(args: argparse.Namespace, settings: Settings) -> int:
    from storage.accounts import is_locked, list_users

    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        users = list_users(session)
        if not users:
            print("no users; add one with `intake users add NAME --role ROLE --password-stdin`")
        for user in users:
            state = "locked" if is_locked(user) else ("active" if user.active else "disabled")
            last = f"{user.last_sign_in_at:%Y-%m-%d %H:%M}" if user.last_sign_in_at else "never"
            print(f"{user.name:<24} {user.role:<11} {state:<9} last sign-in {last}")
    return EXIT_OK


def cmd_users_unlock(args: argparse.Namespace, settings: Settings) -> int:
    from storage.accounts import AccountError, unlock_user

    ctx = open_context(settings)
    try:
        with transaction(ctx.engine) as session:
            unlock_user(session, name=args.name)
    except AccountError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"unlocked {args.name}")
    return EXIT_OK
