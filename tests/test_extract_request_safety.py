"""Safety reports are found in both languages; negations and idioms are not reports."""
import pytest

from triage.extract.request import sentences
from triage.extract.safety import find_safety
from triage.records import ParsedMessage


def safety(body, lang="en"):
    m = ParsedMessage("sha", None, "", None, None, [], [], [], None, None, [], {}, body, "", [], [])
    return find_safety(sentences(m, lang))[0]


@pytest.mark.parametrize("body,lang,kind", [
    ("The guards beat him last night.", "en", "assault"),
    ("An officer hit him in the face.", "en", "assault"),
    ("She was sexually assaulted in the facility.", "en", "assault"),
    ("Los guardias lo golpearon.", "es", "assault"),
    ("Fue abusada sexualmente por otro detenido.", "es", "assault"),
    ("He has been denied medical care for weeks.", "en", "detention_conditions"),
    ("They are not giving him his insulin.", "en", "detention_conditions"),
    ("No le dan sus medicinas.", "es", "detention_conditions"),
    ("Lleva días sin su insulina.", "es", "detention_conditions"),
    ("She was a victim of human trafficking.", "en", "trafficking"),
    ("Fue víctima de trata de personas.", "es", "trafficking"),
    ("He is suicidal and hearing voices.", "en", "mental_health"),
    ("He was diagnosed with schizophrenia.", "en", "mental_health"),
    ("Quiere hacerse daño, tuvo un intento de suicidio.", "es", "mental_health"),
    ("Tiene esquizofrenia y no recibe tratamiento.", "es", "mental_health"),
    ("They took my son away at the border.", "en", "child_separation"),
    ("CPS took the children.", "en", "child_separation"),
    ("Our daughter was placed in foster care.", "en", "child_separation"),
    ("Se llevaron a mi hija.", "es", "child_separation"),
    ("Nos separaron de nuestros hijos en la frontera.", "es", "child_separation"),
])
def test_reports_are_found(body, lang, kind):
    assert kind in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("He has not been abused.", "en"),
    ("The judge found an abuse of discretion.", "en"),
    ("He was convicted of assault in 2015.", "en"),
    ("He completed a substance abuse program.", "en"),
    ("He is not suicidal.", "en"),
    ("He does not need medical care.", "en"),
    ("My husband is detained and our children miss him.", "en"),
    ("No ha sido golpeado.", "es"),
    ("No tiene problemas de salud mental.", "es"),
    ("Mi esposo está detenido y los niños están conmigo.", "es"),
])
def test_negations_idioms_and_a_parents_detention_are_not_reports(body, lang):
    assert safety(body, lang) == []


@pytest.mark.parametrize("body,lang", [
    ("Me quitaron mi pasaporte y me obligaron a trabajar sin pago.", "es"),
    ("They took her passport and forced her to work without pay.", "en"),
])
def test_forced_labour_signs_are_trafficking(body, lang):
    assert "trafficking" in safety(body, lang)


@pytest.mark.parametrize("body,lang,kind", [
    ("On the phone he said he just wants to die in there.", "en", "mental_health"),
    ("She hears the voices telling her to hurt the baby.", "en", "mental_health"),
    ("He keeps saying he is going to end it all.", "en", "mental_health"),
    ("He talks to people who are not there and does not sleep.", "en", "mental_health"),
    ("Mi hermano dice que ya se quiere morir, que no aguanta.", "es", "mental_health"),
    ("He has not had his heart medication in ten days.", "en", "detention_conditions"),
    ("The clinic told her they ran out of insulin last week.", "en", "detention_conditions"),
    ("The man who brought her here has her passport and says she owes him 9000.", "en", "trafficking"),
    ("El patrón tiene mis papeles y no me paga nada.", "es", "trafficking"),
    ("A mi sobrino de 4 años se lo llevaron a un albergue.", "es", "child_separation"),
    ("Nobody will tell her where her son is.", "en", "child_separation"),
    ("No le dicen dónde está su hijo.", "es", "child_separation"),
])
def test_plain_word_reports_are_found(body, lang, kind):
    assert kind in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("He does not want to die in his country, he wants to stay with us.", "en"),
    ("He takes his medication every day and is doing fine.", "en"),
    ("I owe him a lot of gratitude for his help.", "en"),
    ("Our son is at home with me and goes to school.", "en"),
    ("Mis hijos están conmigo en la casa.", "es"),
])
def test_plain_words_without_a_report_are_not_reports(body, lang):
    assert safety(body, lang) == []


