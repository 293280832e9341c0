"""The shapes that travel between parsing, extraction and validation.

Every extractor returns candidates plus defects; none raises on bad input (compare
the stdlib `email.feedparser`, which records defects). Provenance says where a value
came from so a clerk can check it against the original.
"""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

ProvenanceKind = Literal[
    "body_text", "body_html", "pdf_form", "pdf_text", "spreadsheet", "docx", "document", "ocr"
]  # document: another word-processor file (ODT, RTF)
ReadMethod = Literal["label", "prose", "quoted", "forwarded", "ocr", "header"]


class Provenance(BaseModel):
    """Where a field value was read from. Never holds the value itself."""

    part: str  # MIME part path ("1", "1.2") or "attachment:N"
    kind: ProvenanceKind
    filename_index: int | None = None  # attachment number within the message
    page: int | None = None  # 1-based PDF page
    line: int | None = None  # 1-based line within the part's text
    label: str | None = None  # the label as written in the source
    form_field: str | None = None  # AcroForm field name
    # How the value was read when that is less sure than a label in the sender's own
    # text: "prose" (found in a sentence), "quoted" (typed into a quoted blank template),
    # "forwarded" (inside a forwarded mail), "ocr", "header" (the mail's Subject).
    method: ReadMethod | None = None
    # Read by OCR: the recogniser's own confidence (0..1) for the value's characters.
    ocr_confidence: float | None = None
    # Why a clerk should look at this value before trusting it ("ocr", "ocr_low_confidence").
    # An empty list or dict default is a factory in the models a mail makes by the dozen:
    # a default written `= []` is deep-copied by pydantic for every instance (4 us each).
    flags: list[str] = Field(default_factory=list)


class FieldCandidate(BaseModel):
    key: str  # template field key, e.g. "national_id"
    value: str  # raw text as found (before normalisation)
    provenance: Provenance
    confidence: float = Field(ge=0.0, le=1.0)

    def __repr__(self) -> str:  # the value is personal data: keep it out of logs
        return f"FieldCandidate(key={self.key!r}, kind={self.provenance.kind!r})"

    __str__ = __repr__


# Where a candidate was read, as keys for grouping candidates by the text they came from.
SourceKey = tuple[str, int | None, int | None]  # part, attachment, page
LineKey = tuple[str, int | None, int | None, int | None]  # ... and line


def source_of(c: FieldCandidate) -> SourceKey:
    """The text a candidate was read from: one mail part, attachment and page."""
    return c.provenance.part, c.provenance.filename_index, c.provenance.page


def line_of(c: FieldCandidate) -> LineKey:
    """The line a candidate was read from (its line None where the reader has no lines)."""
    return (*source_of(c), c.provenance.line)


class Defect(BaseModel):
    """A problem met while reading the input, recorded instead of raised."""

    code: str  # machine-readable, e.g. "pdf_encrypted", "broken_multipart"
    detail: str = ""  # safe for logs: never personal data
    part: str | None = None


class ExtractionResult(BaseModel):
    candidates: list[FieldCandidate] = Field(default_factory=list)
    defects: list[Defect] = Field(default_factory=list)
    # The original sender named in a forwarded mail's header block (personal data: it
    # travels only inside the sealed extraction, never into logs or defects).
    forwarded_from: str | None = None
    # An attachment's words as its reader laid them out, for checks across the whole
    # mail (extractors.review: a relative named in an attached letter). Personal data:
    # held in memory while the mail is read, never stored.
    text: str = ""


def failed(part: str, code: str, detail: str) -> ExtractionResult:
    """What a reader returns for a part it could not read: one defect, no candidates."""
    return ExtractionResult(defects=[Defect(code=code, detail=detail, part=part)])


class Extractor(Protocol):
    """One kind of input (a text body, an HTML body, a PDF) in, candidates out."""

    name: str

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        """Never raises on bad content: problems become defects."""
        ...


class LabelIndex(Protocol):
    """Maps a label as people type it to a template field key (fuzzy, Thai and English)."""

    def match(self, label: str) -> tuple[str, float] | None:
        """Return (field key, confidence) for the best match, or None."""
        ...

    def match_form_field(self, name: str) -> tuple[str, float] | None:
        """Same for an AcroForm field name."""
        ...


# --- The parsed message (filled by extractors.mime.parse_message) -------------------


