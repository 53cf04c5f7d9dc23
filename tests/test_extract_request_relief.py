"""Relief codes are read from what the writer asks, in English and Spanish."""
import pytest

from triage.extract.relief import find_relief
from triage.extract.request import sentences
from triage.records import Attachment, ParsedMessage


def msg(body="", subject="", attachments=()):
    return ParsedMessage("sha", "<t@example.org>", subject, None, "a@example.org", [], [], [], None,
                         None, [], {}, body, "", [], list(attachments))


def relief(body, lang="en", subject="", partial=False):
    return find_relief(sentences(msg(body, subject), lang), partial)[0]


@pytest.mark.parametrize("body,expected", [
    ("We respectfully request his release from ICE custody.", ["release_from_custody"]),
    ("Please let him out so he can care for his kids.", ["release_from_custody"]),
    ("We ask that he be placed on an ankle monitor instead of detention.", ["release_from_custody"]),
    ("We ask for release, a stay of removal, and cancellation of the detainer.",
     ["cancellation_of_detainer", "release_from_custody", "stay_of_removal"]),
    ("Please stop the deportation flight scheduled for Friday.", ["stay_of_removal"]),
    ("We request that ICE lift the detainer lodged with the county jail.", ["cancellation_of_detainer"]),
    ("I am asking for deferred action.", ["deferred_action"]),
    ("Please don't deport my husband.", ["decline_enforcement"]),
    ("He is not a priority for enforcement.", ["decline_enforcement"]),
    ("We ask ICE to decline to remove him.", ["decline_enforcement"]),
    ("Please let me stay with my children.", ["decline_enforcement"]),
    ("We ask ICE to join our motion to reopen.", ["motion_to_reopen"]),
    ("We request dismissal of the removal proceedings.", ["dismissal"]),
    ("We ask that the case be administratively closed.", ["administrative_closure"]),
    ("We request a continuance of his hearing.", ["continuance"]),
    ("Please grant him a bond hearing.", ["bond"]),
    ("We ask that OPLA not oppose his application for asylum.", ["relief_in_proceedings"]),
])
def test_english_requests_give_their_codes(body, expected):
    assert relief(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Solicitamos que lo pongan en libertad.", ["release_from_custody"]),
    ("Pedimos su liberación del centro de detención.", ["release_from_custody"]),
    ("Pedimos la suspensión de la deportación de mi esposo.", ["stay_of_removal"]),
    ("Le pido que cancelen la orden de retención.", ["cancellation_of_detainer"]),
    ("Solicito acción diferida.", ["deferred_action"]),
    ("Por favor no me deporten, tengo tres hijos.", ["decline_enforcement"]),
    ("Queremos que lo dejen quedarse con su familia.", ["decline_enforcement"]),
    ("Él no es prioridad para ICE.", ["decline_enforcement"]),
    ("Solicitamos una moción conjunta para reabrir el caso.", ["motion_to_reopen"]),
    ("Pedimos la terminación del caso.", ["dismissal"]),
    ("Solicitamos el aplazamiento de la audiencia.", ["continuance"]),
    ("Queremos una audiencia de fianza.", ["bond"]),
])
def test_spanish_requests_give_their_codes(body, expected):
    assert relief(body, "es") == expected


@pytest.mark.parametrize("body,lang", [
    ("He had a bond hearing in March but the judge denied bond.", "en"),
    ("We filed a motion to reopen last month.", "en"),
    ("He was released on parole in 2019.", "en"),
    ("We are not asking for a bond hearing.", "en"),
    ("The release of information form is attached.", "en"),
    ("He has never been arrested.", "en"),
    ("Ya tuvo su audiencia de fianza en marzo.", "es"),
    ("No pedimos fianza.", "es"),
])
def test_past_events_and_negations_are_not_requests(body, lang):
    assert relief(body, lang) == []


def test_past_bond_beside_a_current_ask_keeps_only_the_ask():
    body = "We ask for his release since his bond hearing was cancelled."
    assert relief(body) == ["release_from_custody"]


