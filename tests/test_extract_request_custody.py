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


@pytest.mark.parametrize("body,lang", [
    ("my son is at Adelanto since the spring and nobody tells us anything", "en"),
    ("Her cousin has been at Otay Mesa since last Tuesday.", "en"),
    ("my dad he in Port Isabel since 2 month", "en"),
    ("They are keeping my wife in Eloy, she's been detained there since July.", "en"),
    ("He was moved and is now at the Tacoma detention center.", "en"),
    ("Mi hermano lo tienen en el corralón desde marzo.", "es"),
    ("Mi papá sigue en el corralón de Dilley.", "es"),
    ("A mi hija la tienen en Karnes desde el mes pasado.", "es"),
    ("He's been in the ICE facility near Baltimore for weeks.", "en"),
    ("Custody status: Detained, Jena, Louisiana", "en"),
    ("Detention status: in ICE custody", "en"),
])
def test_facility_names_and_slang_are_detained(body, lang):
    assert custody(body, lang).detained


@pytest.mark.parametrize("body,lang", [
    ("Currently detained: No", "en"),
    ("Detained: N/A", "en"),
    ("We live in El Paso since 2015 and he works construction.", "en"),
    ("She is in Elizabeth with her aunt, going to school.", "en"),
    ("My friend Martha Stewart wrote a letter of support.", "en"),
    ("El carro de mi esposo está en el corralón de la ciudad.", "es"),
    ("He was released from Krome in May and lives with us.", "en"),
])
def test_towns_names_and_released_are_not_detained(body, lang):
    assert not custody(body, lang).detained


def test_keeping_someone_at_a_facility_is_detained():
    assert custody("ICE is keeping my uncle at Stewart since his check-in.").detained


def custody_on(body, lang, sent):
    from datetime import datetime, timezone
    m = ParsedMessage("sha", None, "", None, None, [], [], [], datetime(*sent, tzinfo=timezone.utc), None, [], {},
                      body, "", [], [])
    return find_custody(sentences(m, lang), lang, m.date.date())[0]


@pytest.mark.parametrize("body,lang,when", [
    ("Le dijeron que tiene que reportarse con su maleta el 3 de diciembre.", "es", date(2026, 12, 3)),
    ("They told her to come in with her bags on December 8.", "en", date(2026, 12, 8)),
    ("Lo van a subir al avión, ya está en la lista del vuelo.", "es", None),
    ("The officer ordered him to buy a plane ticket to Lagos before his next check-in.", "en", None),
    ("Le dijeron que compre su boleto de avión para Honduras.", "es", None),
])
def test_told_to_pack_or_buy_a_ticket_is_imminent(body, lang, when):
    got = custody_on(body, lang, (2026, 11, 20, 10, 0))
    assert got.imminent and got.removal_date == when


@pytest.mark.parametrize("body,lang", [
    ("He bought a ticket to visit his mother last year.", "en"),
    ("Trajo sus maletas cuando llegó en 2019.", "es"),
])
def test_travel_without_removal_is_not_imminent(body, lang):
    assert not custody_on(body, lang, (2026, 11, 20, 10, 0)).imminent


def test_a_yearless_day_just_past_is_no_removal_date():
    got = custody_on("At his check-in on November 12 they said his removal is imminent.", "en", (2026, 11, 20, 10, 0))
    assert got.imminent and got.removal_date is None


@pytest.mark.parametrize("body,lang,expected", [
    ("ICE took my son to Otay Mesa on Monday.", "en", True),
    ("A mi esposa la trasladaron a Karnes.", "es", True),
    ("They took him to the hospital in El Paso.", "en", False),
    ("Lo llevaron a la escuela.", "es", False),
])
def test_transfers_to_a_facility(body, lang, expected):
    assert custody(body, lang).detained is expected


def test_a_persons_name_like_a_facility_is_not_detention():
    assert not custody("He is at Stewart's house since Sunday, resting.").detained


@pytest.mark.parametrize("body,lang", [
    ("She was transferred from Krome to the Broward Transitional Center last week.", "en"),
    ("Lo tienen detenido en la cárcel del condado por ICE.", "es"),
    ("Detenido: Sí, en Otero", "es"),
])
def test_a_transfer_a_jail_holding_for_ice_and_a_yes_label_are_custody(body, lang):
    assert custody(body, lang).detained


@pytest.mark.parametrize("body", [
    "Lo tienen en la cárcel del condado por un detainer de ICE.",
    "Esta detenido en la carcel del condado por ICE. ICE le puso un hold y por eso no lo sueltan.",
])
def test_a_county_jail_holding_on_an_ice_detainer_is_still_not_custody(body):
    assert not custody(body, "es").detained


def test_a_terse_note_in_ice_cust_is_custody():
    assert custody("Arr. by ERO @ home 9/2, in ICE cust @ Adelanto since 9/2.").detained


@pytest.mark.parametrize("body", [
    "Contact e-mail: a@example.com\nCurrently in ICE custody?: No\nRemoval date scheduled?: No",
    "In 2022 I was taken into ICE custody for nine days and released on bond, which I have kept faith with.",
])
def test_a_form_answering_no_and_custody_long_ended_are_not_custody(body):
    assert not custody(body).detained


def custody_at(body, ref, lang="en"):
    m = ParsedMessage("sha", None, "", None, None, [], [], [], None, None, [], {}, body, "", [], [])
    return find_custody(sentences(m, lang), lang, ref)[0]


