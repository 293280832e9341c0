"""An English letter's address block on top (set 82's kind): the writer's Thai address,
typed over two or three lines as Western letters put the sender's address, no label."""

from __future__ import annotations

from extractors.letter_head_address import head_address
from extractors.prose import find_entities


def test_a_thai_address_block_on_top_of_an_english_letter() -> None:
    text = (
        "Flat 9C, Andaman Heights, 71/5 Moo 2\nChalong, Mueang Phuket, Phuket 83130\n"
        "Home address: 27 Birch Lane, Leeds LS6 1AB, United Kingdom\n3rd January 2027\n"
        "To: The Mayor\nI have lived at the above address since 2020."
    )
    found = head_address(text)
    assert found is not None
    assert found[0] == "Flat 9C, Andaman Heights, 71/5 Moo 2, Chalong, Mueang Phuket, Phuket 83130"
    addresses = [v for k, v, _, _ in find_entities(text) if k == "address"]
    assert "Flat 9C, Andaman Heights, 71/5 Moo 2, Chalong, Mueang Phuket, Phuket 83130" in addresses


def test_the_senders_name_over_the_block_is_left_out() -> None:
    text = "Gareth Price\n71/5 Moo 2, Chalong\nMueang Phuket, Phuket 83130\n\nDear Sir,"
    found = head_address(text)
    assert found is not None and found[0] == "71/5 Moo 2, Chalong, Mueang Phuket, Phuket 83130"


def test_no_block_where_the_top_is_no_thai_address() -> None:
    assert (
        head_address("Emily Carter\n2210 SE Alder St, Portland, OR 97214, USA\nDear Sir,") is None
    )
    assert head_address("Dear Sir,\nI live in Phuket 83130 and ...") is None
    assert head_address("Name: Gareth Price\nAddress: 71/5 Moo 2, Phuket 83130") is None


def test_an_english_word_letter_gives_the_block_over_the_home_abroad() -> None:
    """The block on top of a Word letter, and under it the writer's home abroad under its
    label: the Thai block is his address (a clerk checks it: prose, flagged)."""
    import io
    from email.message import EmailMessage
    from pathlib import Path

    import docx

    from extractors.extract import extract_case
    from extractors.mime import parse_message
    from extractors.templates import load_templates

    document = docx.Document()
    for text in (
        "Flat 9C, Andaman Heights, 71/5 Moo 2\nChalong, Mueang Phuket, Phuket 83130",
        "Home address: 27 Birch Lane, Leeds LS6 1AB, United Kingdom",
        "3rd January 2027",
        "I, PRICE, Gareth Owen, born on 2nd May 1961, have lived at the above address since "
        "2020. I kindly request a certificate of residence.",
        "Yours faithfully,\nPRICE, Gareth Owen",
    ):
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    msg = EmailMessage()
    msg["From"] = "Gareth Price <gareth.price@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Letter"
    msg.set_content("Please find my letter attached.\n")
    msg.add_attachment(
        out.getvalue(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="letter.docx",
    )
    forms = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
    case = extract_case(parse_message(bytes(msg)), forms)
    assert case.raw_fields.get("address") == (
        "Flat 9C, Andaman Heights, 71/5 Moo 2, Chalong, Mueang Phuket, Phuket 83130"
    )
    assert case.fields.get("postal_code") == "83130"
