"""Detained means ICE custody now; imminent removal and its date."""
from datetime import date

import pytest

from triage.extract.custody import find_custody
from triage.extract.request import sentences
from triage.records import ParsedMessage


def custody(body, lang="en"):
    m = ParsedMessage("sha", None, "", None, None, [], [], [], None, None, [], {}, body, "", [], [])
    return find_custody(sentences(m, lang), lang)[0]


@pytest.mark.parametrize("body,lang", [
    ("My husband is in ICE custody at the Otero County Processing Center.", "en"),
    ("I am detained at the Krome Service Processing Center.", "en"),
    ("He is currently detained by ICE.", "en"),
    ("She remains detained at the Northwest detention center.", "en"),
    ("Mi esposo está detenido por ICE en el centro de detención de Port Isabel.", "es"),
    ("Estoy detenido en el centro de procesamiento.", "es"),
    ("Mi hijo sigue detenido por inmigración.", "es"),
])
def test_in_ice_custody_now_is_detained(body, lang):
    assert custody(body, lang).detained


@pytest.mark.parametrize("body,lang", [
    ("He is being held at the Harris County Jail on an ICE detainer. My husband is detained.", "en"),
    ("He was released from ICE custody in 2021 on an ankle monitor.", "en"),
    ("He is not detained.", "en"),
    ("He lives with us in Dallas and works every day.", "en"),
    ("Está en la cárcel del condado con una orden de retención de ICE.", "es"),
    ("Fue liberado del centro de detención el año pasado.", "es"),
    ("Ya no está detenido.", "es"),
])
def test_jail_detainer_release_and_silence_are_not_detained(body, lang):
    assert not custody(body, lang).detained


@pytest.mark.parametrize("body,lang,when", [
    ("He is scheduled for removal on March 14, 2026.", "en", date(2026, 3, 14)),
    ("His deportation flight is set for 04/02/2026.", "en", date(2026, 4, 2)),
    ("He has been told to report for removal with his bags next week.", "en", None),
    ("ICE told her to report bag and baggage.", "en", None),
    ("Mi hijo tiene fecha de deportación el 14 de marzo de 2026.", "es", date(2026, 3, 14)),
    ("Lo van a deportar el 04/02/2026.", "es", date(2026, 2, 4)),
    ("Su deportación está programada, estamos desesperados.", "es", None),
])
def test_scheduled_removal_is_imminent_with_its_date(body, lang, when):
    got = custody(body, lang)
    assert (got.imminent, got.removal_date) == (True, when)


@pytest.mark.parametrize("body,lang", [
    ("He is not scheduled for removal.", "en"),
    ("He was deported in 2015 and came back.", "en"),
    ("No tiene fecha de deportación.", "es"),
])
def test_no_scheduled_removal_is_not_imminent(body, lang):
    assert not custody(body, lang).imminent


def test_ice_scheduled_his_removal_with_a_date():
    got = custody("ERO has scheduled his removal for November 18, 2026.")
    assert (got.imminent, got.removal_date) == (True, date(2026, 11, 18))


def test_county_jail_under_ice_contract_in_ice_custody_is_detained():
    assert custody("He is in ICE custody, housed at the Example County Jail under ICE contract.").detained