@pytest.mark.parametrize("body,lang,when", [
    ("A él le dijeron que se presente con su maleta el martes 17 de noviembre a las 6 de la mañana.", "es",
     date(2026, 11, 17)),
    ("On Monday a deportation officer told him he is on the flight to Kingston on Tuesday 11/24.", "en",
     date(2026, 11, 24)),
    ("At my check-in on October 29, 2026, the officer told me that my removal is very soon.", "en", None),
])
def test_removal_told_in_other_words_and_never_dated_in_the_past(body, lang, when):
    got = custody_at(body, date(2026, 11, 2), lang)
    assert (got.imminent, got.removal_date) == (True, when)


def test_a_form_saying_no_removal_is_scheduled_is_no_imminent_removal():
    got = custody_at("Currently in ICE custody?: No\nRemoval date scheduled?: No\nRelief requested: Stay",
                     date(2026, 11, 2))
    assert not got.imminent and not got.detained


@pytest.mark.parametrize("body,lang", [
    ("Our member Emeka has been at SPC since the middle of August.", "en"),
    ("Les escribo por mi hijo que está en el IPC desde el 5 de octubre.", "es"),
    ("Ella está en el CDF desde el 9 de septiembre.", "es"),
])
def test_a_facility_abbreviation_said_of_where_someone_is_is_custody(body, lang):
    assert custody(body, lang).detained


def test_a_blank_removal_date_label_is_no_imminent_removal():
    assert not custody("Currently in ICE custody?: No\nScheduled removal date\nRelief requested: Deferred action").imminent


@pytest.mark.parametrize("body", [
    "Ele foi preso pelo ICE no dia 29 de setembro e depois foi transferido de Plymouth para Batavia.",
    "Meu filho está detido em Batavia desde outubro.",
])
def test_portuguese_custody_is_detained(body):
    assert custody(body, "pt").detained is True


def test_portuguese_release_is_not_custody():
    assert custody("Ele foi solto em agosto e mora com a gente.", "pt").detained is False


@pytest.mark.parametrize("body", [
    "ice pick him up sept 9 and they took him to the place in jena he is there 4 week now",
    "HE IS IN THE ICE JAIL IN TACOMA SINCE JULY.",
    "he come 2022 from the border and ICE keep him in krome since 2 month.",
    "Il est au centre de détention de l'ICE à Elizabeth depuis le 2 septembre.",
])
def test_custody_told_plainly_or_in_broken_english_is_detained(body):
    assert custody(body).detained is True


def test_detention_in_the_past_and_home_with_an_ankle_monitor_now_is_not_detained():
    body = "He was in detention in Broadview 2 weeks in August, now he is at home with ankle monitor."
    assert custody(body).detained is False


@pytest.mark.parametrize("body", [
    "Now the officer say there is flight for him on 11/17, please give him stay.",
    "the officer tell him he must go back, they buy ticket for december 8.",
    "The officer said he must buy ticket and leave before 25 November.",
    "ICE officer tell me i will be deport soon, maybe this month.",
    "she must present herself on December 2, 2026 at 8:00 with her passport for removal to Kinshasa.",
])
def test_removal_told_in_plain_words_is_imminent(body):
    assert custody(body).imminent is True


@pytest.mark.parametrize("body", [
    "el oficial le indicó que debe presentarse el 19 de noviembre de 2026 con su pasaporte para ser removido.",
    "el oficial le dijo que compre su pasaje porque se tiene que ir el 24 de noviembre.",
    "el oficial le dijo que ya le salio el vuelo, que se va el 2 de diciembre.",
    "Ahora nos dicen que lo van a mandar a Mexico en un vuelo el 20 de noviembre.",
    "Les pido que le den el stay y no lo saquen el 24 de noviembre.",
])
def test_a_removal_told_in_spanish_is_imminent(body):
    assert custody(body, "es").imminent is True


@pytest.mark.parametrize("body", [
    "Brayan estuvo detenido en el centro de Conroe hasta marzo de 2025, cuando salió con una fianza de $8,000.",
    "Mi hermano estuvo detenido en el centro de detención de Otero el año pasado.",
])
def test_spanish_custody_in_the_past_is_not_detained(body):
    assert custody(body, "es").detained is False


def _removal(body, lang, ref):
    m = ParsedMessage("sha", None, "", None, None, [], [], [], None, None, [], {}, body, "", [], [])
    return find_custody(sentences(m, lang), lang, ref)[0].removal_date


@pytest.mark.parametrize("body,lang,ref,when", [
    ("Ayer el oficial le dijo a Baltazar que lo sacan en avión el viernes 20 de noviembre.", "es",
     date(2026, 11, 3), date(2026, 11, 20)),
    ("le dijeron que el 17 de noviembre sale el vuelo para La Habana.", "es", date(2026, 10, 25), date(2026, 11, 17)),
    ("le dijo que tiene que presentarse con su maleta el jueves de la semana que viene, que ese día lo deportan.", "es",
     date(2026, 11, 11), date(2026, 11, 19)),
    ("They want to deport him this coming Tuesday.", "en", date(2026, 10, 15), date(2026, 10, 20)),
    ("the officer told me I have to report on November 20, 2026 at 7 am to be removed to Senegal.", "en",
     date(2026, 10, 30), date(2026, 11, 20)),
    ("the officer told him he must come back on November 16 with a ticket to Lahore and he will be removed that day.",
     "en", date(2026, 10, 25), date(2026, 11, 16)),
    ("el oficial me dijo que tengo que salir del país a más tardar el 30/11/2026.", "es", date(2026, 11, 2), date(2026, 11, 30)),
])
def test_removal_dates_told_in_many_ways(body, lang, ref, when):
    assert _removal(body, lang, ref) == when


def test_a_ticket_for_a_visit_is_no_removal():
    assert custody("I have a ticket to visit my mother in December.").imminent is False


def test_last_tuesday_is_no_removal_date():
    body = "At his check-in last Tuesday the officer told him to buy a ticket to Conakry and bring it."
    assert _removal(body, "en", date(2026, 10, 22)) is None