def test_subject_line_counts_as_asked():
    assert relief("", subject="Request: stay of removal for A. Doe") == ["stay_of_removal"]


def test_labelled_line_counts_as_asked():
    assert relief("Relief sought: release from custody\nName: Ana Doe") == ["release_from_custody"]


def test_attachment_relief_only_when_the_writer_names_none():
    pages = ["The respondent moves the Court to reopen. We request a motion to reopen."]
    att = Attachment(0, "motion.pdf", "application/pdf", "pdf", 10, "x", "read", pages=pages)
    m = msg("Please release my husband from ICE custody.", attachments=[att])
    assert find_relief(sentences(m, "en"))[0] == ["release_from_custody"]
    m = msg("See attached.", attachments=[att])
    assert find_relief(sentences(m, "en"))[0] == ["motion_to_reopen"]


@pytest.mark.parametrize("body,lang,expected", [
    ("No quiero que me deporten.", "es", ["decline_enforcement"]),
    ("I don't want to be deported.", "en", ["decline_enforcement"]),
    ("Pedimos que cancelen el detainer para que pueda salir con fianza del condado.", "es",
     ["cancellation_of_detainer"]),
    ("Solicitamos el cierre administrativo y, mientras tanto, que no se oponga a un aplazamiento de la audiencia.",
     "es", ["administrative_closure", "continuance"]),
])
def test_more_ways_of_asking(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    # what was asked of the local office, and partly given, is not asked again
    ("In May we asked the Denver office for a stay of removal and deferred action. They granted the stay "
     "but not deferred action. We now ask you for deferred action.", "en", ["deferred_action"]),
    ("Le pedí a la oficina de Houston que me quitaran el grillete y la acción diferida. "
     "Ahora les pido la acción diferida.", "es", ["deferred_action"]),
    # with nothing asked now, the local ask is what is reviewed
    ("We asked ERO Newark to release him on parole and they denied it.", "en", ["release_from_custody"]),
    # Spanish subjunctive asks
    ("Por favor que lo suelten, él es el que trabaja.", "es", ["release_from_custody"]),
    ("Queremos que la liberen pronto.", "es", ["release_from_custody"]),
    # a label inside a table row
    ("| Relief requested | (1) Release from custody; (2) deferred action |", "en",
     ["deferred_action", "release_from_custody"]),
])
def test_present_asks_win_over_past_local_asks_after_a_partial_grant(body, lang, expected):
    assert relief(body, lang, partial=True) == expected


def test_after_a_denial_the_local_ask_still_stands_beside_a_new_one():
    body = "We asked ERO Miami to release him and they denied it. Please also consider that he is not a priority."
    assert relief(body) == ["decline_enforcement", "release_from_custody"]


@pytest.mark.parametrize("body,lang", [
    ("The officer told us he would not release him.", "en"),
    ("Nos dijeron que no lo iban a soltar.", "es"),
])
def test_reported_refusals_are_not_asks(body, lang):
    assert relief(body, lang) == []


def test_each_alternative_asked_is_a_code_even_beside_another_persons_filing():
    body = ("We respectfully ask that ICE move to dismiss her removal proceedings or, in the alternative, "
            "agree to administrative closure so that she can pursue the I-130 filed by her husband. We also "
            "ask that ERO not detain her at her next check-in.")
    assert relief(body) == ["administrative_closure", "decline_enforcement", "dismissal"]


def test_county_bail_that_a_detainer_blocks_is_no_immigration_bond():
    body = "Lo que queremos es que le quiten el detainer para que pueda pagar la fianza del caso de la licencia."
    assert relief(body, "es") == ["cancellation_of_detainer"]


def test_a_list_after_we_ask_that_ice_colon_is_what_is_asked():
    body = ("We ask that ICE:\n\n  (a) not oppose his application for cancellation of removal before the "
            "immigration judge; and\n  (b) decline to detain him at his ERO check-in on November 18.")
    assert relief(body) == ["decline_enforcement", "relief_in_proceedings"]


