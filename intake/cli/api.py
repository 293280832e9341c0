"""`intake tokens create | list | revoke`: bearer tokens for the review app's JSON API.

A token is printed once, on creation; only its SHA-256 digest is stored. Creating and
revoking are audited (as the system actor, naming the account and the token's id).
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from typing import Any

from intake.context import open_context
from intake.settings import Settings
from storage.db import transaction

EXIT_OK, EXIT_FAILED = 0, 1


def add_token_commands(commands: Any) -> None:
    tokens = commands.add_parser("tokens", help="bearer tokens for the JSON API")
    actions = tokens.add_subparsers(title="actions", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="a new token for a user; printed once")
    create.add_argument("--user", required=True, help="the account the token acts as")
    create.add_argument("--label", default="", help="what the token is for (shown in lists)")
    create.add_argument(
        "--days", type=int, default=None, help="expire after this many days (default: never)"
    )
    create.set_defaults(handler=cmd_tokens_create)
    listing = actions.add_parser("list", help="tokens, their users, and when last used")
    listing.set_defaults(handler=cmd_tokens_list)
    revoke = actions.add_parser("revoke", help="stop a token from working")
    revoke.add_argument("id", type=int)
    revoke.set_defaults(handler=cmd_tokens_revoke)


def cmd_tokens_create(args: argparse.Namespace, settings: Settings) -> int:
    from storage.accounts import create_api_token, find_user
    from storage.audit import append_audit
    from storage.privacy import SYSTEM

    if args.days is not None and args.days < 1:
        print("intake: --days must be at least 1", file=sys.stderr)
        return EXIT_FAILED
    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        user = find_user(session, name=args.user)
        if user is None:
            print(
                f"intake: no user named {args.user!r}; add one with `intake users add`",
                file=sys.stderr,
            )
            return EXIT_FAILED
        lifetime = timedelta(days=args.days) if args.days else None
        token, row = create_api_token(session, user=user, label=args.label, lifetime=lifetime)
        append_audit(
            session, actor=SYSTEM, action="token.create",
            details={"user": user.name, "role": user.role, "token_id": row.id},
            keyring=ctx.keyring, checkpoint_every=settings.audit_checkpoint_every,
        )  # fmt: skip
        token_id = row.id
    print(token)
    print(
        f"token {token_id} for {args.user}: keep it secret; it is not shown again", file=sys.stderr
    )
    return EXIT_OK


def cmd_tokens_list(args: argparse.Namespace, settings: Settings) -> int:
    from sqlmodel import col, select

    from storage.accounts import ApiToken, User

    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        rows = session.execute(
            select(ApiToken, User.name, User.role)
            .join(User, col(User.id) == col(ApiToken.user_id))
            .order_by(col(ApiToken.id))
        ).all()
        if not rows:
            print("no tokens; create one with `intake tokens create --user NAME`")
        for token, name, role in rows:
            state = "revoked" if token.revoked_at else "active"
            used = f"{token.last_used_at:%Y-%m-%d %H:%M}" if token.last_used_at else "never"
            expires = f"{token.expires_at:%Y-%m-%d}" if token.expires_at else "never"
            print(
                f"{token.id:>5}  {token.prefix}…  {name:<20} {role:<11} {state:<8} "
                f"expires {expires:<10} last used {used}  {token.label}"
            )
    return EXIT_OK


def cmd_tokens_revoke(args: argparse.Namespace, settings: Settings) -> int:
    from storage.accounts import revoke_api_token
    from storage.audit import append_audit
    from storage.privacy import SYSTEM

    ctx = open_context(settings)
    with transaction(ctx.engine) as session:
        if not revoke_api_token(session, token_id=args.id):
            print(f"intake: no active token with id {args.id}", file=sys.stderr)
            return EXIT_FAILED
        append_audit(
            session, actor=SYSTEM, action="token.revoke", details={"token_id": args.id},
            keyring=ctx.keyring, checkpoint_every=settings.audit_checkpoint_every,
        )  # fmt: skip
    print(f"revoked token {args.id}")
    return EXIT_OK
