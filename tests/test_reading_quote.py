"""Quoted history is kept apart from the sender's words; forwarded mail is not."""
from triage.mail.quote import split_quoted


def test_gmail_attribution_and_quoted_lines_go_to_quoted():
    text = (
        "My A-number is A222333444.\n\n"
        "On Mon, Jan 6, 2025 at 9:14 AM Case Review <sro@example.com> wrote:\n"
        "> Your A-number A999888777 was not found.\n> Regards\n"
    )
    split = split_quoted(text)
    assert "A222333444" in split.body
    assert "A999888777" not in split.body
    assert "A999888777" in split.quoted


def test_attribution_wrapped_onto_two_lines_is_recognised():
    text = (
        "Here are the papers.\n"
        "On Mon, Jan 6, 2025 at 9:14 AM Case Review <\nsro@example.com> wrote:\n"
        "> A999888777\n"
    )
    split = split_quoted(text)
    assert split.body == "Here are the papers."
    assert "A999888777" in split.quoted


def test_spanish_attribution_goes_to_quoted():
    text = (
        "Adjunto la respuesta.\n\n"
        "El lun, 6 ene 2025 a las 10:00, Oficina (<sro@example.com>) escribió:\n"
        "> número A 999-888-777\n"
    )
    split = split_quoted(text)
    assert "999-888-777" not in split.body
    assert "999-888-777" in split.quoted


def test_text_after_a_quoted_block_is_the_senders_again():
    text = "> Which office?\n\nThe Example City field office.\n"
    split = split_quoted(text)
    assert split.body.strip() == "The Example City field office."
    assert split.quoted == "> Which office?"


def test_outlook_original_message_and_everything_after_is_quoted():
    text = (
        "Thank you.\n\nAna Ejemplo\n(202) 555-0100\n\n"
        "-----Original Message-----\nFrom: SRO <sro@example.com>\n"
        "Sent: Tuesday, March 4, 2025 4:00 PM\nTo: Ana\nSubject: Re\n\nA111222333\n"
    )
    split = split_quoted(text)
    assert "(202) 555-0100" in split.body  # the signature stays
    assert "A111222333" in split.quoted and "A111222333" not in split.body


def test_outlook_header_block_without_separator_is_quoted():
    for block in (
        "From: SRO <sro@example.com>\nSent: Tuesday\nTo: Ana\nSubject: Re\n",
        "De: SRO <sro@example.com>\nEnviado: martes\nPara: Ana\nAsunto: Re\n",
    ):
        split = split_quoted("Gracias.\n________________________________\n" + block + "\nA111222333\n")
        assert split.body == "Gracias."
        assert "A111222333" in split.quoted


def test_inline_forwarded_blocks_go_to_forwarded_without_their_headers():
    for separator in (
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-------- Mensaje reenviado --------",
        "---------- Mensaje reenviado ---------",
    ):
        text = f"See below.\n\n{separator}\nFrom: Office <o@example.com>\nDate: today\n\nDenied for A123456789.\n"
        split = split_quoted(text)
        assert split.body.strip() == "See below.", separator
        assert split.forwarded == ["Denied for A123456789."], separator


def test_quoted_history_inside_a_forward_is_still_quoted():
    text = (
        "FYI\n---------- Forwarded message ---------\nFrom: Office <o@example.com>\n\n"
        "Denied.\n\nOn Fri, Feb 7, 2025 at 9:00 AM X <x@example.org> wrote:\n> A000000001\n"
    )
    split = split_quoted(text)
    assert split.forwarded == ["Denied."]
    assert "A000000001" in split.quoted


def test_outlook_block_in_a_forward_subject_is_forwarded():
    text = (
        "Please review.\n\nFrom: Field Office <o@example.com>\nSent: Monday\n"
        "To: Ana <ana@example.org>\nSubject: Decision\n\nThe request is denied.\n"
    )
    for subject in ("Fw: Decision", "FWD: Decision", "RV: Decisión", "Reenviado: Decisión"):
        split = split_quoted(text, subject)
        assert split.forwarded == ["The request is denied."], subject
        assert split.quoted == ""
    assert split_quoted(text, "Re: Decision").forwarded == []


def test_a_sentence_starting_with_on_is_not_an_attribution():
    text = "On March 3 I asked the local office and they wrote:\nnothing yet.\n"
    assert split_quoted(text).body == text.strip("\n")


def test_attribution_with_a_clock_time_and_no_quote_marks_ends_the_body():
    text = "Thanks.\n\nOn 1/6/25 9:14 AM, Case Review wrote:\nWe need A999888777.\n"
    split = split_quoted(text)
    assert split.body == "Thanks."
    assert "A999888777" in split.quoted


def test_an_answer_pasted_as_an_indented_outlook_block_is_read_and_the_writer_goes_on():
    text = ("I asked the ERO Seattle Field Office on September 8. Their answer came on October 14; I paste it here:\n\n"
            "   From: ERO Seattle Field Office\n   Sent: Wednesday, October 14, 2026 3:12 PM\n"
            "   Subject: RE: Release request\n\n   The request is denied at this time.\n\n"
            "Since their denial, our daughter was born.\n")
    got = split_quoted(text)
    assert "denied at this time" in got.forwarded[0] and "Sent: Wednesday" in got.forwarded[0]
    assert got.body.endswith("Since their denial, our daughter was born.") and not got.quoted