def test_no_opone_a_la_fianza_asks_for_bond():
    assert "bond" in relief("Nosotros pedimos que el abogado de ICE no opone a la fianza en la audiencia.", "es")


def test_portuguese_soltar_asked_is_release():
    assert relief("Por favor, pedimos para soltar ele, precisamos dele em casa.", "pt") == ["release_from_custody"]


def test_a_gloss_in_parentheses_does_not_cut_the_ask():
    body = "We ask you please to agree close her case (administrative closure) or dismiss it, she is old."
    assert relief(body) == ["administrative_closure", "dismissal"]


def relief_of(body, lang="en", subject="", forwarded=(), attachments=(), partial=False):
    m = msg(body, subject, attachments)
    m.forwarded = list(forwarded)
    return find_relief(sentences(m, lang), partial)[0]


@pytest.mark.parametrize("body,lang,expected", [
    # asked of the local office before, something else asked now: the new ask replaces it
    ("On August 31 I asked ERO Baltimore for deferred action. They denied it. "
     "From you I am now asking only for a stay of removal.", "en", ["stay_of_removal"]),
    ("El 01/09/2026 pedimos a ERO Harlingen su liberación; la oficina la negó. "
     "Por eso le pedimos que OPLA no se oponga a una fianza razonable.", "es", ["bond"]),
    ("Solicitamos a la oficina de Atlanta su liberación y nos dijeron que no. "
     "Ahora pedimos acción diferida.", "es", ["deferred_action"]),
    # ... unless the writer adds to it
    ("Pedimos a la oficina de ICE de Nueva Orleans un stay y nos contestaron que no. "
     "También queremos que el abogado del gobierno acepte reabrir su caso.", "es",
     ["motion_to_reopen", "stay_of_removal"]),
    ("We asked ERO Newark for release and they said no. We also ask that OPLA join a motion to reopen.", "en",
     ["motion_to_reopen", "release_from_custody"]),
    # ... and with nothing asked now, the local ask is what is reviewed
    ("El 18 de septiembre pedimos a la oficina de ICE de Atlanta acción diferida y nos dijeron que no.", "es",
     ["deferred_action"]),
])
def test_a_new_ask_replaces_the_local_one_unless_it_adds_to_it(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("El 18/09/2026 pedimos a ERO Miami (1) una suspensión de la deportación y (2) su liberación. "
     "ERO concedió la suspensión. Ahora pedimos su liberación.", "es", ["release_from_custody"]),
    ("El 5 de octubre solicitamos un stay y acción diferida; nos dieron el stay. Les pido la acción diferida.",
     "es", ["deferred_action"]),
])
def test_a_spanish_ask_led_by_a_date_or_put_to_the_local_office_is_a_past_ask(body, lang, expected):
    assert relief(body, lang, partial=True) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Por favor que lo dejen salir y que no lo manden.", "es", ["decline_enforcement", "release_from_custody"]),
    ("Solicitamos que mientras tanto no lo detenga.", "es", ["decline_enforcement"]),
    ("Le suplico que no me regrese a Honduras.", "es", ["decline_enforcement"]),
    ("No la envíen a México, allá no tiene a nadie.", "es", ["decline_enforcement"]),
    ("Please don't send him back to Haiti.", "en", ["decline_enforcement"]),
])
def test_dont_send_detain_or_return_him_in_any_person_is_decline_enforcement(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body,lang", [
    ("No lo manden por correo, mejor por fax.", "es"),
    ("Please don't send me the letter again.", "en"),
])
def test_a_letter_not_to_be_sent_is_no_relief(body, lang):
    assert relief(body, lang) == []


