"""The case page and what a clerk does on it. Every form posts with the CSRF token."""

from __future__ import annotations

from html import escape
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, BackgroundTasks, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session

from extractors.base import Attachment
from extractors.pdf_disarm import CannotDisarm, disarm_bounded
from intake.context import Context
from intake.delivery import deliver_due
from intake.replies import ReplyError, write_reply
from review import casework
from review.casefile import CaseFile, find_case, load_case_file, mail_html
from review.deps import Ctx, CurrentUser, DbSession, FormUser, SignedIn
from review.mail_parsing import MailUnreadable, attachment_of
from review.outgoing import OutgoingView, outgoing_mail
from review.rendering import render, translator_for
from review.security import MAIL_FRAME_CSP
from storage.audit import append_audit
from storage.models import Case
from storage.privacy import CaseErased, open_message_raw
from storage.workflow import AssignmentChanged, CaseStatus, assignee_id

router = APIRouter(prefix="/cases", include_in_schema=False)
MIN_REASON = 5
MAX_REPLY = 20_000


def _case_or_404(session: Session, receipt_no: str) -> Case:
    case = find_case(session, receipt_no)
    if case is None or case.id is None:
        raise HTTPException(status_code=404)
    return case


def _page(
    request: Request,
    session: Session,
    ctx: Context,
    case: Case,
    user: SignedIn,
    *,
    reveal_reason: str | None = None,
    problem: tuple[str, casework.CorrectionProblem] | None = None,
    status_code: int = 200,
) -> Response:
    try:
        if reveal_reason:
            view = load_case_file(
                session,
                ctx,
                case,
                actor=user.actor,
                purpose=reveal_reason,
                action="case.reveal",
                reveal=True,
            )
        else:
            view = load_case_file(session, ctx, case, actor=user.actor)
    except CaseErased:
        raise HTTPException(status_code=410) from None
    assert case.id is not None
    sent = outgoing_mail(session, ctx, case.id, actor=user.actor, reveal_reason=reveal_reason)
    session.commit()  # the audit entries stand even if rendering fails
    return _render_case(request, session, view, user, problem, status_code, outgoing=sent)


def _render_case(
    request: Request,
    session: Session,
    view: CaseFile,
    user: SignedIn,
    problem: tuple[str, casework.CorrectionProblem] | None,
    status_code: int,
    outgoing: list[OutgoingView] | None = None,
) -> Response:
    lang = translator_for(request).lang
    titles = {f.key: f.title_th if lang == "th" else f.title_en for f in view.fields}
    return render(
        request,
        "case.html",
        field_title=lambda key: titles.get(key, key),
        status_code=status_code,
        case=view,
        statuses=CaseStatus.ALL,
        users=casework.assignable_users(session),
        may_work=casework.may_work(user.role),
        may_reveal=casework.may_reveal(user.role, user.user_id, view.assignee_id),
        may_assign_others=user.role in casework.ASSIGN_OTHERS_ROLES,
        problem=problem,
        done=request.query_params.get("done"),
        outgoing=outgoing or [],
        may_reply=casework.may_work(user.role),
    )


def _back(case: Case, done: str) -> Response:
    return RedirectResponse(f"/cases/{quote(case.receipt_no)}?done={done}", status_code=303)


def _require_work(user: SignedIn) -> None:
    if not casework.may_work(user.role):
        raise HTTPException(status_code=403)


@router.get("/{receipt_no}")
def case_page(
    request: Request, receipt_no: str, ctx: Ctx, session: DbSession, user: CurrentUser
) -> Response:
    return _page(request, session, ctx, _case_or_404(session, receipt_no), user)


def _refuse_reveal(session: Session, case: Case, user: SignedIn, reason: str) -> Response | None:
    """Why this reveal may not happen (403, or back for a reason), or None when it may."""
    assert case.id is not None
    if not casework.may_reveal(user.role, user.user_id, assignee_id(session, case_id=case.id)):
        raise HTTPException(status_code=403)
    if len(reason.strip()) < MIN_REASON:
        return RedirectResponse(
            f"/cases/{quote(case.receipt_no)}?done=reason_needed", status_code=303
        )
    return None


