"""detect_language: English or Spanish from the writer's own words."""
import pytest

from triage.extract.language import detect_language


@pytest.mark.parametrize("text,lang", [
    ("Hello, I am writing to request a stay of removal for my client.", "en"),
    ("Hola, le escribo para pedir que liberen a mi esposo. Gracias.", "es"),
    ("Buenos días", "es"), ("¿Me pueden ayudar?", "es"), ("Please help", "en"),
    ("", "en"), ("12345 A123456789", "en"),
    ("Necesito ayuda con mi caso, por favor.\n\nJohn Smith, Esq.\n\nCONFIDENTIALITY NOTICE: "
     "This email and any attachments are for the exclusive and confidential use of the intended "
     "recipient. If you are not the intended recipient, please do not read it.", "es"),
    ("Solicito la liberación de mi cliente.\n\nSincerely,\nJane Doe, Attorney at Law\n"
     "Law Office of Jane Doe\nPhone: (202) 555-0143", "es"),
    ("Dear Officer, my husband is detained and he has a son who is sick. "
     "Gracias.", "en"),
    ("Olá, estou escrevendo para pedir ajuda com o meu caso, não sei o que fazer. Obrigado", "pt"),
])
def test_language_of_short_and_mixed_texts(text, lang):
    assert detect_language(text) == lang


def test_any_text_gives_a_two_letter_code():
    for text in ["\x00", "ñ", "the", "de", "...", "A" * 5000]:
        assert len(detect_language(text)) == 2


@pytest.mark.parametrize("text", [
    "Boa tarde. Meu marido, Marcos Antônio da Silva Pereira, está detido em Batavia desde setembro. "
    "Pedimos a liberação dele. Nós já falamos com o escritório do ICE em Buffalo e não tivemos resposta.",
    "Eu me chamo João, nasci em Goiânia. Estou pedindo ação diferida porque minha filha está doente.",
])
def test_portuguese_with_its_accents_is_not_taken_for_spanish(text):
    assert detect_language(text) == "pt"


def test_spanish_with_accents_stays_spanish():
    assert detect_language("Mi esposo está detenido en Eloy desde el lunes, por favor ayúdenos, él no tiene "
                           "antecedentes y su número A está en la carta.") == "es"