@pytest.mark.parametrize("body,lang,expected", [
    ("Les pido que le den el stay y no lo saquen el 24.", "es", ["stay_of_removal"]),
    ("Please grant a stay of removal so he is not deported on Friday.", "en", ["stay_of_removal"]),
    ("We ask for a stay of removal; he is not a priority.", "en", ["decline_enforcement", "stay_of_removal"]),
    ("Please don't deport him. We also ask for a stay of removal.", "en",
     ["decline_enforcement", "stay_of_removal"]),
])
def test_dont_remove_him_beside_a_stay_in_one_sentence_is_the_stay(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Les pido que suelten a mi esposo y que me ayuden.", "es", ["release_from_custody"]),
    ("Por favor liberen a mi hijo.", "es", ["release_from_custody"]),
    ("Me muero de la angustia de pensar que me saquen del país.", "es", []),
    ("Tengo miedo de que lo saquen de Estados Unidos.", "es", []),
])
def test_release_names_the_person_let_go_but_not_taken_out_of_the_country(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body,expected", [
    ("He was at Broward until March and they let him out with an ankle monitor.", []),
    ("ICE finally let her go in 2023 on an order of supervision.", []),
    ("We ask that they let him out with an ankle monitor.", ["release_from_custody"]),
    ("Please let him out.", ["release_from_custody"]),
])
def test_they_let_him_out_is_told_not_asked(body, expected):
    assert relief(body) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("We respectfully ask that ICE not oppose Respondent's motion to continue the individual hearing.", "en",
     ["continuance"]),
    ("Please agree to continue the master hearing set for December.", "en", ["continuance"]),
    ("Queremos que no se oponga a que se posponga la audiencia.", "es", ["continuance"]),
    ("Pedimos que aplacen la audiencia de enero.", "es", ["continuance"]),
    ("We ask ICE to join our motion to reopen his removal proceedings and agree to dismiss them.", "en",
     ["dismissal", "motion_to_reopen"]),
])
def test_continue_the_hearing_and_dismiss_them_are_opla_asks(body, lang, expected):
    assert relief(body, lang) == expected


def test_a_ticked_box_below_a_relief_label_is_asked():
    body = "Relief requested: [X] Deferred action\n[X] Stay of removal\n[ ] Release from custody\n"
    assert relief(body) == ["deferred_action", "stay_of_removal"]


@pytest.mark.parametrize("body", [
    "At the clinic I prepared prosecutorial discretion requests, G-28s and bond packets.",
    "I drafted G-28s, bond packets and stay-of-removal requests for detained clients.",
])
def test_requests_as_a_plural_noun_on_a_resume_ask_nothing(body):
    assert relief(body) == []


def test_a_list_parted_by_semicolons_is_all_asked():
    body = ("Solicito respetuosamente: (1) que OPLA se adhiera a una moción de reapertura; y (2) que se "
            "disponga su liberación mientras se resuelve la moción.")
    assert relief(body, "es") == ["motion_to_reopen", "release_from_custody"]


def test_forwarded_history_is_read_only_when_the_body_asks_nothing():
    old = "Buenos días, les escribo por mi hijo Elmer. Pedimos que no lo deporten."
    assert relief_of("Pedimos acción diferida para Wilmer.", "es", forwarded=[old]) == ["deferred_action"]
    assert relief_of("Les reenvío la carta de mi tía, gracias.", "es", forwarded=[old]) == ["decline_enforcement"]


@pytest.mark.parametrize("body,lang,expected", [
    ("Can ICE give her deferred action so she is not deported while this gets reported?", "en",
     ["deferred_action"]),
    ("Pedimos acción diferida para que no lo deporten.", "es", ["deferred_action"]),
    ("Please grant deferred action. Also, please don't deport him.", "en", ["decline_enforcement", "deferred_action"]),
])
def test_not_deported_as_the_purpose_of_another_relief_is_that_relief(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Antes pedimos a la oficina de ICE en Atlanta que lo dejaran salir y nos dijeron que no. "
     "Ahora pedimos que el abogado del gobierno no se oponga a la fianza.", "es", ["bond"]),
    ("Le pedimos a la oficina de ICE en Filadelfia que lo dejen salir y nos contestaron que no.", "es",
     ["release_from_custody"]),
])
def test_an_imperative_put_to_the_local_office_is_a_past_ask(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body,expected", [
    ("We request that (a) ICE grant deferred action; (b) ICE not seek to detain him.",
     ["decline_enforcement", "deferred_action"]),
    ("ERO not re-detain her at her check-in.", ["decline_enforcement"]),
    ("ICE did not detain him at the check-in.", []),
])
def test_the_agency_not_detaining_as_a_list_item_is_decline_enforcement(body, expected):
    assert relief(body) == expected