@router.post("/{receipt_no}/reveal")
def reveal(
    request: Request,
    receipt_no: str,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    reason: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    case = _case_or_404(session, receipt_no)
    refused = _refuse_reveal(session, case, user, reason)
    if refused is not None:
        return refused
    return _page(request, session, ctx, case, user, reveal_reason=reason.strip())


@router.post("/{receipt_no}/fields/{key}")
def correct(
    request: Request,
    receipt_no: str,
    key: str,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    value: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    _require_work(user)
    case = _case_or_404(session, receipt_no)
    problem = casework.correct_field(session, ctx, case, actor=user.actor, key=key, value=value)
    if problem is not None:
        session.rollback()
        return _page(request, session, ctx, case, user, problem=(key, problem), status_code=422)
    session.commit()
    return _back(case, "corrected")


@router.post("/{receipt_no}/status")
def change_status(
    receipt_no: str,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    status: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    _require_work(user)
    if status not in CaseStatus.ALL:
        raise HTTPException(status_code=400)
    case = _case_or_404(session, receipt_no)
    casework.change_status(session, ctx, case, actor=user.actor, status=status)
    session.commit()
    return _back(case, "status")


@router.post("/{receipt_no}/assign")
def change_assignee(
    receipt_no: str,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    assignee: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    _require_work(user)
    case = _case_or_404(session, receipt_no)
    assert case.id is not None
    if assignee == "me":
        target: int | None = user.user_id
    elif assignee.isdigit():
        target = int(assignee)
    elif assignee == "":
        target = None
    else:
        raise HTTPException(status_code=400)
    current = assignee_id(session, case_id=case.id)
    if not casework.may_assign(user.role, user.user_id, target, current):
        raise HTTPException(status_code=403)
    try:
        casework.change_assignee(
            session, ctx, case, actor=user.actor, user_id=target, expected=current
        )
    except AssignmentChanged:  # taken by someone else since the check: theirs now
        raise HTTPException(status_code=403) from None
    session.commit()
    return _back(case, "assigned")


@router.post("/{receipt_no}/notes")
def add_note(
    receipt_no: str,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    text: Annotated[str, Form(max_length=casework.MAX_NOTE)] = "",
) -> Response:
    _require_work(user)
    case = _case_or_404(session, receipt_no)
    added = casework.add_note(session, ctx, case, actor=user.actor, text=text)
    session.commit()
    return _back(case, "note" if added else "note_empty")


@router.get("/{receipt_no}/mail/{part}")
def mail_frame(
    request: Request, receipt_no: str, part: str, ctx: Ctx, session: DbSession, user: CurrentUser
) -> Response:
    """The mail's HTML, sanitised and masked, for a sandboxed frame on the case page."""
    case = _case_or_404(session, receipt_no)
    status_code = 200
    try:
        html = mail_html(session, ctx, case, actor=user.actor, part=part)
    except MailUnreadable:  # the opens were made, and stay audited
        html = f"<p>{escape(translator_for(request)('mail_limits.unreadable'))}</p>"
        status_code = 422
    session.commit()
    if html is None:
        raise HTTPException(status_code=404)
    page = f'<!doctype html><html><head><meta charset="utf-8"></head><body>{html}</body></html>'
    return HTMLResponse(
        page,
        status_code=status_code,
        headers={
            "Content-Security-Policy": MAIL_FRAME_CSP,
            "X-Frame-Options": "SAMEORIGIN",
        },
    )


def _unreadable(request: Request, case: Case) -> Response:
    """The answer to a download or page image of a mail over the parse limits."""
    return render(request, "mail_unreadable.html", status_code=422, case_receipt=case.receipt_no)


@router.post("/{receipt_no}/attachments/{index}")
def download_attachment(
    request: Request,
    receipt_no: str,
    index: int,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    reason: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """An attachment, as a download only. It is unmasked, so it is a reveal: same rule.
    A PDF is disarmed first (extractors.pdf_disarm); one that cannot be is not served."""
    case = _case_or_404(session, receipt_no)
    found = _attachment_to_reveal(
        request, ctx, session, user, case, index, reason, "attachment download"
    )
    if isinstance(found, Response):
        return found
    if found is not None:
        _audit_attachment_reveal(
            session, ctx, user, case, "attachment.download", reason, {"attachment": index + 1}
        )
    session.commit()
    if found is None:
        raise HTTPException(status_code=404)
    content = found.content
    if found.sniffed_type == "application/pdf":
        try:
            content = disarm_bounded(found.content).content
        except CannotDisarm as cannot:
            return render(
                request,
                "attachment_refused.html",
                status_code=422,
                case_receipt=case.receipt_no,
                reason=cannot.reason,
            )
    name = f"{case.receipt_no}-{index + 1}{_extension(found.sniffed_type)}"
    return Response(
        content,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
        },
    )


# Each is drawn as a PNG in the OCR child: a browser shows no HEIC, and an SVG is never
# sent to one (its embedded scan is drawn, by its order).
PAGE_IMAGE_TYPES = (
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/tiff",
    "image/webp",
    "image/heic",
    "image/heif",
    "image/avif",
    "image/svg+xml",
)


@router.post("/{receipt_no}/attachments/{index}/pages/{page}")
def attachment_page_image(
    request: Request,
    receipt_no: str,
    index: int,
    page: int,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    reason: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """The page OCR read values from, upright, for the frame beside the fields. It shows
    personal data unmasked, so it is a reveal: same rule and audit as a download."""
    from extractors.ocr import OcrUnavailable, render_page
    from extractors.sandbox import LimitExceeded

    case = _case_or_404(session, receipt_no)
    found = _attachment_to_reveal(
        request, ctx, session, user, case, index, reason, "attachment page image"
    )
    if isinstance(found, Response):
        return found
    if found is None or found.sniffed_type not in PAGE_IMAGE_TYPES or not 1 <= page <= 20:
        session.commit()
        raise HTTPException(status_code=404)
    _audit_attachment_reveal(
        session,
        ctx,
        user,
        case,
        "attachment.page_image",
        reason,
        {"attachment": index + 1, "page": page},
    )
    session.commit()
    try:
        png = render_page(found.content, found.sniffed_type, page)
    except (LimitExceeded, OcrUnavailable, RuntimeError, OSError, ValueError):
        raise HTTPException(status_code=422) from None
    return Response(
        png,
        media_type="image/png",
        headers={
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "X-Frame-Options": "SAMEORIGIN",
        },
    )


def _attachment_to_reveal(
    request: Request,
    ctx: Context,
    session: Session,
    user: SignedIn,
    case: Case,
    index: int,
    reason: str,
    purpose: str,
) -> Attachment | Response | None:
    """The attachment a reveal asks for (None: the mail has no such attachment), or the
    answer when it may not be shown. The raw mail's opening is audited either way."""
    refused = _refuse_reveal(session, case, user, reason)
    if refused is not None:
        return refused
    raw = open_message_raw(
        session,
        ctx.keyring,
        ctx.blobs,
        actor=user.actor,
        purpose=f"{purpose}: {reason.strip()}",
        message_id=case.message_id,
    )
    try:
        return attachment_of(ctx, raw, index, where=f"case {case.receipt_no}")
    except MailUnreadable:
        session.commit()  # the raw mail was opened: that stays audited; nothing was shown
        return _unreadable(request, case)


def _audit_attachment_reveal(
    session: Session,
    ctx: Context,
    user: SignedIn,
    case: Case,
    action: str,
    reason: str,
    details: dict[str, int],
) -> None:
    """An attachment shown whole (downloaded, or a page drawn) gets its own entry marked a
    reveal: "message.raw" alone is what every masked view writes too, and a reveal must
    reach the audit witness at once."""
    append_audit(
        session,
        actor=user.actor,
        action=action,
        case_id=case.id,
        message_id=case.message_id,
        purpose=reason.strip(),
        details={**details, "reveal": True},
        keyring=ctx.keyring,
        checkpoint_every=ctx.settings.audit_checkpoint_every,
    )


def _extension(content_type: str) -> str:
    known = {
        "application/pdf": ".pdf",
        "image/png": ".png",
        "image/jpeg": ".jpg",
        "image/gif": ".gif",
        "text/plain": ".txt",
        "application/zip": ".zip",
    }
    return known.get(content_type, ".bin")


@router.post("/{receipt_no}/reply")
def send_reply(
    receipt_no: str,
    ctx: Ctx,
    session: DbSession,
    user: FormUser,
    background: BackgroundTasks,
    text: Annotated[str, Form(max_length=MAX_REPLY)] = "",
) -> Response:
    """A staff reply by email: written to the outbox with the case, sent right after."""
    _require_work(user)
    case = _case_or_404(session, receipt_no)
    if not text.strip():
        return _back(case, "reply_empty")
    try:
        write_reply(session, ctx, case, body=text, actor=user.actor)
    except CaseErased:
        raise HTTPException(status_code=410) from None
    except ReplyError:
        session.rollback()
        return _back(case, "reply_failed")
    session.commit()
    background.add_task(deliver_due, ctx)
    return _back(case, "reply_queued")
