"""Hostile set 4, images (chunk bombs, IFD loops, declared sizes, SVG):
each read as the worker reads it, in the bounded child. See
hostile_mail_4 for the attacks and hostile4_check for what each is held to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile4_check import Listener, check, make_bait
from hostile_mail_2 import Bait
from hostile_mail_4 import ATTACKS

KINDS = ("png_", "tiff_", "bmp_", "gif_", "svg_")


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def bait(tmp_path_factory: pytest.TempPathFactory, listener: Listener) -> Bait:
    return make_bait(tmp_path_factory.mktemp("bait"), listener.port)


@pytest.mark.parametrize(
    "attack", [a for a in ATTACKS if a.name.startswith(KINDS)], ids=lambda a: a.name
)
def test_an_image_attack_is_read_safely(
    attack: object, bait: Bait, listener: Listener, tmp_path: Path
) -> None:
    check(attack, bait, listener, tmp_path.parent)  # type: ignore[arg-type]
