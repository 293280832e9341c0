"""The models a mail's analysis makes by the dozen default their empty lists and dicts
through a factory: a default written `= []` is deep-copied by pydantic for every
instance, about 4 us each, a dozen times a mail in the parser child."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from extractors.base import ExtractedCase, ExtractionResult, ParsedMessage, Provenance


@pytest.mark.parametrize("model", [Provenance, ExtractionResult, ParsedMessage, ExtractedCase])
def test_no_mutable_default_is_copied_per_instance(model: type[BaseModel]) -> None:
    for name, info in model.model_fields.items():
        if info.default_factory is None:
            assert not isinstance(info.default, (list, dict, set)), f"{model.__name__}.{name}"


def test_each_instance_gets_its_own_empty_containers() -> None:
    first, second = ParsedMessage(), ParsedMessage()
    first.to.append("a@example.org")
    first.headers["x"] = ["1"]
    assert second.to == [] and second.headers == {}
    assert Provenance(part="1", kind="body_text").flags == []
