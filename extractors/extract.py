"""A parsed message and the form templates in, one validated `ExtractedCase` out.

Steps: run the registry's extractors on every text part and attachment (by sniffed
type); choose the template by its rules, recording why; take the candidates through
`_STEPS` (each a function from candidates to candidates); keep the best candidate per
field; validate. Nothing here raises: problems become defects and field issues, so a
case is always created for a clerk to finish.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import getaddresses
from functools import lru_cache, partial

from extractors.address_abroad import abroad_below_home
from extractors.address_case import ascii_lower
from extractors.address_fuller import without_cut_short_addresses
from extractors.address_parts import ADDRESS_PART_SPECS, join_address_parts
from extractors.address_sublabels import without_address_sublabels
from extractors.address_tail import with_address_tails
from extractors.anonymous_writer import anonymous_writer_behind
from extractors.appointed_attorney import attorney_named_behind
from extractors.archive import archive_members
from extractors.attached_forward import without_forwarders_note
from extractors.base import (
    Defect,
    ExtractedCase,
    ExtractionResult,
    Extractor,
    FieldCandidate,
    FieldSpec,
    FormTemplate,
    ParsedMessage,
    Provenance,
)
from extractors.beside_name import id_beside_name, phone_beside_name
from extractors.body_letter_note import senders_name_behind
from extractors.business_labels import BUSINESS_SPECS, as_applicants
from extractors.by_identity import ByIdentity
from extractors.certified_writer import certifiers_contact_behind
from extractors.changed_name import without_former_names
from extractors.chat_other_side import other_sides_contacts_behind
from extractors.complained_of import complained_of_behind
from extractors.consented_for import CONSENTED_FOR
from extractors.contact_beside_filer import contacts_behind_filers
from extractors.corrected_file import corrected_files_first
from extractors.current_address import current_address_first
from extractors.date_orders import with_label_order
from extractors.deal_sides import deal_sides_behind
from extractors.email_as_name import emails_under_name_labels
from extractors.firm_line import firms_line_first
from extractors.flat_xml import flat_package
from extractors.foreign_phone import phones_in_country
from extractors.form_footer import footer_respondent
from extractors.forwarded_chat import forwarders_note_behind
from extractors.forwarded_sender import forwarded_sender_email, forwards_own_mail
from extractors.forwarding_letter import FORWARDED_FOR, without_covering_note
from extractors.informant_behind import informant_behind, informant_part_behind
from extractors.intermediary_office import office_signers_behind
from extractors.juristic import is_juristic_name
from extractors.labelled_for_another import without_anothers_labelled
from extractors.labels import LabelMatcher, canonical
from extractors.letter_prose import contacts_behind_signers
from extractors.listed_names import other_side_behind, others_listed_behind
from extractors.mail_text import mail_envelope
from extractors.mobile_first import mobile_first
from extractors.names import NAME_PART_SPECS, join_name_parts
from extractors.office_caption import without_office_captions
from extractors.office_sender_box import offices_mail_for_another, offices_own_box_behind
from extractors.old_labelled import without_old_labelled
from extractors.own_domain import on_agency_domain, on_government_domain
from extractors.part_phone import phone_of_named_part
from extractors.passes_on import writers_contact_behind
from extractors.plausible import house_number_only
from extractors.prose import (
    ABOUT_ANOTHER,
    PROSE_CONFIDENCE,
    VOUCHED_FOR,
    find_entities,
    name_before_phone,
)
from extractors.registry import ExtractorRegistry, default_registry
from extractors.reply_to import reply_to_contact
from extractors.review import REVIEW_BELOW, review_flags
from extractors.said_wrong import said_wrong_in_body
from extractors.sandbox import LimitExceeded, within_budget
from extractors.sender_email import senders_address
from extractors.signed_given_name import name_signed_by_given
from extractors.signers_rows import signers_row_first
from extractors.slug_labels import by_value_shape
from extractors.sniff import TNEF, XML, ZIP
from extractors.spoken import as_written
from extractors.staff_forward import without_staff_note
from extractors.tail_beside_address import tail_beside_address
from extractors.tnef import tnef_members
from extractors.validate import normalise_value, validate_fields
from extractors.work_signature import work_line_behind

SUBJECT_KEY = "subject"
GENERIC_SUBJECT = 0.3  # confidence of a Subject header that names only the kind of request
MAX_KEYWORD_TEXT = 100_000  # characters of body text searched for template keywords
# A value longer than any a person writes in a field is cut (and flagged): a name of
# 140,000 characters (numeric entities) or of 2 million (one long line) is no name, and
# checking it letter by letter took the extraction past its limit. A multi-line field
# (details, an address) may be a long letter; one line (a name, an ID, a phone) is short.
MAX_LINE_VALUE_CHARS = 1_000
MAX_MULTILINE_VALUE_CHARS = 20_000
CUT_CONFIDENCE = 0.3  # a cut value is always looked at
# On equal confidence, a value typed into a form field beats one read from prose.
_KIND_RANK = {"pdf_form": 0, "body_html": 1, "body_text": 2, "spreadsheet": 3, "pdf_text": 4}
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|tr|ตอบกลับ|ส่งต่อ)\s*[:：]\s*)+", re.I)


@dataclass(frozen=True)
class _Input:
    content: bytes | str
    content_type: str
    part: str
    filename_index: int | None = None


def extract_case(
    parsed: ParsedMessage,
    templates: Sequence[FormTemplate],
    *,
    registry: ExtractorRegistry | None = None,
    review_below: float = REVIEW_BELOW,
) -> ExtractedCase:
    """Never raises; an unexpected failure becomes an `extraction_failed` defect.

    A field read with a confidence below `review_below`, found only in prose or by OCR,
    or given different values by two sources is flagged for review (an issue with its
    reason); its value is kept.
    """
    try:
        # the mail's recipients are the agency: its own mail forwarded back is not a request;
        # its sender is the citizen: her own earlier mail quoted is her request
        with mail_envelope(_recipients(parsed), parsed.from_addr, parsed.subject, parsed.from_name):
            return _extract(parsed, list(templates), registry or default_registry(), review_below)
    except Exception as exc:  # the runner must always get a case to store and flag
        defect = Defect(code="extraction_failed", detail=type(exc).__name__)
        return ExtractedCase(
            template=_fallback_template(list(templates)),
            template_reason="extraction failed",
            fields={},
            raw_fields={},
            provenance={},
            issues={},
            defects=[*parsed.defects, defect],
        )


def _recipients(parsed: ParsedMessage) -> list[str]:
    """The addresses the mail was sent to (To and Cc): the agency's own mailboxes."""
    cc = [address for _, address in getaddresses(parsed.headers.get("cc", []))]
    return [*parsed.to, *cc]


