"""The name of the person the request is about, not the writer's or attorney's."""
import pytest

from triage.extract.identity import extract_identity
from test_extract_identity_helpers import message


def name(body, subject="", lang="en"):
    return extract_identity(message(body, subject), lang)[0]["name"]


@pytest.mark.parametrize("body,lang,value", [
    ("I write on behalf of my client, Maria Lopez, who is detained.", "en", "Maria Lopez"),
    ("My husband, José Pérez Gómez, was detained last week.", "en", "José Pérez Gómez"),
    ("Mi esposo José de la Cruz Pérez fue detenido.", "es", "José de la Cruz Pérez"),
    ("My name is Ana Maria Rodriguez and I ask for a stay.", "en", "Ana Maria Rodriguez"),
    ("Me llamo Juan Carlos Hernández y pido ayuda.", "es", "Juan Carlos Hernández"),
    ("Mi nombre es Rosa Elena Martínez.", "es", "Rosa Elena Martínez"),
    ("Name: MARIA GUADALUPE LOPEZ\nDOB: 01/02/1980", "en", "MARIA GUADALUPE LOPEZ"),
    ("Nombre completo: maría lópez garcía", "es", "maría lópez garcía"),
    ("Full name:\nCarla Beatriz Nuñez\nDOB: 1/1/1990", "en", "Carla Beatriz Nuñez"),
    ("I am writing regarding Mr. Oscar Ramirez Soto.", "en", "Oscar Ramirez Soto"),
    ("Detainee:   Pedro   Pablo Ortiz-Ramos", "en", "Pedro Pablo Ortiz-Ramos"),
    ("Solicito la liberación de mi hijo Kevin Alexander Reyes.", "es", "Kevin Alexander Reyes"),
])
def test_name_from_labels_and_phrases(body, lang, value):
    assert name(body, lang=lang) == value


def test_attorneys_own_name_is_not_the_subjects():
    body = ("My name is Jane Doe, attorney for Carlos Mendez Ruiz.\n\n"
            "Sincerely,\nJane Doe, Esq.")
    assert name(body) == "Carlos Mendez Ruiz"


def test_signature_counts_only_when_the_writer_is_the_subject():
    assert name("Please do not deport me.\n\nThank you,\nLuis Alberto Fuentes") == "Luis Alberto Fuentes"
    body = "Please release my client.\n\nSincerely,\nJane Smith"
    assert name(body) is None


def test_subject_line_reference():
    assert name("See attached.", "Re: Juan Perez, A#123456789") == "Juan Perez"
    assert name("Attached.", "Request for Stay of Removal - Juan Perez A123456789") == "Juan Perez"


def test_name_provenance_names_the_pattern():
    _, found = extract_identity(message("Mi cliente, Sra. Ana Ruiz Díaz, está detenida."), "es")
    hit = next(f for f in found if f.field == "name")
    assert (hit.value, hit.where) == ("Ana Ruiz Díaz", "body")
    assert hit.method.startswith("spacy:name.")