@pytest.mark.parametrize("body,lang,kind", [
    ("He told me he would rather be dead than stay there.", "en", "mental_health"),
    ("They have kept him in solitary for two weeks.", "en", "detention_conditions"),
    ("A guard grabbed her in the shower room.", "en", "assault"),
    ("Un guardia la tocó cuando estaba sola.", "es", "assault"),
    ("She is being held by a trafficker who took her ID.", "en", "trafficking"),
])
def test_more_plain_reports(body, lang, kind):
    assert kind in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("The officer pushed the form to me to sign.", "en"),
    ("Un oficial le tomó las huellas.", "es"),
])
def test_officers_doing_paperwork_is_no_assault(body, lang):
    assert safety(body, lang) == []


@pytest.mark.parametrize("body,lang", [
    ("She is 24 weeks pregnant and bleeding. No physician has examined her.", "en"),
    ("She has asked to see a doctor at least four times and was told to lie down.", "en"),
    ("He has fainted twice and medical has not seen him once.", "en"),
    ("She has not been taken to a hospital; she is terrified she is losing the baby.", "en"),
    ("Está sangrando y no la han llevado al hospital.", "es"),
    ("Ningún médico la ha revisado desde el domingo.", "es"),
])
def test_care_asked_for_and_not_given_is_a_detention_report(body, lang):
    assert "detention_conditions" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("buenas noches disculpen la molestia, mi esposo esta detenido", "es"),
    ("Me lo negaron porque tenía un caso pendiente en la corte del condado por agresión simple.", "es"),
    ("The county charge of simple assault was dismissed in September.", "en"),
])
def test_a_bother_and_a_criminal_charge_are_not_reports(body, lang):
    assert safety(body, lang) == []


def test_a_guard_who_harasses_her_is_a_report():
    body = ("Un guardia del turno de la noche la esta molestando, le dice cosas feas de su cuerpo y cuando "
            "la revisan la toca de mas.")
    assert "assault" in safety(body, "es")


def test_a_child_taken_and_not_given_back_is_a_report():
    body = "Last Thursday my ex-boyfriend took our 4-year-old son from daycare and he will not give him back."
    assert "child_separation" in safety(body)


@pytest.mark.parametrize("body", [
    "I don't have his A number, he keeps his papers locked up and he is working out of town this week.",
    "His I-360 petition as the abused spouse of a U.S. citizen is pending with USCIS.",
])
def test_own_papers_kept_safe_and_a_vawa_petition_are_not_reports(body):
    assert safety(body) == []


def test_a_father_who_took_the_girl_away_and_keeps_her_from_her_mother_is_a_report():
    body = ("Ahora él se llevó a la niña a Carolina del Norte, no contesta el teléfono y no deja que la niña "
            "hable con su mamá.")
    assert "child_separation" in safety(body, "es")


def test_segregation_and_no_medical_visit_are_reports():
    body = ("Since he complained about the food he has been kept in segregation since October 19 and nobody "
            "from medical has come to see him even though he asked.")
    assert "detention_conditions" in safety(body)