_MATCHERS: ByIdentity[FormTemplate, LabelMatcher] = ByIdentity(
    lambda templates: LabelMatcher(
        templates, [*NAME_PART_SPECS, *ADDRESS_PART_SPECS, *BUSINESS_SPECS]
    )
)


def matcher_for(templates: list[FormTemplate]) -> LabelMatcher:
    """One LabelMatcher per template set: building one costs far more than a message."""
    return _MATCHERS(templates)


def _fallback_template(templates: list[FormTemplate]) -> str:
    default = next((t for t in templates if t.rules.default), None)
    return (default or templates[0]).name if templates else ""


def _extract(
    parsed: ParsedMessage,
    templates: list[FormTemplate],
    registry: ExtractorRegistry,
    review_below: float,
) -> ExtractedCase:
    defects = list(parsed.defects)
    if not templates:
        reason = "no templates configured"
        empty: dict[str, str | None] = {}
        return ExtractedCase(
            template="", template_reason=reason, fields=empty, raw_fields={}, provenance={},
            issues={}, defects=[*defects, Defect(code="no_templates", detail=reason)],
        )  # fmt: skip
    inputs, unpacked = _inputs(parsed)
    defects += unpacked
    union = matcher_for(templates)
    run = _run(inputs, union, registry)
    template, reason = choose_template(parsed, templates, run.candidates)
    keys = {spec.key for spec in template.fields}
    if union.conflicts and any(c.key not in keys for c in run.candidates):
        # A label that means another key in another template may have been read under
        # that key: read again with this template's labels only (PDFs are parsed twice).
        run = _run(inputs, matcher_for([template]), registry)
    defects += run.defects
    recipients = _recipients(parsed)
    mail = _Mail(
        parsed=parsed,
        templates=templates,
        template=template,
        keys=frozenset(keys),
        labels=union,
        recipients=recipients,
        # the agency's mailboxes, folded as mailboxes compare (ASCII letters only: Unicode
        # lower() sends KELVIN SIGN to k, making another mailbox the agency's)
        own=frozenset(ascii_lower(r.strip()) for r in recipients if r.strip()),
        forwarded_from=run.forwarded_from,
        forwarded=run.forwarded,
    )
    candidates = run.candidates
    for step in _STEPS:
        candidates = step(mail, candidates)
    defects += mail.defects
    chosen = id_beside_name(pick_best(template, candidates), candidates)
    chosen = phone_beside_name(chosen, candidates, ABOUT_ANOTHER, review_below)
    texts = mail.texts_by_part()
    chosen = phone_of_named_part(chosen, candidates, texts)
    chosen = tail_beside_address(chosen, candidates)
    if SUBJECT_KEY in keys and SUBJECT_KEY not in chosen:
        header_subject = _subject_of(parsed.subject)[:MAX_LINE_VALUE_CHARS]
        if header_subject:
            chosen[SUBJECT_KEY] = FieldCandidate(
                key=SUBJECT_KEY,
                value=header_subject,
                provenance=Provenance(
                    part="header", kind="body_text", label="Subject", method="header"
                ),
                # "ยื่นคำร้อง" names only the kind of request: a clerk should look
                confidence=GENERIC_SUBJECT if _is_generic(header_subject, templates) else 0.5,
            )
    raw = {key: c.value for key, c in chosen.items()}
    fields, issues = validate_fields(template, raw)
    flagged = review_flags(template, chosen, candidates, review_below, texts, attached=run.attached)
    for key, flags in flagged.items():
        issues[key] = [*issues.get(key, []), *flags]
    return ExtractedCase(
        template=template.name,
        template_reason=reason,
        fields=fields,
        raw_fields=raw,
        provenance={key: c.provenance for key, c in chosen.items()},
        issues=issues,
        defects=defects,
        confidence={key: c.confidence for key, c in chosen.items()},
        forwarded_by=parsed.from_addr or None if run.forwarded else None,
        forwarded_from=run.forwarded_from,
    )