def test_an_answer_pasted_with_quote_marks_after_a_lead_in_is_read():
    text = ("Their answer came on October 29, 2026:\n\n> Date: October 29, 2026\n>\n"
            "> The request for deferred action is denied.\n\nWe ask you to review it.\n")
    got = split_quoted(text)
    assert got.forwarded == ["Date: October 29, 2026\n\nThe request for deferred action is denied."]
    assert not got.quoted and got.body.endswith("We ask you to review it.")


def test_quote_marks_without_a_lead_in_are_still_history():
    got = split_quoted("Please help him.\n\n> My A-number is A012345678.\n")
    assert got.quoted and not got.forwarded


def test_a_chain_the_writer_points_to_as_the_request_is_read_and_its_own_history_is_not():
    text = ("Please accept Danielle's e-mail below as our request for review.\n\nJon\n\n"
            "From: Danielle Reyes <d@example.com>\nSent: Tuesday, October 20, 2026 4:52 PM\nTo: Jon <j@example.com>\n"
            "Subject: RE: request\n\nThis office represents Guillermo Quispe, born 04/05/1996 in Arequipa, Peru.\n\n"
            "From: Carmen <c@example.net>\nSent: Tuesday, October 20, 2026 9:10 AM\nTo: Danielle <d@example.com>\n"
            "Subject: request\n\nmy phone changed, its 201-555-0199 now\n")
    got = split_quoted(text)
    assert "born 04/05/1996" in got.forwarded[0] and "201-555-0199" not in got.forwarded[0]
    assert "201-555-0199" in got.quoted


FORWARD_WITH_OWN_REQUEST = (
    "I am forwarding the answer of the Seattle office. My original request is at the bottom.\n\n"
    "Luis Zambrano\n\n"
    "---------- Forwarded message ---------\n"
    "From: ERO Seattle <ero.seattle@ice.dhs.gov>\n"
    "Date: Thu, Oct 29, 2026 at 3:47 PM\n"
    "Subject: RE: Request for release\n"
    "To: Luis Zambrano <luis@example.com>\n\n"
    "The request is denied.\n\n"
    "-----Original Message-----\n"
    "From: Luis Zambrano <luis@example.com>\n"
    "Sent: Monday, October 12, 2026 9:05 AM\n"
    "To: ero.seattle@ice.dhs.gov\n"
    "Subject: Request for release\n\n"
    "Please release my brother, A209-775-130, born 12/30/1990 in Venezuela.\n"
)


def test_the_writers_own_earlier_mail_inside_a_forward_is_read_as_the_request():
    split = split_quoted(FORWARD_WITH_OWN_REQUEST, "Fwd: RE: Request for release", "luis@example.com")
    assert any("A209-775-130" in f for f in split.forwarded)
    assert "A209-775-130" not in split.quoted


def test_someone_elses_earlier_mail_inside_a_forward_stays_history():
    split = split_quoted(FORWARD_WITH_OWN_REQUEST, "Fwd: RE: Request for release", "other@example.com")
    assert "A209-775-130" in split.quoted
    assert not any("A209-775-130" in f for f in split.forwarded)


def test_own_earlier_mail_is_read_only_where_the_writer_points_to_it():
    from triage.mail.quote import points_to_own_mail
    assert points_to_own_mail(FORWARD_WITH_OWN_REQUEST)
    assert not points_to_own_mail("Buenas tardes, les reenvio esto porque ahora es por mi otro hijo.")


def test_quoted_mail_the_writer_points_to_below_is_read():
    text = ("Les escribo por mi papá. Abajo está lo que me escribió mi mamá con todos sus datos.\n\n"
            "El lun, 19 oct 2026 a las 21:14, Rosa Ortez (<rosa@example.com>) escribió:\n\n"
            "> Nombre completo: Baltazar Quintanilla Menjívar\n> Fecha de nacimiento: 06/05/1968\n")
    split = split_quoted(text)
    assert any("06/05/1968" in f for f in split.forwarded) and "06/05/1968" not in split.quoted


def test_a_request_the_attorney_says_is_his_message_just_below_is_read():
    text = ("To the SRO: our request is my message of last night, just below.\n\nAaron\n\n"
            "On Mon, Oct 19, 2026 at 6:40 PM Aaron Feld <afeld@example.net> wrote:\n\n"
            "> I represent Mr. Hugo Cano Barrios (A# 219-640-075, DOB 11/03/1979).\n")
    assert any("219-640-075" in f for f in split_quoted(text).forwarded)


def test_quoted_mail_nobody_points_to_stays_history():
    text = ("Please review my case.\n\nOn Mon, Oct 19, 2026 at 6:40 PM Aaron Feld <afeld@example.net> wrote:\n\n"
            "> Your A-number A219640075 was not found.\n")
    assert "A219640075" in split_quoted(text).quoted


INLINE = ("Buenas noches. Mis respuestas van debajo de cada pregunta.\n\n"
          "-----Mensaje original-----\nDe: Línea de Ayuda <linea@example.org>\nEnviado el: martes, 27 de octubre de 2026\n"
          "Asunto: Su consulta\n\n> 1. Nombre completo de la persona detenida:\n\nWander Rafael Cuevas Liriano\n\n"
          "> 2. Número A:\n\n98553217\n\n> 3. Fecha de nacimiento:\n\n30/01/1991\n")


def test_answers_written_under_each_quoted_question_are_read_with_their_questions():
    split = split_quoted(INLINE)
    text = " ".join(split.forwarded)
    assert "Número A:" in text and "98553217" in text


def test_inline_answers_without_a_pointer_are_the_writers_words_and_the_questions_history():
    split = split_quoted(INLINE.replace("Mis respuestas van debajo de cada pregunta.", "Hola."))
    assert "98553217" in split.body and "Número A" in split.quoted