class TextPart(BaseModel):
    part: str  # MIME part path
    kind: Literal["plain", "html"]
    text: str  # decoded text; for HTML, converted to text with table rows kept as lines
    html: str | None = None  # the original HTML (for HTML tables and the review app)
    charset: str | None = None  # charset actually used to decode
    charset_declared: str | None = None


class Attachment(BaseModel):
    model_config = ConfigDict(ser_json_bytes="base64")  # attachments are binary

    index: int  # 0-based order within the message
    part: str
    filename: str | None = None
    declared_type: str = "application/octet-stream"
    sniffed_type: str = "application/octet-stream"  # from magic bytes
    size: int = 0
    content: bytes = Field(default=b"", repr=False)


class ParsedMessage(BaseModel):
    message_id: str | None = None  # as in the header, with angle brackets
    subject: str = ""
    from_addr: str = ""
    from_name: str = ""
    to: list[str] = Field(default_factory=list)
    date: str | None = None  # ISO 8601 if parseable
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    headers: dict[str, list[str]] = Field(default_factory=dict)  # decoded, lower-case names
    text_parts: list[TextPart] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    defects: list[Defect] = Field(default_factory=list)
    parts_left_out: int = 0  # text parts and attachments past the parse's caps (mime.py)

    def __repr__(self) -> str:  # never leak personal data through a repr
        return f"ParsedMessage(parts={len(self.text_parts)}, attachments={len(self.attachments)})"

    __str__ = __repr__


# --- Form templates (loaded by extractors.templates from config/forms/*.toml) --------

FieldType = Literal[
    "text",
    "national_id",
    "phone",
    "email",
    "date",
    "postal_code",
    "province",
    "amount",
    "integer",  # a whole count, e.g. number of copies
    "year",  # a year in BE or CE, stored as the CE year
    "name",  # a person's name: title joined to the first name, single spaces
]


class FieldSpec(BaseModel):
    key: str
    type: FieldType = "text"
    title_th: str
    title_en: str
    labels: list[str]  # label variants, Thai and English
    form_fields: list[str] = []  # AcroForm field-name variants
    personal: bool = False  # personal data under the PDPA: encrypted, masked, audited
    required: bool = False
    multiline: bool = False
    # The common field (config/fields.toml) this one stands for, e.g. a student's name
    # is a `full_name`: values read under the common key land here.
    like: str | None = None
    # The field this one is a part of (a name's title, given and family name): a label
    # naming several parts of it ("คำนำหน้า/ชื่อ/นามสกุล") asks for the whole.
    part_of: str | None = None


class TemplateRules(BaseModel):
    """How a template picks itself for a message."""

    subject_keywords: list[str] = []  # any of these in the subject
    body_keywords: list[str] = []  # any of these in the body text
    required_labels_seen: int = 0  # at least this many of its own labels seen
    default: bool = False  # chosen when no other template matches


class FormTemplate(BaseModel):
    name: str  # file stem, e.g. "general_request"
    title_th: str
    title_en: str
    rules: TemplateRules = TemplateRules()
    retention_years: int = 10  # after the case is closed
    # why the data is collected, for the record of processing (PDPA §39)
    purpose_th: str = "ดำเนินการตามคำขอของผู้ยื่น"
    purpose_en: str = "Handling the sender's request"
    legal_basis_th: str = ""  # the law or rule the agency acts under for this work
    legal_basis_en: str = ""
    fields: list[FieldSpec]


# --- Validation and the extracted case (extractors.validate / extractors.extract) ----


class FieldIssue(BaseModel):
    code: str  # "missing", "invalid_checksum", "invalid_format", "unknown_province", ...
    message_th: str
    message_en: str


class ExtractedCase(BaseModel):
    template: str
    template_reason: str  # why this template was chosen (safe for logs)
    fields: dict[str, str | None]  # normalised values by key (None when missing/invalid)
    raw_fields: dict[str, str]  # the value as found, for fields that had a candidate
    provenance: dict[str, Provenance]  # per key, for the chosen candidate
    issues: dict[str, list[FieldIssue]]  # per key; review flags are issues too
    defects: list[Defect] = Field(default_factory=list)
    confidence: dict[str, float] = Field(default_factory=dict)  # per key, of the chosen candidate
    # Set when the request came inside a forwarded mail: who forwarded it (the outer
    # sender) and the original sender named in the forwarded header, if any.
    forwarded_by: str | None = None
    forwarded_from: str | None = None

    def __repr__(self) -> str:
        return f"ExtractedCase(template={self.template!r}, fields={sorted(self.fields)})"

    __str__ = __repr__