@pytest.mark.parametrize("body,lang,kind", [
    ("Hier soir il m'a appelé en pleurant : un gardien l'a frappé au visage.", "fr", "assault"),
    ("el papa de mi niña Genesis de 5 años se la llevo a Carolina del Norte y no me deja hablar con ella ni verla",
     "es", "child_separation"),
    ("Her ex-husband won't let her see her daughter since October.", "en", "child_separation"),
])
def test_assault_in_french_and_a_child_kept_from_the_parent_are_reports(body, lang, kind):
    assert kind in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("Un guardia del turno de noche la toca cuando la revisan.", "es"),
    ("Dice que un oficial la está tocando cada vez que pasa lista.", "es"),
    ("El custodio de la noche la manosea.", "es"),
    ("A guard on the night shift touches her when they search her.", "en"),
    ("One of the officers grabs him by the neck every morning.", "en"),
])
def test_a_guard_touching_or_grabbing_a_detainee_in_any_tense_is_assault(body, lang):
    assert "assault" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("Covid le pegó muy fuerte in 2021 and since then he gets tired easily.", "en"),
    ("Allá en Honduras le pegó el dengue pero ya está mejor.", "es"),
    ("A mi mamá le pegaron fuerte la gripe y la fiebre.", "es"),
    ("The flu hit him hard last winter.", "en"),
    ("The pandemic hit her family hard.", "en"),
])
def test_an_illness_that_hit_someone_is_no_assault(body, lang):
    assert "assault" not in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("Los niños no duermen bien desde que se lo llevaron.", "es"),
    ("Mis hijas lloran desde que se lo llevaron a él.", "es"),
    ("Mi hijo pregunta por su papá desde que se la llevaron a ella.", "es"),
    ("Mi hijo no come bien desde que se lo llevaron.", "es"),
])
def test_children_missing_a_parent_who_was_taken_are_no_separation(body, lang):
    assert "child_separation" not in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("Mi niña, el papá se la llevó a Texas.", "es"),
    ("A mi hijo, los agentes se lo llevaron en la redada.", "es"),
    ("A mis hijos se los llevaron los del gobierno.", "es"),
])
def test_a_child_taken_named_by_an_agreeing_pronoun_is_separation(body, lang):
    assert "child_separation" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("El oficial le dijo que ya tienen su pasaporte y que la deportación es inminente.", "es"),
    ("The deportation officer said ICE has his passport now.", "en"),
    ("El consulado ya tiene su pasaporte para el viaje.", "es"),
])
def test_officers_holding_a_passport_for_the_removal_is_no_trafficking(body, lang):
    assert "trafficking" not in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("El patrón tiene su pasaporte y lo amenaza con llamar a inmigración.", "es"),
    ("Her boss keeps her passport and threatens to call ICE officers.", "en"),
    ("The smuggler kept his passport and made him work.", "en"),
])
def test_an_employer_holding_a_passport_is_still_trafficking(body, lang):
    assert "trafficking" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("Un agente lo agarró saliendo del trabajo.", "es"),
    ("The officer said we should push her application through.", "en"),
    ("The officer will touch base with her next week.", "en"),
])
def test_an_officer_arresting_or_pushing_paperwork_is_no_assault(body, lang):
    assert "assault" not in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("He told me two officers had thrown him to the floor and one of them knelt on his arm.", "en"),
    ("The guards slammed her against the wall of the cell.", "en"),
    ("An officer twisted his arm behind his back.", "en"),
    ("They pushed him to the ground and stood on his hand.", "en"),
    ("Los guardias lo tiraron al suelo y uno se le hincó encima.", "es"),
    ("Le torcieron el brazo cuando pidió llamar a su esposa.", "es"),
    ("Le pusieron la rodilla sobre el cuello.", "es"),
])
def test_force_on_the_body_is_assault(body, lang):
    assert "assault" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("The officer threw the papers on the table.", "en"),
    ("He broke his arm playing soccer when he was a boy.", "en"),
    ("He sat on the floor and waited for his name.", "en"),
    ("Se le cayeron los papeles al suelo.", "es"),
])
def test_objects_thrown_and_old_accidents_are_no_assault(body, lang):
    assert safety(body, lang) == []


@pytest.mark.parametrize("body,lang", [
    ("He has asked for a doctor every day since then.", "en"),
    ("She asked to see a nurse repeatedly and nobody came.", "en"),
    ("No one has examined him.", "en"),
    ("Nobody has looked at his wrist.", "en"),
    ("Ha pedido un médico todos los días.", "es"),
    ("Nadie lo ha examinado desde entonces.", "es"),
    ("No lo ha visto ningún psicólogo.", "es"),
    ("Ahora lo tienen solo en un cuarto.", "es"),
    ("They have kept him alone in a cell for ten days.", "en"),
])
def test_care_asked_for_and_not_given_is_a_detention_condition(body, lang):
    assert "detention_conditions" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("Nobody has looked at his case yet.", "en"),
    ("No one has examined the evidence.", "en"),
    ("Mandamos la carta y nadie la ha revisado.", "es"),
    ("Nadie nos ha atendido en la ventanilla.", "es"),
    ("He asked for a doctor's letter for his check-in.", "en"),
])
def test_nobody_reviewing_a_case_is_no_detention_condition(body, lang):
    assert safety(body, lang) == []


@pytest.mark.parametrize("body,lang", [
    ("He tried to hang himself with a sheet.", "en"),
    ("She cut her wrists last week.", "en"),
    ("Lo encontraron tratando de ahorcarse con la sábana.", "es"),
    ("Él tiene depresión fuerte desde que lo detuvieron.", "es"),
])
def test_a_suicide_attempt_told_by_its_means_is_mental_health(body, lang):
    assert "mental_health" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("Please help my neighbor - her little boy was taken.", "en"),
    ("Her ex-boyfriend took the boy to his mother's house and keeps him there.", "en"),
    ("They kept the girls from their mother for a month.", "en"),
    ("Se llevaron a la nena y no sabemos dónde está.", "es"),
])
def test_a_boy_or_girl_taken_is_child_separation(body, lang):
    assert "child_separation" in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("She took the kids to school and then went to the check-in.", "en"),
    ("I took my son to see him at the detention center.", "en"),
    ("Llevé a mis hijos a la escuela.", "es"),
])
def test_a_child_taken_on_an_errand_is_no_separation(body, lang):
    assert "child_separation" not in safety(body, lang)


@pytest.mark.parametrize("body,lang", [
    ("As a boy he was taken to Texas by his uncle.", "en"),
    ("When she was a little girl she was taken to the US by her parents.", "en"),
])
def test_the_writers_own_childhood_is_no_separation(body, lang):
    assert "child_separation" not in safety(body, lang)