@pytest.mark.parametrize("body,lang", [
    ("I am asking you, please, do not let her be deported.", "en"),
    ("Please don't allow them to send him back to Honduras.", "en"),
    ("Don't let ICE deport my mother.", "en"),
    ("Por favor no dejen que lo deporten.", "es"),
    ("Les suplico, no permitan que la saquen del país.", "es"),
])
def test_not_letting_someone_be_deported_is_decline_enforcement(body, lang):
    assert relief(body, lang) == ["decline_enforcement"]


def test_not_being_let_told_as_past_asks_nothing():
    assert relief("They did not let him be detained at the hearing, thank God.") == []


@pytest.mark.parametrize("body,lang", [
    ("Yo les pido, por favor, que el abogado del gobierno acepte que le cambien la fecha de la corte "
     "para más adelante.", "es"),
    ("Pedimos una nueva fecha para la audiencia, porque no tiene abogado.", "es"),
    ("We ask that government counsel agree to move his court date so he can find a lawyer.", "en"),
    ("Please agree to a new hearing date.", "en"),
])
def test_a_new_court_date_asked_is_a_continuance(body, lang):
    assert relief(body, lang) == ["continuance"]


@pytest.mark.parametrize("body,lang", [
    ("Les pido que le cambien la fecha de la cita de ICE.", "es"),
    ("Please change his check-in date.", "en"),
    ("The court date was moved to January.", "en"),
    ("Le cambiaron la fecha de la corte, por favor ayúdenos.", "es"),
    ("Le dieron nueva fecha para la audiencia, por favor ayúdenos.", "es"),
    ("Please note his new hearing date is December 3.", "en"),
])
def test_a_new_check_in_date_or_a_moved_hearing_told_is_no_continuance(body, lang):
    assert "continuance" not in relief(body, lang)


@pytest.mark.parametrize("body,lang,expected", [
    ("Le pido a ICE que el abogado del gobierno se una a la moción para reabrir el caso que presentó el "
     "licenciado el 21 de octubre.", "es", ["motion_to_reopen"]),
    ("We ask OPLA to join the motion to reopen that we filed on May 2.", "en", ["motion_to_reopen"]),
    ("OPLA joined the motion to reopen in 2024 and the case was reopened.", "en", []),
    ("We filed a motion to reopen last month.", "en", []),
])
def test_joining_a_motion_already_filed_is_asked(body, lang, expected):
    assert relief(body, lang) == expected


@pytest.mark.parametrize("body", [
    "Please ask ICE to take off the hold so he can pay the bond and come home.",
    "Please get rid of the ICE hold.",
    "We ask you to take the detainer off.",
])
def test_taking_off_the_hold_is_cancellation_of_detainer(body):
    assert relief(body) == ["cancellation_of_detainer"]


def test_a_criminal_bond_held_up_by_an_ice_hold_is_no_immigration_bond():
    body = ("The judge gave him a $500 bond for the traffic case but the jail will not let him out because "
            "ICE put a hold on him. Please ask ICE to take off the hold so he can pay the bond.")
    assert relief(body) == ["cancellation_of_detainer"]


@pytest.mark.parametrize("body,expected", [
    ("In September our lawyer helped us ask the ICE office in Seattle for a stay of removal and for "
     "deferred action. ICE gave her the stay but said no to the deferred action. We are asking you only "
     "for the deferred action now.", ["deferred_action"]),
    ("We asked ERO Miami for release and they said no. Please grant a stay of removal.", ["stay_of_removal"]),
    ("We requested the local field office for a stay. Now we ask for deferred action.", ["deferred_action"]),
])
def test_an_english_ask_put_to_the_local_office_is_a_past_ask(body, expected):
    assert relief(body) == expected
