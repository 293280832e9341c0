"""Round 22's OCR rules (issue 8), each on a small image or line made here."""

from __future__ import annotations

import pytest
from PIL import Image

from extractors.ocr import MAX_PIXELS, square_pixels


@pytest.mark.parametrize(
    ("size", "dpi", "squared"),
    [
        ((1728, 570), (204, 98), (1728, 1187)),  # a standard-mode fax: rows stretched back
        ((570, 1728), (98, 204), (1187, 1728)),  # the same turned: columns stretched
        ((1728, 570), (204, 196), (1728, 570)),  # a fine fax: near enough square
        ((1728, 570), (300, 300), (1728, 570)),
        ((1728, 570), (0, 98), (1728, 570)),  # a nonsense resolution says nothing
        ((1728, 570), (600, 72), (1728, 570)),  # a ratio no fax has
        ((1728, 570), None, (1728, 570)),
    ],
)
def test_pixels_made_square_by_the_declared_resolutions(
    size: tuple[int, int], dpi: tuple[int, int] | None, squared: tuple[int, int]
) -> None:
    assert square_pixels(Image.new("1", size), dpi).size == squared


def test_a_stretch_past_the_pixel_cap_is_not_made() -> None:
    big = Image.new("1", (10_000, 4_000))
    assert big.width * big.height * 2 > MAX_PIXELS
    assert square_pixels(big, (204, 98)).size == (10_000, 4_000)
