"""A reproducible synthetic mailbox for the benchmark: every person and number is fictional.

    write_mailbox(folder, n, seed=7) -> dict of counts

60% plain text, 20% HTML (multipart/alternative or HTML only), 20% with a 2-5
page text PDF drawn from a small pool of distinct PDFs; on top of those, a few
scanned (image-only) PDFs and one 100-page PDF. English and Spanish; some
messages follow up an earlier one (In-Reply-To), some leave fields out.
The same (n, seed) gives the same bytes.
"""
from __future__ import annotations

import io
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path

FIRST = ["Maria", "Jose", "Ana", "Luis", "Rosa", "Carlos", "Elena", "Jorge", "Lucia", "Pedro",
         "Carmen", "Miguel", "Sofia", "Andres", "Isabel", "Ramon", "Teresa", "Hector", "Paola",
         "Oscar", "Daniel", "Grace", "Samuel", "Esther", "Wilson", "Marta", "Julio", "Nadia"]
LAST = ["Lopez", "Garcia", "Hernandez", "Martinez", "Quintanilla", "Barrios", "Mejia", "Castro",
        "Ramirez", "Flores", "Reyes", "Morales", "Ortiz", "Vasquez", "Cruz", "Alvarado", "Pineda",
        "Zelaya", "Orellana", "Duarte", "Santos", "Rivas", "Molina", "Aguilar", "Cabrera"]
COUNTRIES = [("Guatemala", "Guatemala"), ("Honduras", "Honduras"), ("El Salvador", "El Salvador"),
             ("Mexico", "México"), ("Venezuela", "Venezuela"), ("Colombia", "Colombia"),
             ("Ecuador", "Ecuador"), ("Nicaragua", "Nicaragua"), ("Haiti", "Haití"),
             ("Cuba", "Cuba"), ("Peru", "Perú")]
RELIEF_EN = ["a stay of removal", "release from detention", "deferred action",
             "that ICE join a motion to reopen", "release on an order of supervision"]
