"""Titles of types of work and their fields in the page's language, for reports."""

from __future__ import annotations

from extractors.base import FormTemplate
from extractors.unread import ATTACHMENTS_KEY
from review.i18n import catalog


class Titles:
    """`titles.template("complaint")`, `titles.field("complaint", "national_id")`."""

    def __init__(self, templates: list[FormTemplate], lang: str) -> None:
        self._templates = {t.name: t for t in templates}
        self._thai = lang == "th"

    def template(self, name: str | None) -> str | None:
        found = self._templates.get(name or "")
        if found is None:
            return name
        return found.title_th if self._thai else found.title_en

    def field(self, template: str | None, key: str) -> str:
        """The field's title in its template, else in any template that has it, else the key."""
        if key == ATTACHMENTS_KEY:  # the flag of a case's unread files (extractors.unread)
            return catalog("th" if self._thai else "en")["unread.flag"]
        ordered = [self._templates[template]] if template in self._templates else []
        for form in ordered + list(self._templates.values()):
            for spec in form.fields:
                if spec.key == key:
                    return spec.title_th if self._thai else spec.title_en
        return key