@dataclass
class _Mail:
    """What the steps from the readers' candidates to the template's ask of the mail."""

    parsed: ParsedMessage
    templates: list[FormTemplate]
    template: FormTemplate  # the chosen one
    keys: frozenset[str]  # its fields
    labels: LabelMatcher  # every template's labels
    recipients: list[str]  # To and Cc: the agency's mailboxes
    own: frozenset[str]  # the same, folded by address_case.ascii_lower
    forwarded_from: str | None
    forwarded: bool  # the request came inside a forwarded mail: From is the forwarder's
    defects: list[Defect] = field(default_factory=list)  # a step's, for the case

    def texts_by_part(self) -> dict[str, str]:
        """The mail's own text parts by their MIME part, as provenance names them."""
        return {part.part: part.text for part in self.parsed.text_parts}


Step = Callable[[_Mail, list[FieldCandidate]], list[FieldCandidate]]


def _own_words(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """The citizen's own words, without a clerk's note and signature above the words she
    forwards, an office's covering letter, or a forwarder's note over a mail attached as
    a file (their values are theirs), a body's clerk's name behind its letter's signer; a
    form's generic tags ("date-998: 1984-11-27") and a service's "Respondent:" by its
    "Submitted by" are added."""
    own = without_forwarders_note(mail.parsed, without_covering_note(candidates))
    own = without_staff_note(mail.parsed, own, mail.recipients)
    own = senders_name_behind(mail.parsed, own)  # a body's letter sent by its clerk
    own = office_signers_behind(mail.parsed, own)  # an office's staff signing its mail
    own = offices_mail_for_another(mail.parsed, own)  # a faculty's mail for its student
    return [*own, *by_value_shape(mail.parsed), *footer_respondent(mail.parsed)]


def _cut(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    cut, too_long = _cut_values(candidates, mail.labels)
    mail.defects.extend(too_long)
    return cut


def _as_written(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Values as voice typing spoke them, dates under a label that states their order, an
    e-mail under a name's label as the e-mail: read once cut to a length a field holds."""
    kind_of = mail.labels.field_type
    written = emails_under_name_labels(as_written(candidates, kind_of), kind_of)
    # a number under a label naming the country abroad is that country's (foreign_phone)
    return phones_in_country(with_label_order(written, kind_of))


def _without_sublabels(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    return without_address_sublabels(candidates)  # a form builder's "City:" inside the answer


def _joined(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A name's and an address's parts joined, a business's operator and head office read
    as the applicant's name and address a clerk checks, an address's tail added."""
    joined = join_address_parts(join_name_parts(candidates))
    words = [mail.parsed.subject, *(part.text for part in mail.parsed.text_parts)]
    return with_address_tails(as_applicants(joined, words))  # a complaint's? see there


def _not_former(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A name read under a former name's label ("ชื่อ-สกุล (เดิม)") is put below review."""
    kind_of = mail.labels.field_type
    names = {c.key for c in candidates if kind_of(c.key) == "name"}
    # and one under a label with the person's post before it ("เลขานุการกลุ่ม นาง...")
    # and any other value under an old or wrong one's label ("วันเกิดที่บันทึกไว้ (ผิด)",
    # "โทรศัพท์เดิม", set 86)
    former = without_old_labelled(without_former_names(candidates, names), names)
    return without_office_captions(former)


def _current_address(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Of a registered address and a current one, the current one is the case's (but a
    Thai one before one abroad); of an address cut short before its areas and the whole
    one, the whole."""
    return current_address_first(abroad_below_home(without_cut_short_addresses(candidates)))


def _mobile_first(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Of a form's several own numbers (home, office, mobile), the mobile is the contact."""
    return mobile_first(candidates)


def _work_line(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Her work signature's switchboard, under her school's name: behind her mobile."""
    return work_line_behind(mail.texts_by_part(), candidates)


def _not_anothers(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A labelled number the sentences say is another's yields to the one she gives."""
    return without_anothers_labelled(candidates)


def _informant(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A notice's ผู้แจ้ง rows behind the one the help is for (informant_behind), by
    their labels or by the heading over them."""
    return informant_part_behind(informant_behind(candidates), mail.texts_by_part())


def _anonymous(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A tip whose writer withholds her name: whom it names behind (anonymous_writer)."""
    parsed = mail.parsed
    texts = [parsed.subject or "", parsed.from_name or "", *(t.text for t in parsed.text_parts)]
    return anonymous_writer_behind(candidates, texts)


def _deal_sides(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A receipt's or a lease's side not the writer's behind hers (deal_sides)."""
    return deal_sides_behind(candidates, mail.parsed.text_parts)


def _signers_row(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Of a petition's signers' rows, the representative's (or the first signer's)."""
    return signers_row_first(candidates, [t.text for t in mail.parsed.text_parts])


def _contact_not_signer(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A body's contact named above the one who signs its letter, or beside the one its
    form names as filing it: behind the signer or the filer."""
    return contacts_behind_filers(contacts_behind_signers(candidates))


def _complained_of(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """In a complaint whose writer names herself, a charge label's other person (the team's
    manager, the shop's owner complained of) behind her (complained_of)."""
    return complained_of_behind(candidates, mail.texts_by_part())


def _listed_others(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """Of a typed list of people the writer names herself among, the others' lines behind;
    of a certificate's two sides (ฝ่ายชาย, ฝ่ายหญิง), the side not hers."""
    return other_side_behind(others_listed_behind(candidates, ABOUT_ANOTHER), ABOUT_ANOTHER)


def _said_wrong(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    return said_wrong_in_body(mail.parsed, candidates, mail.labels)


def _corrected_file(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    return corrected_files_first(mail.parsed, candidates)


def _vouched(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    vouched = _vouched_subject(candidates)
    # a headman passing on a villager's complaint: his signature's phone is his
    return writers_contact_behind(vouched, mail.parsed.text_parts, PROSE_CONFIDENCE)


def _forwarded_chat(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A son's note over his mother's forwarded chat: his values behind hers; the signer's
    line of a certificate about the writer pasted under her request: behind hers."""
    forwarded = forwarders_note_behind(candidates, mail.parsed.text_parts)
    # an owner's chat with her contractor pasted in: his office line and mobile his
    forwarded = other_sides_contacts_behind(forwarded, mail.parsed.text_parts)
    forwarded = certifiers_contact_behind(forwarded, VOUCHED_FOR)
    # the attorney a power appoints, sending it under his own name: the grantor asks
    forwarded = attorney_named_behind(forwarded)
    # a firm's staff signing its mail: her mobile behind the firm's line beside it
    return firms_line_first(mail.parsed.from_name, forwarded, mail.texts_by_part())


def _with_subject(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    found = {c.key for c in candidates}
    return [*candidates, *_subject_entities(mail.parsed.subject, found)]


def _templates_keys(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    keyed = _as_template_keys(mail.template, candidates, mail.templates)
    return [c for c in keyed if c.key in mail.keys]


def _not_the_agencys(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    kept = _not_the_agencys_mailbox(candidates, mail.recipients)
    # a faculty's box on From, printed again at its letter's foot: the office's (set 96)
    return offices_own_box_behind(mail.parsed.from_addr, mail.parsed.from_name, kept)


def _with_signed_given_name(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """From's name for a writer who signs with her given name alone (signed_given_name);
    never a forwarder's."""
    if "full_name" not in mail.keys or mail.forwarded:
        return candidates
    return [*candidates, *name_signed_by_given(mail.parsed, candidates)]


def _with_reply_to(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    found = reply_to_contact(mail.parsed, candidates, mail.own)
    return [*candidates, *(c for c in found if c.key in mail.keys)]


def _with_forwarded_sender(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A forwarded mail's author, when the request gives no e-mail."""
    if "email" not in mail.keys:
        return candidates
    sender = mail.parsed.from_addr
    return [
        *candidates,
        *forwarded_sender_email(mail.forwarded_from, candidates, sender, mail.own),
    ]


def _with_senders_address(mail: _Mail, candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """The address the citizen wrote from, when the request gives no e-mail (a last resort);
    a forwarder's only where he forwards his own mail."""
    own_mail = forwards_own_mail(mail.forwarded_from, mail.parsed.from_addr)
    if "email" not in mail.keys or (mail.forwarded and not own_mail):
        return candidates
    # a letter forwarding a villager's request is the kamnan's mail, not hers; an owner's
    # consent is one the tenant attaches to her own mail (set 74): From is still hers
    others = (*(a for a in ABOUT_ANOTHER if a != CONSENTED_FOR), FORWARDED_FOR)
    found = senders_address(
        mail.parsed.from_addr, mail.parsed.from_name, candidates, mail.recipients, mail.own, others
    )
    return [*candidates, *found]


# From the readers' candidates to the chosen template's, in order.
_STEPS: tuple[Step, ...] = (
    _own_words,
    _cut,
    _as_written,
    _without_sublabels,
    _joined,
    _not_former,
    _current_address,
    _mobile_first,
    _work_line,
    _not_anothers,
    _informant,
    _anonymous,
    _deal_sides,
    _signers_row,
    _contact_not_signer,
    _complained_of,
    _listed_others,
    _said_wrong,
    _corrected_file,
    _vouched,
    _forwarded_chat,
    _with_subject,
    _templates_keys,
    _not_the_agencys,
    _with_signed_given_name,
    _with_reply_to,
    _with_forwarded_sender,
    _with_senders_address,
)


def _not_the_agencys_mailbox(
    candidates: list[FieldCandidate], recipients: list[str]
) -> list[FieldCandidate]:
    """`candidates` without an e-mail that is one of the mail's own recipients: the
    agency's mailbox, printed at the foot of its letter or of a form it sent out, is
    where requests go, never where the citizen is answered. Addresses compare as
    mailboxes do (`ascii_lower`): a citizen's address that differs from it only by a
    letter Unicode would fold onto an ASCII one is another mailbox, and kept."""
    own = {ascii_lower(r.strip()) for r in recipients if r.strip()}
    kept = [
        c
        for c in candidates
        if c.key != "email"
        or (
            ascii_lower(c.value.strip().removeprefix("mailto:")) not in own
            and not on_agency_domain(c.value, recipients)
        )
    ]
    # Another office's box (a centre forwarding a complaint signs with its own): kept, an
    # official may write from work, but no surer than prose, so a clerk looks (set 68).
    return [
        c.model_copy(update={"confidence": min(c.confidence, PROSE_CONFIDENCE)})
        if c.key == "email" and on_government_domain(c.value)
        else c
        for c in kept
    ]


def _cut_values(
    candidates: list[FieldCandidate], labels: LabelMatcher
) -> tuple[list[FieldCandidate], list[Defect]]:
    """Each value cut at the longest its field can hold, and a defect for each cut."""
    out: list[FieldCandidate] = []
    defects: list[Defect] = []
    for candidate in candidates:
        longest = (
            MAX_MULTILINE_VALUE_CHARS
            if labels.is_multiline(candidate.key)
            else MAX_LINE_VALUE_CHARS
        )
        if len(candidate.value) > longest:
            detail = f"{candidate.key}: {len(candidate.value)} characters, cut at {longest}"
            defects.append(
                Defect(code="value_too_long", detail=detail, part=candidate.provenance.part)
            )
            confidence = min(candidate.confidence, CUT_CONFIDENCE)
            update = {"value": candidate.value[:longest], "confidence": confidence}
            candidate = candidate.model_copy(update=update)
        out.append(candidate)
    return out, defects


def _vouched_subject(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """A letter that vouches for someone (see extractors.prose), or whose writer acts for
    someone (extractors.acting_for), is about that person: the other values of the same
    part for the fields said of that person (the writer after a ข้าพเจ้า label, the
    signer; the curator's own ID), and the part's phones and e-mails not said of her,
    are kept as rivals no surer than a value found in sentences."""
    said = {
        (c.provenance.part, c.key)
        for c in candidates
        # her values said after her name too (extractors.said_of_subject, set 55)
        if c.provenance.label in ABOUT_ANOTHER
    }
    if not said:
        return candidates
    # The writer's own line and box in such a part (a lawyer's letterhead, his block
    # above the letter, set 63) are his, not hers: no surer than prose, so flagged, as
    # review's writer_contact flags a vouching letter's.
    parts = {part for part, _ in said}
    return [
        c.model_copy(update={"confidence": min(c.confidence, PROSE_CONFIDENCE)})
        if c.provenance.label not in ABOUT_ANOTHER
        and (
            (c.provenance.part, c.key) in said
            or (c.key in _WRITERS_CONTACT and c.provenance.part in parts)
        )
        else c
        for c in candidates
    ]


_WRITERS_CONTACT = frozenset({"phone", "email"})


def _subject_entities(subject: str, found: set[str]) -> list[FieldCandidate]:
    """Values that prove themselves (a phone number, an ID with its check digit, a name
    after ชื่อ, a titled name before a phone) in the Subject line, for the fields the body
    gave none: a request typed on a phone sometimes sits in the Subject with an empty
    body. Flagged, as prose."""
    text = _REPLY_PREFIX.sub("", subject)
    entities = [(key, value, label) for key, value, _, label in find_entities(text)]
    if (name := name_before_phone(text)) and all(key != "full_name" for key, _, _ in entities):
        entities.append(("full_name", name, "titled name before its phone"))
    candidates = []
    for key, value, label in entities:
        if key in found:
            continue
        provenance = Provenance(part="header", kind="body_text", label=label, method="prose")
        candidates.append(
            FieldCandidate(key=key, value=value, provenance=provenance, confidence=PROSE_CONFIDENCE)
        )
    return candidates


_GENERIC_WORDS = ("แบบฟอร์ม", "ยื่น", "ขอ", "เรื่อง", "ส่ง", "form", "request", "re", "fwd")


# "คำร้อง ขอรับน้ำ..." -> "ขอรับน้ำ...": the word for the kind of mail is not the subject,
# as the เรื่อง column of the incoming register would be written.
_KIND_WORD = re.compile(r"^(?:คำร้องทั่วไป|คำร้อง|คำขอ|ยื่นคำร้อง|เรื่อง)(?:\s*[:：\-–]\s*|\s+)(?=\S)")


def _subject_of(header: str) -> str:
    subject = _REPLY_PREFIX.sub("", header).strip()
    rest = _KIND_WORD.sub("", subject, count=1).strip()
    return rest if len(rest) >= 4 else subject


def _is_generic(subject: str, templates: list[FormTemplate]) -> bool:
    """A subject made only of template titles, their keywords and filler words."""
    rest = canonical(subject)
    for word in _generic_words(
        tuple(w for t in templates for w in (t.title_th, *t.rules.subject_keywords))
    ):
        rest = rest.replace(word, "")
    return len(rest) < 4


@lru_cache(maxsize=16)
def _generic_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words to take out of a subject, folded, longest first: the same for every mail
    of a template set (keyed by the words themselves, so an edited template is new)."""
    folded = [canonical(w) for w in words]
    return tuple(w for w in sorted({*folded, *_GENERIC_WORDS}, key=len, reverse=True) if w)


def _as_template_keys(
    template: FormTemplate,
    candidates: list[FieldCandidate],
    templates: Sequence[FormTemplate] = (),
) -> list[FieldCandidate]:
    """Values read under a common key go to the template's field that is `like` it; and
    the other way, a value read under another template's field that is like a common one
    the chosen template has ("ชื่อ-สกุลนักเรียน" in a request to move a student, which no
    school-document template takes) goes to the common one, instead of being dropped so
    that another person's name is taken (set 26, the school transfer)."""
    keys = {spec.key for spec in template.fields}
    like = {spec.like: spec.key for spec in template.fields if spec.like and spec.like not in keys}
    for other in templates:
        for spec in other.fields:
            if spec.like and spec.key not in keys and spec.like in keys:
                like.setdefault(spec.key, spec.like)
    return [c.model_copy(update={"key": like[c.key]}) if c.key in like else c for c in candidates]


def _inputs(parsed: ParsedMessage) -> tuple[list[_Input], list[Defect]]:
    """What the extractors read: each text part and attachment, and each file of an
    attached ZIP archive in its place (part "2/1": the archive's first file)."""
    inputs = []
    defects: list[Defect] = []
    for text in parsed.text_parts:
        if text.kind == "html" and text.html:
            inputs.append(_Input(text.html, "text/html", text.part))
        else:
            inputs.append(_Input(text.text, "text/plain", text.part))
    for att in parsed.attachments:
        if not att.content:
            continue
        flat = flat_package(att.content) if att.sniffed_type == XML else None
        if flat is not None:  # Word's or LibreOffice's one-file XML: read as its package
            inputs.append(_Input(flat[0], flat[1], att.part, att.index))
            continue
        if att.sniffed_type not in (ZIP, TNEF):
            inputs.append(_Input(att.content, att.sniffed_type, att.part, att.index))
            continue
        unpack = archive_members if att.sniffed_type == ZIP else tnef_members
        members, refused = unpack(att.content)
        defects += [d.model_copy(update={"part": att.part}) for d in refused]
        inputs += [
            _Input(m.content, m.content_type, f"{att.part}/{m.number}", att.index) for m in members
        ]
    return inputs, defects


@dataclass
class _Run:
    candidates: list[FieldCandidate]
    defects: list[Defect]
    forwarded: bool = False
    forwarded_from: str | None = None  # personal data: only into the sealed extraction
    attached: dict[str, str] = field(default_factory=dict)  # attachments' words, by part


def _run(inputs: list[_Input], labels: LabelMatcher, registry: ExtractorRegistry) -> _Run:
    candidates: list[FieldCandidate] = []
    defects: list[Defect] = []
    forwarded, forwarded_from = False, None
    attached: dict[str, str] = {}
    for number, item in enumerate(inputs):
        extractors = registry.lookup(item.content_type)
        said = len(candidates), len(defects)
        if not extractors:  # an image or an archive: noted for the clerk, not an error
            detail = f"no extractor for {item.content_type}"
            defects.append(Defect(code="unsupported_content_type", detail=detail, part=item.part))
        for extractor in extractors:
            try:
                result = _read(extractor, item, labels, len(inputs) - number - 1)
            except LimitExceeded as exc:  # this part's fault: the other parts are still read
                code = f"{extractor.name.split('_')[0]}_limit"
                defects.append(Defect(code=code, detail=exc.reason, part=item.part))
                break  # one defect a part: its other readers would find no time either
            except Exception as exc:  # one faulty extractor must not lose the others' fields
                detail = f"{extractor.name}: {type(exc).__name__}"
                defects.append(Defect(code="extractor_failed", detail=detail, part=item.part))
                continue
            defects += result.defects
            candidates += [_with_index(c, item.filename_index) for c in result.candidates]
            forwarded |= any(d.code == "forwarded_request" for d in result.defects)
            forwarded_from = forwarded_from or result.forwarded_from
            if result.text:
                attached[item.part] = result.text
        if item.filename_index is not None and said == (len(candidates), len(defects)):
            # read without a problem, and nothing in it: a photo whose words the OCR did
            # not make out looks like this, so the clerk is told the file gave nothing
            defects.append(Defect(code="nothing_found", detail="no field read", part=item.part))
    return _Run(candidates, defects, forwarded, forwarded_from, attached)


def _read(extractor: Extractor, item: _Input, labels: LabelMatcher, later: int) -> ExtractionResult:
    """A text part or file read within what is left of the message's time in the bounded
    child, less a slice for each of the `later` parts after it (`within_budget`), so
    that one slow file, or text, costs itself a defect, not the message its attempt nor
    the other parts their reading."""
    read = partial(extractor.extract, item.content, part=item.part, labels=labels)
    return within_budget(read, later)


def _with_index(candidate: FieldCandidate, index: int | None) -> FieldCandidate:
    if index is None:
        return candidate
    provenance = candidate.provenance.model_copy(update={"filename_index": index})
    return candidate.model_copy(update={"provenance": provenance})


def choose_template(
    parsed: ParsedMessage, templates: list[FormTemplate], candidates: list[FieldCandidate]
) -> tuple[FormTemplate, str]:
    """The template for this message and why (the reason holds no personal data)."""
    subject = canonical(parsed.subject)
    # The sender named the type of work itself ("คำร้องทั่วไป ขอข้อมูล..."): that beats
    # any keyword of another template found in the rest of the subject.
    found = _by_keyword(templates, subject, lambda t: [t.title_th])
    if found is not None:
        return found, f"subject names the template title of {found.name}"
    found = _by_keyword(templates, subject, lambda t: t.rules.subject_keywords)
    if found is not None:
        return found, f"subject keyword matched for {found.name}"
    body = canonical("\n".join(p.text for p in parsed.text_parts)[:MAX_KEYWORD_TEXT])
    found = _by_keyword(templates, body, lambda t: t.rules.body_keywords)
    if found is not None:
        return found, f"body keyword matched for {found.name}"
    counts = {s.key: s for t in templates for s in t.fields if s.type == "integer"}
    seen = {c.key for c in candidates if c.key not in counts or _a_count(counts[c.key], c.value)}
    best: tuple[int, bool, FormTemplate] | None = None
    for template in templates:
        count = len(seen & {spec.key for spec in template.fields})
        eligible = count >= max(1, template.rules.required_labels_seen)
        if eligible and (best is None or (count, template.rules.default) > best[:2]):
            best = (count, template.rules.default, template)
    if best is not None:
        return best[2], f"most labels matched ({best[0]}) for {best[2].name}"
    default = next((t for t in templates if t.rules.default), None)
    if default is not None:
        return default, f"default template {default.name}"
    return templates[0], f"first template {templates[0].name} (no default configured)"


def _a_count(spec: FieldSpec, value: str) -> bool:
    """Whether a value read under a count's label ("จำนวน") is a count: the same word
    labels a sum ("จำนวน 3,000 บาท", a funeral-aid form's OCR, set 60), which says nothing
    of a request for copies."""
    return normalise_value(spec, value) is not None


def _by_keyword(
    templates: list[FormTemplate], text: str, keywords: Callable[[FormTemplate], list[str]]
) -> FormTemplate | None:
    """The template with the longest keyword found in the text ("คำร้องเรียน" holds both
    "คำร้อง" and "ร้องเรียน": the longer is the more specific); a default loses ties."""
    best: tuple[int, bool, FormTemplate] | None = None
    for template in templates:
        for folded in _folded(tuple(keywords(template))):
            if folded and folded in text:
                score = (len(folded), not template.rules.default)
                if best is None or score > best[:2]:
                    best = (*score, template)
    return best[2] if best else None


@lru_cache(maxsize=256)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """A template's keywords folded once, not once a mail (keyed by the words themselves)."""
    return tuple(canonical(w) for w in words)


def pick_best(
    template: FormTemplate, candidates: list[FieldCandidate]
) -> dict[str, FieldCandidate]:
    """Per key: highest confidence, then a value that validates, then the surer source."""
    by_key: dict[str, list[tuple[int, FieldCandidate]]] = {}
    for order, candidate in enumerate(candidates):
        if candidate.value.strip():
            by_key.setdefault(candidate.key, []).append((order, candidate))
    for key, ranked in by_key.items():
        by_key[key] = _without_references(template, key, ranked)
    return {
        key: min(ranked, key=_ranker(template, key, ranked))[1] for key, ranked in by_key.items()
    }


# Types whose every value is written with digits.
_DIGIT_TYPES = frozenset({"national_id", "phone", "date", "postal_code", "integer", "year"})
_DIGIT = re.compile(r"\d")


def _without_references(
    template: FormTemplate, key: str, ranked: list[tuple[int, FieldCandidate]]
) -> list[tuple[int, FieldCandidate]]:
    """Without the values of a digit field that hold no digit at all, when another value
    has some: "ตามสำเนาบัตรที่แนบ", "ดูเอกสารแนบ" under เลขประจำตัวประชาชน point to another
    document, they are no attempt at the number, and must not outrank the number that
    document gives (a surer label, but no value)."""
    spec = next((s for s in template.fields if s.key == key), None)
    if spec is not None and spec.type == "email":
        # the same for an e-mail with no @: "anonymous" (MS Forms' own Email column), "-"
        with_at = [item for item in ranked if "@" in item[1].value]
        return with_at or ranked
    if spec is None or spec.type not in _DIGIT_TYPES:
        return ranked
    with_digits = [item for item in ranked if _DIGIT.search(item[1].value)]
    return with_digits or ranked


def _unlike(key: str, kind: str, value: str) -> bool:
    """A name with a digit in it, or a company's (a firm's registered name read as the
    writer's after ข้าพเจ้า, its director named after โดย, set 122), or an address that is a
    house number alone."""
    if kind == "name":
        return _DIGIT.search(value) is not None or is_juristic_name(value)  # \d: Thai too
    return key == "address" and house_number_only(value)


# A name given in both scripts, equally sure ("Full name: Mr. Somchai Jaidee" above
# "ชื่อ-สกุล: นายสมชาย ใจดี" in a mail written in English first): a Thai agency records a
# Thai citizen's name as the Thai registry spells it, so the Thai one is chosen.
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def _ranker(
    template: FormTemplate, key: str, ranked: list[tuple[int, FieldCandidate]]
) -> Callable[[tuple[int, FieldCandidate]], tuple[bool, float, bool, bool, int, int]]:
    several = len({c.value for _, c in ranked}) > 1  # validation only decides between values
    spec = next(s for s in template.fields if s.key == key)
    thai_given = spec.type == "name" and any(_THAI_LETTER.search(c.value) for _, c in ranked)

    def rank(item: tuple[int, FieldCandidate]) -> tuple[bool, float, bool, bool, int, int]:
        order, c = item
        valid = not several or normalise_value(spec, c.value) is not None
        latin = thai_given and not _THAI_LETTER.search(c.value)
        # A "name" holding a number ("ข้าพเจ้า อายุ 42 ปี ...": the label's next words, the
        # writer named only at the letter's foot) yields to one that holds none, however
        # much surer its label: no name has digits, and the other is the name. So does an
        # address that is a house number alone. (Not every implausible value: a rank
        # written with its own space, "ว่าที่ ร.ต.หญิง ปวีณา ...", is a name of many words.)
        unlike = several and _unlike(key, spec.type, c.value)
        return (
            unlike,
            -c.confidence,
            not valid,
            latin,
            _KIND_RANK.get(c.provenance.kind, 9),
            order,
        )

    return rank