RELIEF_ES = ["una suspensión de la deportación", "la liberación de la detención",
             "acción diferida", "que ICE se una a una moción para reabrir"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
FACILITIES = ["Port Isabel Detention Center", "Krome Service Processing Center",
              "Otay Mesa Detention Center", "Adelanto ICE Processing Center"]
INBOX = "ICEcasereview@ice.dhs.gov"
EPOCH = datetime(2026, 9, 1, 8, 0, tzinfo=timezone.utc)


def _person(r: random.Random) -> dict:
    first, last, last2 = r.choice(FIRST), r.choice(LAST), r.choice(LAST)
    dob = datetime(1960, 1, 1) + timedelta(days=r.randrange(0, 40 * 365))
    country = r.choice(COUNTRIES)
    return {"first": first, "last": last, "name": f"{first} {last} {last2}",
            "a": f"{r.randrange(200_000_000, 249_999_999):09d}", "dob": dob, "country": country,
            "phone": f"({r.randrange(201, 989)}) 555-{r.randrange(100, 199):04d}",
            "email": f"{first.lower()}.{last.lower()}{r.randrange(10, 99)}@example.org"}


def _a_form(r: random.Random, a: str) -> str:
    return r.choice([f"A{a}", f"A-{a[:3]}-{a[3:6]}-{a[6:]}", f"A# {a[:3]}-{a[3:6]}-{a[6:]}", a])


def _date_en(r: random.Random, d: datetime) -> str:
    return r.choice([d.strftime("%B %-d, %Y"), d.strftime("%m/%d/%Y"), d.strftime("%-d %B %Y")])


def _date_es(r: random.Random, d: datetime) -> str:
    return r.choice([f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}", d.strftime("%d/%m/%Y")])


def request_text(r: random.Random, p: dict, lang: str) -> tuple[str, str]:
    """(subject, body) of one fictional request; some facts are left out on purpose."""
    denied = EPOCH - timedelta(days=r.randrange(5, 200))
    keep = {k: r.random() > 0.12 for k in ("a", "dob", "country", "phone", "local")}
    detained = r.random() < 0.3
    if lang == "es":
        lines = ["Estimado Oficial Superior de Revisión:", "",
                 f"Le escribo para pedir una revisión del caso de {p['name']}."]
        if keep["a"]:
            lines.append(f"Su número de extranjero es {_a_form(r, p['a'])}.")
        if keep["dob"]:
            lines.append(f"Fecha de nacimiento: {_date_es(r, p['dob'])}.")
        if keep["country"]:
            lines.append(f"Nació en {p['country'][1]}.")
        if detained:
            lines.append(f"Está detenido en {r.choice(FACILITIES)} desde hace tres semanas.")
        lines.append(f"Solicito {r.choice(RELIEF_ES)}.")
        if keep["local"]:
            lines.append("Pedimos una revisión a la oficina local de ERO y fue negada el "
                         f"{_date_es(r, denied)}. Adjunto copia de la solicitud y de la respuesta.")
        if keep["phone"]:
            lines.append(f"Mi teléfono es {p['phone']}.")
        lines += ["", "Atentamente,", f"{p['first']} {p['last']}"]
        subject = r.choice(["Solicitud de revisión de caso", "Revisión de caso urgente",
                            f"Caso de {p['first']} {p['last']}"])
    else:
        lines = ["Dear Senior Reviewing Official,", "",
                 f"I am writing to request a case review for {p['name']}."]
        if keep["a"]:
            lines.append(f"A-Number: {_a_form(r, p['a'])}")
        if keep["dob"]:
            lines.append(f"Date of birth: {_date_en(r, p['dob'])}")
        if keep["country"]:
            lines.append(f"Country of birth: {p['country'][0]}")
        if detained:
            lines.append(f"He is currently detained at the {r.choice(FACILITIES)}.")
        lines.append(f"We respectfully ask for {r.choice(RELIEF_EN)}.")
        if keep["local"]:
            lines.append("We asked the local ERO field office for a review and it was denied "
                         f"on {_date_en(r, denied)}. Copies of the request and the denial are "
                         "attached.")
        if keep["phone"]:
            lines.append(f"You can reach me at {p['phone']}.")
        lines += ["", "Sincerely,", f"{p['first']} {p['last']}"]
        subject = r.choice(["Request for SRO case review", "Case review request",
                            f"Case review - {p['first']} {p['last']}"])
    return subject, "\n".join(lines) + "\n"


def _html(body: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in body.split("\n") if line.strip())
    return (f"<html><head><style>p{{margin:0}}</style></head><body><div dir='ltr'>{paras}"
            "</div><table><tr><td>Confidential</td></tr></table></body></html>")


# ---------------------------------------------------------------- PDFs


def _fpdf():
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_creation_date(EPOCH)  # the same bytes on every run
    pdf.set_font("Helvetica", size=11)
    return pdf


@lru_cache(maxsize=None)
def text_pdf(pages: int, variant: int) -> bytes:
    """A letter of `pages` pages: a local request and its denial, all fictional."""
    r = random.Random(1000 + pages * 10 + variant)
    p = _person(r)
    pdf = _fpdf()
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Page {n} of {pages}\n\nU.S. Immigration and Customs Enforcement\n"
                       f"Enforcement and Removal Operations - field office\n\nRe: {p['name']}\n"
                       f"A-Number: {_a_form(r, p['a'])}\nDate of birth: "
                       f"{p['dob'].strftime('%m/%d/%Y')}\nCountry of birth: {p['country'][0]}\n")
        for _ in range(8):
            pdf.multi_cell(0, 6, " ".join(r.choice(FILLER) for _ in range(60)) + ".\n")
    return bytes(pdf.output())


FILLER = ("the request for a stay of removal was reviewed by the field office and denied "
          "after consideration of the record equities family children health employment "
          "community letters support attached declaration evidence").split()


@lru_cache(maxsize=None)
def scanned_pdf(pages: int) -> bytes:
    """Image-only pages: text drawn into a picture, as a scanner would give it."""
    from PIL import Image, ImageDraw, ImageFont

    pdf = _fpdf()
    font = ImageFont.load_default(size=26)
    for n in range(pages):
        img = Image.new("L", (1275, 1650), 255)
        draw = ImageDraw.Draw(img)
        text = (f"Notice of decision, page {n + 1}\n\nRe: Ana Lucia Pineda Reyes\n"
                f"A-Number: A{218_004_551 + n}\nDate of birth: 03/14/1988\n"
                "Country of birth: Honduras\n\nThe request for a stay of removal is denied.")
        draw.multiline_text((120, 150), text, fill=0, font=font, spacing=14)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def pdf_pool() -> list[bytes]:
    """Eight distinct 2-5 page PDFs, reused across messages."""
    return [text_pdf(pages, v) for pages in (2, 3, 4, 5) for v in (0, 1)]


# ---------------------------------------------------------------- messages


def build_message(i: int, r: random.Random, kind: str, sent: dict[int, str]) -> bytes:
    lang = "es" if r.random() < 0.35 else "en"
    p = _person(r)
    subject, body = request_text(r, p, lang)
    m = EmailMessage()
    m["From"] = f"{p['first']} {p['last']} <{p['email']}>"
    m["To"] = INBOX
    m["Date"] = format_datetime(EPOCH + timedelta(minutes=7 * i))
    m["Message-ID"] = f"<bench-{i:06d}@example.org>"
    if sent and r.random() < 0.05:  # a follow-up in the thread of an earlier message
        earlier = r.choice(list(sent))
        m["In-Reply-To"] = f"<bench-{earlier:06d}@example.org>"
        m["References"] = f"<bench-{earlier:06d}@example.org>"
        subject = "Re: " + sent[earlier]
    m["Subject"] = subject
    sent[i] = subject
    if kind == "html":
        if r.random() < 0.5:
            m.set_content(body)
            m.add_alternative(_html(body), subtype="html")
        else:
            m.set_content(_html(body), subtype="html")
    else:
        m.set_content(body)
    if kind == "pdf":
        m.add_attachment(r.choice(pdf_pool()), maintype="application", subtype="pdf",
                         filename="local_request_and_denial.pdf")
    elif kind == "scanned":
        m.add_attachment(scanned_pdf(2), maintype="application", subtype="pdf",
                         filename="scan.pdf")
    elif kind == "big":
        m.add_attachment(text_pdf(100, 0), maintype="application", subtype="pdf",
                         filename="record_of_proceedings.pdf")
    for depth, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"=_bench_{i:06d}_{depth}")  # the stdlib's are random
    return bytes(m)


def kinds(n: int, r: random.Random) -> list[str]:
    """60% plain, 20% HTML, 20% PDF; a few scanned and one 100-page PDF among them."""
    out = ["plain"] * round(n * 0.6) + ["html"] * round(n * 0.2)
    out += ["pdf"] * (n - len(out))
    r.shuffle(out)
    specials = ["big"] + ["scanned"] * max(1, min(5, n // 1000))
    for k, idx in zip(specials, r.sample([j for j, x in enumerate(out) if x == "pdf"],
                                         min(len(specials), out.count("pdf")))):
        out[idx] = k
    return out


def write_mailbox(folder: Path, n: int, seed: int = 7) -> dict[str, int]:
    """A folder of n .eml files, named in processing order; returns counts by kind."""
    folder.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    plan = kinds(n, r)
    sent: dict[int, str] = {}
    for i, kind in enumerate(plan):
        (folder / f"{i:06d}.eml").write_bytes(build_message(i, r, kind, sent))
    return {k: plan.count(k) for k in sorted(set(plan))}
