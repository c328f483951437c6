#!/usr/bin/env python3
"""Deterministic generator of realistic synthetic input for iopdoc's benchmark.

    python3 tests/bench/generate.py OUTDIR [--agreements N] [--seed S]
                                          [--budget-lines K] [--force]

Writes N agreements (default 1000), bench-0001.xml ..., and their follow-ups
(bench-0001-dialogmote-2023-05-16.xml ...) into OUTDIR, which is created; an
existing OUTDIR that is not empty is refused with exit status 2 unless
--force is given (--force overwrites, it does not delete other files).
With --budget-lines K it writes exactly one agreement, bench-budget-K.xml,
whose single budget table has K lines, and no follow-ups.

The documents imitate the transcribed agreements in input/ and the example
follow-ups in tests/report/examples/: the same section headings, sentences
recombined from their phrases (with each agreement's kommun, nämnd,
organisation, target group and activities filled in), Swedish names,
budgets with quantities such as "30 h/vecka (1 200 h/år)", payment terms,
signatures, and follow-ups whose outcomes answer the agreement's goals.
Six nämnder in three kommuner (Linköping, Lund, Norrköping), eight themes
(language friends, women's inclusion, work training, people in social
vulnerability, violence, loneliness among the elderly, homework help,
sport).  Every file is meant to pass `iopdoc check` without warnings:
organisationsnummer carry a correct Luhn digit, stated totals equal the
lines, budget years lie in the period, every party signs once, signing dates
lie on or before the period's start, follow-ups and their outcome periods
lie inside the agreement's period and end no later than the follow-up's own
month, gender splits add up.  Outcomes without a goal give iopdoc's note
"reported as an outcome without a goal", as the seeds' follow-up does.

Rendered, an agreement is 2 to 20 pages, 5 on average (median 4; the seeds
have 4, 5, 7 and 8): page_target() draws the size, and the text grows
paragraph by paragraph to about 400 words a page of body text next to the
title block, budget tables and signatures.  A follow-up is 1 or 2 pages.

Determinism: agreement number i is drawn from random.Random seeded with the
string "iopdoc-bench:SEED:i" (string seeds are hashed with SHA-512, not with
hash(), so PYTHONHASHSEED does not matter), its follow-ups from
"iopdoc-bench-fu:SEED:ID"; so the same seed gives the same bytes, and
agreement i is the same whatever N is (for N below 10 000, where ids have
four digits).  No clock, no set iteration, no environment is read.
Standard library only; 1000 agreements take about 1.5 s.
"""

import argparse
import datetime
import os
import random
import re
import sys

# ---------------------------------------------------------------------------
# small helpers

_ALT = re.compile(r"\[([^\[\]]*)\]")


def compile_template(s):
    """'a [b|c] {x}' -> ['a ', ('b', 'c'), ' {x}']: alternatives chosen at
    render time, then slots filled by str.format_map."""
    parts = []
    pos = 0
    for m in _ALT.finditer(s):
        if m.start() > pos:
            parts.append(s[pos:m.start()])
        parts.append(tuple(m.group(1).split("|")))
        pos = m.end()
    if pos < len(s):
        parts.append(s[pos:])
    return (parts, "{" in s)


def compile_pool(lst):
    return [compile_template(s) for s in lst]


class Ctx(dict):
    """Slot values for str.format_map: a list gives a random element at each
    use, a callable is called, anything else is used as it is."""

    def __init__(self, rng):
        dict.__init__(self)
        self.rng = rng

    def __getitem__(self, k):
        v = dict.__getitem__(self, k)
        c = v.__class__
        if c is str:
            return v
        if c is list:
            return self.rng.choice(v)
        return v()


def render(tpl, rng, ctx):
    parts, has_slot = tpl
    out = "".join([p if p.__class__ is str else rng.choice(p) for p in parts])
    if has_slot:
        out = out.format_map(ctx)
        # a slot may itself hold [a|b] alternatives or slots (efforts, names)
        if "[" in out or "{" in out:
            out = render(compile_template(out), rng, ctx)
    return out


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def esc(s):
    if "&" in s:
        s = s.replace("&", "&amp;")
    if "<" in s:
        s = s.replace("<", "&lt;")
    if ">" in s:
        s = s.replace(">", "&gt;")
    return s


def esc_attr(s):
    return esc(s).replace('"', "&quot;")


_FOLD = str.maketrans({
    "å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "Å": "a", "Ä": "a",
    "Ö": "o", "É": "e", "ş": "s", "ł": "l", "ń": "n", "ř": "r", "á": "a",
    "ć": "c", "ž": "z", "č": "c", "ı": "i", "ș": "s", "ă": "a", "Ł": "l",
    "Ș": "s",
})


def slug(s):
    s = s.lower().translate(_FOLD)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60] or "x"


def kr(n):
    """1077600 -> '1 077 600' (plain spaces, as typed in the sources)."""
    return "{:,}".format(n).replace(",", " ")


def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_ok(orgnr):
    digits = orgnr.replace("-", "")
    if len(digits) != 10 or not digits.isdigit():
        return False
    return luhn_digit(digits[:9]) == int(digits[9])


def orgnr_from(prefix_digits):
    nine = prefix_digits[:9]
    return "%s-%s%d" % (nine[:6], nine[6:9], luhn_digit(nine))


MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
          "augusti", "september", "oktober", "november", "december"]
ORD = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
       "tio", "elva", "tolv"]
ORD_N = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta",
         "nio", "tio", "elva", "tolv"]

D = datetime.date
DAY = datetime.timedelta(days=1)


def iso(d):
    return d.isoformat()


def month_end(d):
    if d.month == 12:
        return D(d.year, 12, 31)
    return D(d.year, d.month + 1, 1) - DAY


def add_years(d, n):
    return D(d.year + n, d.month, d.day)  # days are always 1 here


# ---------------------------------------------------------------------------
# the places

KOMMUNER = {
    "linkoping": dict(
        name="Linköpings kommun", stad="Linköping", gen="Linköpings",
        prefix="212000044", invanare="linköpingsbor", lan="Östergötland",
        domain="linkoping.se", area="013", post="581 81 LINKÖPING",
        orgpost=["582 22 Linköping", "582 24 Linköping", "583 30 Linköping",
                 "586 63 Linköping", "587 58 Linköping"],
        stadsdelar=["Skäggetorp", "Ryd", "Berga", "Lambohov", "Ekholmen",
                    "Johannelund", "Innerstaden", "Vasastaden", "Tornby"],
        gator=["Repslagaregatan", "Ågatan", "Drottninggatan", "Storgatan",
               "Hantverkaregatan", "Klostergatan", "Platensgatan"],
        skanning=["Skanningcentralen 150Z", "Scanningscentralen 123E",
                  "Skanningcentralen 210A", "Skanningcentralen 402F"],
    ),
    "lund": dict(
        name="Lunds kommun", stad="Lund", gen="Lunds", prefix="212000112",
        invanare="lundabor", lan="Skåne", domain="lund.se", area="046",
        post="221 00 LUND",
        orgpost=["222 21 Lund", "222 22 Lund", "224 56 Lund", "226 42 Lund",
                 "227 38 Lund"],
        stadsdelar=["Norra Fäladen", "Linero", "Klostergården", "Östra Torn",
                    "Gunnesbo", "Väster", "Järnåkra", "Södra Sandby"],
        gator=["Bangatan", "Kävlingevägen", "Stora Södergatan",
               "Winstrupsgatan", "Bredgatan", "Klostergatan", "Sankt Laurentiigatan"],
        skanning=["Box 41", "Box 42", "Box 43", "Box 1003"],
    ),
    "norrkoping": dict(
        name="Norrköpings kommun", stad="Norrköping", gen="Norrköpings",
        prefix="212000045", invanare="norrköpingsbor", lan="Östergötland",
        domain="norrkoping.se", area="011", post="601 81 NORRKÖPING",
        orgpost=["602 20 Norrköping", "602 21 Norrköping", "602 32 Norrköping",
                 "603 57 Norrköping", "603 66 Norrköping"],
        stadsdelar=["Navestad", "Hageby", "Marielund", "Klockaretorpet",
                    "Ringdansen", "Vilbergen", "Skarpåsen", "Såpkullen"],
        gator=["Drottninggatan", "Kungsgatan", "Hospitalsgatan",
               "Trädgårdsgatan", "Gamla Rådstugugatan", "Slottsgatan"],
        skanning=["Box 700", "Box 701", "Box 702", "Box 2030"],
    ),
}

NAMNDER = [
    dict(id="linkoping-arbetsmarknadsnamnden", name="Arbetsmarknadsnämnden",
         kommun="linkoping", kind="arbete",
         forv="Integration- och arbetsmarknadsförvaltningen",
         chef="Integration- och arbetsmarknadsdirektör", abbr="AMN",
         units=["Arbetsmarknad och integration", "Avdelningen för etablering",
                "Kvalitet och utveckling"]),
    dict(id="linkoping-social-och-omsorgsnamnden",
         name="Social- och omsorgsnämnden", kommun="linkoping", kind="social",
         forv="Social- och omsorgsförvaltningen", chef="Socialdirektör",
         abbr="SON", units=["Kvalitet och utveckling, avd Vuxen",
                            "Avdelningen för barn och unga",
                            "Kvalitet och utveckling, avd Äldre"]),
    dict(id="lund-socialnamnden", name="Socialnämnden", kommun="lund",
         kind="social", forv="Socialförvaltningen", chef="Socialdirektör",
         abbr="SN", units=["Socialförvaltningen, avdelningen för utveckling",
                           "Enheten för förebyggande arbete",
                           "Enheten för integration"]),
    dict(id="lund-kultur-och-fritidsnamnden",
         name="Kultur- och fritidsnämnden", kommun="lund", kind="kultur",
         forv="Kultur- och fritidsförvaltningen",
         chef="Kultur- och fritidsdirektör", abbr="KFN",
         units=["Fritidsavdelningen", "Avdelningen för föreningsstöd"]),
    dict(id="norrkoping-socialnamnden", name="Socialnämnden",
         kommun="norrkoping", kind="social", forv="Socialkontoret",
         chef="Socialdirektör", abbr="SOC",
         units=["Socialkontoret, enheten för utveckling",
                "Förebyggande enheten"]),
    dict(id="norrkoping-utbildnings-och-arbetsmarknadsnamnden",
         name="Utbildnings- och arbetsmarknadsnämnden", kommun="norrkoping",
         kind="arbete", forv="Utbildnings- och arbetsmarknadskontoret",
         chef="Utbildnings- och arbetsmarknadsdirektör", abbr="UAN",
         units=["Arbetsmarknadsavdelningen", "Enheten för etablering"]),
]

for _k in KOMMUNER.values():
    _k["orgnr"] = orgnr_from(_k["prefix"])

# ---------------------------------------------------------------------------
# the people

FEMALE = ["Anna", "Eva", "Maria", "Karin", "Sara", "Christina", "Lena", "Emma",
          "Kerstin", "Marie", "Malin", "Ingrid", "Hanna", "Linnea", "Sofia",
          "Johanna", "Annika", "Elin", "Ida", "Helena", "Birgitta", "Ulrika",
          "Camilla", "Therese", "Jenny", "Frida", "Åsa", "Cecilia", "Mikaela",
          "Gunilla", "Louise", "Madeleine", "Caroline", "Josefin", "Petra",
          "Agneta", "Ebba", "Matilda", "Moa", "Klara", "Pia", "Lisa", "Ylva"]
MALE = ["Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter",
        "Thomas", "Jan", "Daniel", "Fredrik", "Hans", "Magnus", "Mattias",
        "Jonas", "Andreas", "Niklas", "Stefan", "Martin", "Henrik", "Björn",
        "Oskar", "Gustav", "Viktor", "Emil", "Patrik", "Joakim", "Tomas",
        "Ola", "Håkan", "Göran", "Mats", "Ulf", "Paul", "Rickard", "Axel",
        "Filip", "Linus", "Per-Olof", "Sven", "Torbjörn"]
SURNAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
            "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström",
            "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson",
            "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
            "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson",
            "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
            "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman",
            "Gunnarsson", "Holm", "Wikström", "Samuelsson", "Isaksson",
            "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson",
            "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson",
            "Nordström", "Ahlström", "Malmgren", "Sundqvist", "Granlund",
            "Westerberg", "Ekwall", "Sjöholm", "Waldenström", "Berglöf",
            "Lindahl", "Fröjd", "Rolling", "Bäckström", "Schullström",
            "Åberg", "Öberg", "Strand", "Hedlund", "Sundberg"]
INTL = [("Ayşe", "Korkmaz", "f"), ("Reza", "Hosseini", "m"),
        ("Marta", "Nowak", "f"), ("Paweł", "Zieliński", "m"),
        ("Lenka", "Dvořáková", "f"), ("Ahmed", "Ali", "m"),
        ("Fatima", "Hassan", "f"), ("Amina", "Yusuf", "f"),
        ("Mohammed", "Abdi", "m"), ("Hargita", "Horvat", "f"),
        ("Tigist", "Haile", "f"), ("Samir", "Haddad", "m"),
        ("Leyla", "Karimi", "f"), ("Dragan", "Petrović", "m"),
        ("Nermina", "Hodžić", "f"), ("Goran", "Jovanović", "m"),
        ("Yasmin", "Omar", "f"), ("Hussein", "Mahmoud", "m"),
        ("Zainab", "Ahmadi", "f"), ("Łukasz", "Kowalski", "m"),
        ("Elif", "Demir", "f"), ("Mehmet", "Yılmaz", "m"),
        ("Ioana", "Ștefănescu", "f"), ("Kateryna", "Melnyk", "f"),
        ("Oksana", "Bondarenko", "f"), ("Madeleine", "Szente", "f")]


def person(rng):
    """(first, last, gender)"""
    if rng.random() < 0.16:
        f, l, g = rng.choice(INTL)
        if rng.random() < 0.15:
            l = rng.choice(INTL)[1]
        return (f, l, g)
    g = "f" if rng.random() < 0.6 else "m"
    first = rng.choice(FEMALE if g == "f" else MALE)
    last = rng.choice(SURNAMES)
    if rng.random() < 0.06:
        last = last + " " + rng.choice(SURNAMES)
    return (first, last, g)


def full(p):
    return p[0] + " " + p[1]


def email(p, domain):
    local = (p[0] + "." + p[1].split(" ")[-1]).lower().translate(_FOLD)
    local = re.sub(r"[^a-z0-9.\-]", "", local)
    return local + "@" + domain


# ---------------------------------------------------------------------------
# the themes: what an agreement is about

THEMES = {
    "sprak": dict(
        kinds=["arbete", "social", "kultur"],
        efforts=["Språkvänner", "Vi ses! Språkvänner i {stad}",
                 "Språkcafé {stadsdel}", "Kompis {stad}", "Svenska på riktigt",
                 "Språkvän {stad}", "Möten över gränser"],
        orgs=[("Röda Korset {stad}-krets", "Röda Korset"),
              ("{stad} Södra RK-krets", "RK"), ("Kompis Sverige", ""),
              ("Föreningen Vi Ses", ""),
              ("Studieförbundet Vuxenskolan {lan}", "SV"),
              ("ABF {stad}", "ABF"), ("Svenska kyrkan i {stad}", ""),
              ("Föreningen Språkbron", "")],
        mg=["nyanlända kvinnor och män över 18 år bosatta i {kommun}",
            "nya {invanare} som behöver öva svenska och bli introducerade i det svenska samhället",
            "personer som nyligen migrerat till Sverige och bor i {kommun}"],
        mg_kort=["nyanlända", "nya i Sverige", "nya svenskar", "deltagarna"],
        mg2=["etablerade vuxna kvinnor och män bosatta i {kommun} eller närliggande kommuner",
             "boende i {stad} som upplever att de är väl etablerade och kan prata bra svenska"],
        tg=[[("primary", "nya i Sverige"), ("primary", "etablerade")],
            [("direct", "nyanlända"), ("indirect", "etablerade")],
            [("primary", "nyanlända vuxna i {kommun}")]],
        medel=["vänskapsrelationer och kulturmöten",
               "personliga kompismatchningar och sociala aktiviteter",
               "språkträning i vardagliga sammanhang"],
        effekt=["språkträning och etablering i samhället",
                "en bättre integration in i det svenska samhället och in i {kommun}",
                "ömsesidig integration och stärkta sociala nätverk",
                "en snabbare introduktion i det svenska språket",
                "ökade språkkunskaper och ett större kontaktnät"],
        behov=["brister i svenska språket", "ett litet socialt nätverk",
               "svårigheter att hitta arenor för möten med etablerade"],
        omrade="integrationsområdet",
        akt=["språkcaféer", "walk and talk-promenader",
             "guidade stadsvandringar på lätt svenska", "idrottsaktiviteter",
             "matlagningskvällar", "trädgårdsarbete i kollektiva odlingar",
             "pop up-språkcaféer på arbetsplatser", "studiebesök",
             "kompismatchningar", "spelkvällar"],
        mal=["Möjliggöra för {invanare} att träffa nya bekantskaper både som språkvänner och via de gemensamma aktiviteterna.",
             "Bidra till att nya svenskar får en enklare etablering i {stad} och en snabbare introduktion i det svenska språket.",
             "Vara en välkänd och etablerad verksamhet i {stad} som fungerar som en neutral och naturlig mötesplats för alla som bor och verkar i {kommun}.",
             "Skapa långvariga samarbeten med andra aktörer som arbetar inom integrationsområdet.",
             "Bygga relationer och kontaktnät",
             "Få ett kunskaps- och erfarenhetsutbyte",
             "Känna tillhörighet med varandra och samhället",
             "Få ökade kunskaper i det svenska språket"],
        measures=[("matchade språkvänner", "par", 20, 150, False,
                   "Antal matchade språkvänner per år",
                   "Minst {v} språkvänspar matchas per år."),
                  ("deltagare", "deltagare", 40, 400, True,
                   "Antal deltagare per år",
                   "Minst {v} deltagare per år deltar i verksamhetens aktiviteter."),
                  ("aktiviteter", "tillfällen", 20, 150, False,
                   "Antal aktiviteter per år",
                   "Minst {v} gemensamma aktiviteter genomförs per år."),
                  ("matchade kompispar", "par", 15, 80, False,
                   "Antal matchade kompispar",
                   "Sammanlagt matchas minst {v} kompispar per år. Kompisrelationerna har en varaktighet om minst 6 månader.")],
        other=[("anmälda nyanlända", "st", True),
               ("anmälda etablerade", "st", True),
               ("aktiva språkvänspar", "st", False),
               ("volontärtimmar", "timmar", False)],
        budget=["Ersättning för projektledare", "Matchningsansvarig",
                "Språkcaféer", "Aktiviteter för språkvänner", "Volontärarbete",
                "Marknadsföring", "Lokaler", "Verksamhetsaktiviteter",
                "Guidade turer", "Studiebesök"],
        extra=["För att komma in i det svenska samhället, ha möjlighet att få ett jobb och delta i samhällslivet, är en viktig nyckel att behärska det svenska språket.",
               "Personer som kommer till Sverige från andra länder behöver lära sig svenska och skaffa sig en uppfattning om hur det svenska samhället fungerar.",
               "Som ny i Sverige önskar många få en etablerad vänskapsrelation för att snabbare kunna ta till sig och komma in i samhället.",
               "Personer som redan är etablerade i Sverige söker i sin tur möjligheter att umgås med människor med en annan bakgrund och kultur men upplever sig ha svårt att hitta arenor för detta.",
               "I {stad} bor invånare som en gång lämnat sina tidigare nätverk av familj, vänner och arbetskontakter och startat om sitt liv i Sverige utan naturliga ingångar till det nya samhället.",
               "Kompisrelationerna möjliggör ett ömsesidigt utbyte som vidgar perspektiv, minskar språkbarriärer och bryter fördomar.",
               "Vänskapsrelationen är ömsesidig och är till för att ge ökad förståelse och kunskap.",
               "Språkträningen är en viktig del av etableringen och blir i vänskapsrelationen ett naturligt inslag."],
    ),
    "kvinnor": dict(
        kinds=["arbete", "social"],
        efforts=["Inkludering på lika villkor", "Må bra i {stad}",
                 "Kvinnor i gemenskap", "Hälsa och språk för kvinnor",
                 "Mötesplats för kvinnor i {stadsdel}"],
        orgs=[("Internationella Kvinnoföreningen {stad}", "IKF"),
              ("Föreningen Kvinnor för kvinnor", ""),
              ("Kvinnors nätverk {stad}", ""),
              ("Föreningen Mötesplats {stadsdel}", "")],
        mg=["utomeuropeiskt födda kvinnor, boende i {stad}, som befinner sig i en självupplevd isolering",
            "kvinnor som står långt från arbetsmarknaden och löper risk att fastna i ett långvarigt biståndsbehov",
            "kvinnor i {stadsdel} som saknar ett socialt sammanhang utanför hemmet"],
        mg_kort=["kvinnorna", "deltagarna", "målgruppen", "kvinnor i målgruppen"],
        mg2=["alla kvinnor i {stad} samt övriga familjemedlemmar, både män och barn",
             "deltagarnas familjer"],
        tg=[[("primary", "utomeuropeiskt födda kvinnor i {stad} i självupplevd isolering"),
             ("secondary", "alla kvinnor i {stad} samt övriga familjemedlemmar")],
            [("primary", "kvinnor som står långt från arbetsmarknaden")]],
        medel=["ett holistiskt hälsoperspektiv", "gruppverksamhet och individuellt stöd",
               "en trygg mötesplats förbehållen kvinnor"],
        effekt=["ökat självförtroende och kunskap om det svenska samhället",
                "delaktighet i samhället och på arbetsmarknaden",
                "bättre hälsa och ett större socialt nätverk",
                "inkludering i samhället på lika villkor"],
        behov=["en självupplevd isolering", "psykisk ohälsa",
               "brister i svenska språket", "strukturella hinder"],
        omrade="det sociala området",
        akt=["Må bra-grupper", "promenader i naturen",
             "utflykter till närliggande utflyktsmål", "lättare träningspass",
             "gruppsamtal", "samhällsorientering på lätt svenska",
             "individuella motiverande samtal",
             "föräldraträffar med familjepedagog", "syföreningen"],
        mal=["Stötta kvinnor till att uppleva sig mer integrerade i {stad} och Sverige.",
             "Stärka deltagarnas självförtroende och kunskap om det svenska samhället.",
             "Erbjuda en meningsfull aktivitet utanför hemmet som förebygger utanförskap och psykosocial ohälsa.",
             "Främja delaktighet i samhället och på arbetsmarknaden."],
        measures=[("deltagare", "deltagare", 30, 120, True,
                   "Antal deltagare per år",
                   "Parterna åtar sig att tillsammans verka för att minst {v} deltagare per år bereds plats i verksamheten."),
                  ("genomförda Må bra-grupper", "tillfällen", 20, 60, False,
                   "Antal genomförda Må bra-gruppträffar",
                   "Minst {v} Må bra-gruppträffar genomförs per år."),
                  ("individuella samtal", "samtal", 50, 400, False,
                   "Antal individuella motiverande samtal",
                   "Minst {v} individuella motiverande samtal genomförs per år.")],
        other=[("anvisade deltagare", "deltagare", True),
               ("deltagare som gått vidare till arbete eller studier", "deltagare", True)],
        budget=["Handledning", "Administration/ekonomi",
                "Individuella motiverande samtal/familjepedagog",
                "Administration/samordning", "Lokalkostnader",
                "Kursledare Må bra-grupper", "Utflykter", "Friskvård",
                "Barnpassning"],
        extra=["IKF:s lokaler ligger i en inkluderande miljö och erbjuder ett offentligt rum förbehållet för kvinnor att möta andra kvinnor.",
               "Kvinnorna finner en social trygghet i att umgås och delta i aktiviteter med andra kvinnor, arrangerade av kvinnor.",
               "Målgruppen för verksamheten finns framför allt i områden i {stad} med socioekonomiska utmaningar.",
               "Det tillsammans med andra begränsningar, som brister i svenska språket, gör att målgruppen i stor utsträckning känner av ett utanförskap.",
               "Varje vecka arrangeras Må bra-grupper, där kvinnorna under handledning lär sig svenska, samhällsorientering och mer om hälsa."],
    ),
    "arbete": dict(
        kinds=["arbete"],
        efforts=["Steget vidare", "Arbetsträning i second hand",
                 "Vägen till arbete", "Jobbspåret {stadsdel}",
                 "Praktik med stöd"],
        orgs=[("Erikshjälpen Second Hand {stad}", ""), ("Emmaus {stad}", ""),
              ("Hela Människan {stad}", ""),
              ("{gen} Stadsmission", "Stadsmissionen"),
              ("Föreningen Arbetsgemenskapen", ""),
              ("Kooperativet Växtkraft", "Växtkraft")],
        mg=["personer som står långt från arbetsmarknaden och uppbär ekonomiskt bistånd",
            "unga vuxna 18–29 år utan sysselsättning i {kommun}",
            "långtidsarbetslösa kvinnor och män i {kommun}"],
        mg_kort=["deltagarna", "målgruppen", "de som står långt från arbetsmarknaden"],
        mg2=["arbetsgivare i {stad} som behöver rekrytera",
             "deltagarnas familjer"],
        tg=[[("primary", "personer som står långt från arbetsmarknaden")],
            [("primary", "unga vuxna 18–29 år utan sysselsättning"),
             ("secondary", "arbetsgivare i {stad}")]],
        medel=["arbetsträning i en verklig arbetsmiljö", "individuellt stöd och handledning",
               "praktik och kortare utbildningar"],
        effekt=["egen försörjning genom arbete eller studier",
                "en stärkt ställning på arbetsmarknaden",
                "ökad anställningsbarhet och en meningsfull vardag"],
        behov=["långvarigt biståndsbehov", "brist på arbetslivserfarenhet",
               "ofullständiga gymnasiebetyg"],
        omrade="arbetsmarknadsområdet",
        akt=["arbetsträning i butik", "praktik i caféverksamhet",
             "studie- och yrkesvägledning", "jobbsökaraktiviteter",
             "individuellt stöd av handledare", "friskvårdsaktiviteter",
             "kortare utbildningar", "sortering av skänkta varor"],
        mal=["Deltagarna ska närma sig arbetsmarknaden och på sikt nå egen försörjning.",
             "Erbjuda arbetsträning i en verklig arbetsmiljö med stöd av handledare.",
             "Minska behovet av ekonomiskt bistånd i målgruppen.",
             "Stärka deltagarnas självkänsla och tro på den egna förmågan."],
        measures=[("deltagare i arbetsträning", "deltagare", 15, 80, True,
                   "Antal deltagare i arbetsträning per år",
                   "Minst {v} personer per år deltar i arbetsträning."),
                  ("deltagare som gått vidare till arbete eller studier",
                   "deltagare", 5, 40, True,
                   "Antal deltagare som gått vidare till arbete eller studier",
                   "Minst {v} deltagare per år går vidare till arbete eller studier."),
                  ("praktikplatser", "platser", 5, 30, False,
                   "Antal praktikplatser",
                   "Verksamheten erbjuder minst {v} praktikplatser per år.")],
        other=[("avbrutna insatser", "deltagare", True),
               ("handledartimmar", "timmar", False)],
        budget=["Handledare arbetsträning", "Arbetsledare butik",
                "Studie- och yrkesvägledning", "Lokalhyra butik",
                "Arbetskläder och skyddsutrustning", "Transporter",
                "Administration", "Lönekostnad handledare"],
        extra=["Att en individ är etablerad innebär att denne har sysselsättning och förutsättningar att kunna försörja sig själv samt ha en egen bostad.",
               "Detta leder i längden till lägre kostnader för ekonomiskt bistånd.",
               "Arbetsträningen sker i en verklig arbetsmiljö där deltagarna får ansvar för uppgifter i butik, lager och café.",
               "Många i målgruppen har varit utan arbete under lång tid och behöver stöd för att hitta tillbaka till en fungerande vardag."],
    ),
    "utsatta": dict(
        kinds=["social"],
        efforts=["Uppsökande verksamhet", "Migrationsmottagningen",
                 "Öppen verksamhet för människor i utsatthet", "Natthärbärget",
                 "Vägledning och stöd"],
        orgs=[("{gen} Stadsmission", "Stadsmissionen"),
              ("{gen} Domkyrkopastorat", ""), ("Svenska kyrkan i {stad}", ""),
              ("Hela Människan {stad}", ""),
              ("Frälsningsarmén {stad}", "Frälsningsarmén")],
        mg=["människor som lever i en socialt och ekonomiskt utsatt situation i {stad}, men inte söker kontakt med samhällets stödfunktioner",
            "människor som vistas tillfälligt i Sverige och lever i ekonomisk utsatthet",
            "personer i hemlöshet eller med beroendeproblematik i {kommun}"],
        mg_kort=["målgruppen", "människor i utsatthet", "besökarna"],
        mg2=["människor som behöver information och kunskap om skyldigheter och rättigheter",
             "människor som lever i eller riskerar att hamna i utanförskap och segregering"],
        tg=[[("primary", "människor i en socialt och ekonomiskt utsatt situation i {stad}"),
             ("primary", "människor som riskerar att hamna i utanförskap och segregering")],
            [("primary", "personer i hemlöshet eller med beroendeproblematik")]],
        medel=["uppsökande verksamhet och rådgivning", "öppna mötesplatser",
               "en nära samverkan mellan kommun och idéburna organisationer"],
        effekt=["en socialt hållbar och sammanhållen kommun",
                "att målgruppen nås, ses och uppmärksammas tidigt",
                "ökad kunskap om målgruppens levnadsvillkor"],
        behov=["hemlöshet", "beroendeproblematik", "våldsutsatthet",
               "fattigdom", "ensamhet"],
        omrade="det sociala området",
        akt=["uppsökande verksamhet", "kläutdelning",
             "juridisk rådgivning i migrationsfrågor", "öppen mottagning",
             "samhällsinformation och rådgivning",
             "lotsning till befintliga öppna verksamheter", "matutdelning"],
        mal=["Möta målgruppen med korrekt information och ett inkluderande bemötande utifrån värdegrunden enligt FNs konvention om mänskliga rättigheter.",
             "Nå kunskap om levnadsförhållanden och behov för målgruppen.",
             "Vara en alternativ och möjlig kontaktväg för personer som inte söker samhällets stöd och hjälp på traditionellt sätt.",
             "Ge målgruppen korrekt information och vägledning.",
             "Lotsa målgruppen vidare till befintliga öppna verksamheter."],
        measures=[("besök i öppen verksamhet", "besök", 500, 3000, True,
                   "Antal besök i den öppna verksamheten",
                   "Den öppna verksamheten tar emot minst {v} besök per år."),
                  ("rådgivningssamtal", "samtal", 100, 600, False,
                   "Antal rådgivningssamtal",
                   "Minst {v} rådgivningssamtal genomförs per år."),
                  ("uppsökande kontakter", "kontakter", 200, 1500, True,
                   "Antal uppsökande kontakter",
                   "Den uppsökande verksamheten når minst {v} kontakter per år.")],
        other=[("utdelade matkassar", "st", False),
               ("lotsningar till kommunens stödfunktioner", "st", False)],
        budget=["Uppsökande verksamhet", "Migrationsmottagningen",
                "Volontärkostnader", "Kläutdelning", "Fältarbetare", "Jurist",
                "Personalkostnader", "Lokaler"],
        extra=["Parterna bidrar gemensamt till att synliggöra den situation som dessa människor lever i och att lindra akut nöd i form av mat och rena kläder.",
               "Enligt socialtjänstlagen hör till kommunens uppgifter bland annat att göra sig väl förtrogen med levnadsförhållandena i kommunen.",
               "{org} möter människor som behöver stöd och hjälp i sin hemlöshet, beroendeproblematik, våldsutsatthet, psykiska ohälsa, arbetslöshet, isolering, ensamhet eller fattigdom.",
               "Aktiviteter inom överenskommelsen får inte bidra till eller underlätta för personer utan vistelserätt att kvarvara i Sverige.",
               "För barn under 18 år som kommer i kontakt med verksamheten gäller barnkonventionen."],
    ),
    "vald": dict(
        kinds=["social"],
        efforts=["Stöd till våldsutsatta", "Jourverksamhet",
                 "Tjejjour i {stad}", "Trygg hemma"],
        orgs=[("Kvinnojouren i {stad}", "Kvinnojouren"),
              ("Tjejjouren {stad}", "Tjejjouren"),
              ("Brottsofferjouren {stad}", "Brottsofferjouren")],
        mg=["kvinnor och barn som utsatts för våld i nära relationer",
            "unga som utsatts för eller riskerar att utsättas för våld",
            "personer utsatta för hedersrelaterat våld och förtryck"],
        mg_kort=["de stödsökande", "målgruppen", "våldsutsatta"],
        mg2=["anhöriga och närstående till våldsutsatta",
             "yrkesverksamma som möter våldsutsatta"],
        tg=[[("primary", "kvinnor och barn som utsatts för våld i nära relationer"),
             ("secondary", "anhöriga och närstående")],
            [("primary", "unga som utsatts för våld")]],
        medel=["stödsamtal och jourverksamhet", "förebyggande arbete i skolor",
               "medföljning och praktiskt stöd"],
        effekt=["ett liv fritt från våld", "ökad trygghet för våldsutsatta",
                "att fler våldsutsatta får stöd tidigt"],
        behov=["våld i nära relationer", "hedersrelaterat våld", "otrygghet"],
        omrade="arbetet mot våld i nära relationer",
        akt=["stödsamtal", "jourtelefon", "chattjour", "stödgrupper",
             "medföljning till myndigheter", "föreläsningar i skolor"],
        mal=["Fler våldsutsatta ska få stöd i ett tidigt skede.",
             "Öka kunskapen om våld i nära relationer bland unga.",
             "Stärka samverkan mellan socialtjänsten och jourverksamheten."],
        measures=[("stödsamtal", "samtal", 150, 900, False,
                   "Antal stödsamtal", "Minst {v} stödsamtal genomförs per år."),
                  ("stödsökande", "personer", 40, 300, True,
                   "Antal stödsökande",
                   "Verksamheten ger stöd till minst {v} personer per år."),
                  ("föreläsningar i skolor", "tillfällen", 5, 40, False,
                   "Antal föreläsningar i skolor",
                   "Minst {v} föreläsningar hålls i skolor per år.")],
        other=[("samtal till jourtelefonen", "samtal", False),
               ("aktiva jourvolontärer", "personer", False)],
        budget=["Jourtelefon", "Stödsamtal", "Samordnare",
                "Utbildning av jourvolontärer", "Handledning av volontärer",
                "Lokal och säkerhet", "Chattjour"],
        extra=["Vid misstanke om att barn far illa eller då brott begåtts ska detta hanteras enligt aktuella handlingsplaner och rutiner.",
               "Jourverksamheten bygger på ideella krafter som genomgått en grundutbildning och får regelbunden handledning.",
               "Många våldsutsatta söker inte stöd hos myndigheter men vänder sig gärna till en ideell jour."],
    ),
    "aldre": dict(
        kinds=["social"],
        efforts=["Träffpunkt {stadsdel}", "Väntjänst i {stad}",
                 "Bryt ensamheten", "Seniorernas mötesplats"],
        orgs=[("SPF Seniorerna {stad}", "SPF"), ("PRO {stad}", "PRO"),
              ("Väntjänsten {stad}", ""),
              ("Röda Korset {stad}-krets", "Röda Korset"),
              ("Svenska kyrkan i {stad}", "")],
        mg=["äldre personer i {kommun} som upplever ofrivillig ensamhet",
            "äldre som bor hemma och har ett begränsat socialt nätverk"],
        mg_kort=["de äldre", "besökarna", "målgruppen"],
        mg2=["anhöriga till äldre", "volontärer som vill engagera sig"],
        tg=[[("primary", "äldre som upplever ofrivillig ensamhet")],
            [("primary", "äldre som bor hemma"), ("secondary", "anhöriga")]],
        medel=["besöksverksamhet och öppna träffar", "en trygg mötesplats",
               "ideellt engagemang"],
        effekt=["minskad ofrivillig ensamhet", "bättre psykisk hälsa hos äldre",
                "ökad gemenskap och delaktighet"],
        behov=["ofrivillig ensamhet", "isolering", "psykisk ohälsa"],
        omrade="äldreomsorgen",
        akt=["besöksverksamhet", "promenadgrupper", "sittgympa", "caféträffar",
             "digital vardag med surfplatta", "sång och musik", "utflykter"],
        mal=["Minska den ofrivilliga ensamheten bland äldre i {kommun}.",
             "Erbjuda en trygg mötesplats med aktiviteter varje vecka.",
             "Ta tillvara på människors engagemang och välvilja."],
        measures=[("besökare", "besökare", 300, 3000, True,
                   "Antal besökare", "Träffpunkten tar emot minst {v} besökare per år."),
                  ("aktiva volontärer", "volontärer", 15, 80, True,
                   "Antal aktiva volontärer",
                   "Verksamheten har minst {v} aktiva volontärer."),
                  ("träffar", "tillfällen", 40, 200, False,
                   "Antal träffar", "Minst {v} träffar genomförs per år.")],
        other=[("besök i hemmet", "besök", False),
               ("nya deltagare", "personer", True)],
        budget=["Samordnare", "Caféträffar", "Sittgympa", "Utflykter",
                "Volontärarbete", "Material", "Lokalhyra träffpunkt"],
        extra=["Den ofrivilliga ensamheten bland äldre har ökat, och många saknar någon att tala med under veckan.",
               "Volontärerna besöker äldre i hemmet och följer med på promenader och ärenden.",
               "Träffpunkten är öppen för alla äldre oavsett bakgrund och behov av stöd."],
    ),
    "laxhjalp": dict(
        kinds=["kultur", "social"],
        efforts=["Läxhjälp i {stadsdel}", "Läxhjälp för alla",
                 "Sommarlovsaktiviteter", "Nattvandring i {stadsdel}",
                 "Fritid för alla"],
        orgs=[("Föreningen Läxhjälp", ""), ("Rädda Barnen {stad}", "Rädda Barnen"),
              ("KFUM {stad}", "KFUM"), ("Nattvandrarna {stad}", "Nattvandrarna"),
              ("Scouterna i {stad}", "Scouterna"), ("Unga Örnar {stad}", "Unga Örnar")],
        mg=["barn och unga 10–18 år i {stadsdel} och angränsande stadsdelar",
            "elever i årskurs 4–9 som behöver stöd i skolarbetet",
            "barn och unga som saknar en meningsfull fritid"],
        mg_kort=["barnen och ungdomarna", "eleverna", "målgruppen", "de unga"],
        mg2=["föräldrar och vårdnadshavare", "skolor i närområdet"],
        tg=[[("primary", "barn och unga 10–18 år"),
             ("secondary", "föräldrar och vårdnadshavare")],
            [("primary", "elever i årskurs 4–9")]],
        medel=["kostnadsfri läxhjälp och meningsfull fritid",
               "vuxna förebilder och trygga mötesplatser",
               "ideella läxhjälpare"],
        effekt=["bättre skolresultat och fullföljda studier",
                "en trygg och meningsfull fritid",
                "ökad trygghet i stadsdelen"],
        behov=["bristande stöd i skolarbetet", "trångboddhet",
               "otrygghet i närmiljön"],
        omrade="barn- och ungdomsområdet",
        akt=["läxhjälp två kvällar i veckan", "sommarlovsaktiviteter",
             "nattvandring", "spelkvällar", "studiestöd inför nationella prov",
             "föräldraträffar", "utflykter"],
        mal=["Fler elever ska nå behörighet till gymnasieskolan.",
             "Barn och unga ska ha tillgång till en trygg och meningsfull fritid.",
             "Stärka samverkan mellan skola, fritid och civilsamhälle."],
        measures=[("deltagande barn och unga", "deltagare", 40, 300, True,
                   "Antal deltagande barn och unga",
                   "Minst {v} barn och unga deltar i verksamheten per år."),
                  ("läxhjälpstillfällen", "tillfällen", 40, 120, False,
                   "Antal läxhjälpstillfällen",
                   "Läxhjälp erbjuds vid minst {v} tillfällen per år."),
                  ("aktiva volontärer", "volontärer", 10, 60, True,
                   "Antal aktiva volontärer",
                   "Verksamheten har minst {v} aktiva läxhjälpare.")],
        other=[("nattvandringar", "tillfällen", False),
               ("föräldrar som deltagit", "personer", True)],
        budget=["Samordnare läxhjälp", "Läxhjälpare", "Fika", "Lokalhyra",
                "Utbildning av volontärer", "Material", "Sommarlovsaktiviteter"],
        extra=["Läxhjälpen är kostnadsfri och öppen för alla elever i stadsdelen.",
               "Många elever saknar en lugn plats att göra läxor på hemma.",
               "De ideella läxhjälparna är ofta studenter som själva vuxit upp i området och blir viktiga förebilder."],
    ),
    "idrott": dict(
        kinds=["kultur"],
        efforts=["Idrott för alla", "Fotboll i {stadsdel}",
                 "Spontanidrott i {stadsdel}", "Rörelse och gemenskap",
                 "Sommarfotboll"],
        orgs=[("IFK {stad}", "IFK"), ("{stadsdel} IF", ""),
              ("{gen} Basketklubb", ""), ("Boxningsklubben {stad}", ""),
              ("Föreningen Aktiv Fritid", "")],
        mg=["barn och unga 7–19 år i {stadsdel}",
            "flickor och unga kvinnor som inte deltar i organiserad idrott",
            "nyanlända barn och unga i {kommun}"],
        mg_kort=["barnen och ungdomarna", "deltagarna", "de unga"],
        mg2=["föräldrar och vårdnadshavare", "unga ledare i föreningen"],
        tg=[[("primary", "barn och unga 7–19 år"),
             ("secondary", "föräldrar och vårdnadshavare")],
            [("primary", "flickor som inte deltar i organiserad idrott")]],
        medel=["öppna och kostnadsfria träningar", "idrott som mötesplats",
               "unga ledare som förebilder"],
        effekt=["fysisk aktivitet och gemenskap", "en meningsfull fritid",
                "att fler barn och unga blir medlemmar i en förening"],
        behov=["låg fysisk aktivitet", "brist på meningsfull fritid",
               "höga avgifter i föreningslivet"],
        omrade="idrottsområdet",
        akt=["öppna träningar", "spontanidrott på helger", "fotbollsskola",
             "tjejträningar", "ledarutbildning för unga", "sommarläger",
             "turneringar"],
        mal=["Fler barn och unga ska vara fysiskt aktiva.",
             "Idrotten ska vara öppen för alla oavsett bakgrund och ekonomi.",
             "Fler flickor ska delta i föreningsidrott."],
        measures=[("deltagare", "deltagare", 60, 500, True,
                   "Antal deltagare",
                   "Minst {v} barn och unga deltar i aktiviteterna per år."),
                  ("träningstillfällen", "tillfällen", 50, 250, False,
                   "Antal träningstillfällen",
                   "Minst {v} öppna träningstillfällen genomförs per år."),
                  ("unga ledare", "ledare", 5, 40, True,
                   "Antal utbildade unga ledare",
                   "Minst {v} unga ledare utbildas per år.")],
        other=[("turneringar", "st", False), ("nya medlemmar", "personer", True)],
        budget=["Tränare och ledare", "Hallhyra", "Utrustning",
                "Ledarutbildning", "Sommarläger", "Resor till matcher",
                "Administration"],
        extra=["Idrotten är en av de viktigaste mötesplatserna för barn och unga med olika bakgrund.",
               "Träningarna är kostnadsfria och kräver ingen egen utrustning.",
               "Föreningen har en lång tradition av att arbeta med unga ledare från de egna leden."],
    ),
}

THEMES_BY_KIND = {}
for _name in sorted(THEMES):
    for _kind in THEMES[_name]["kinds"]:
        THEMES_BY_KIND.setdefault(_kind, []).append(_name)

GENERIC_BUDGET = ["Lönekostnad projektledare", "Ersättning för samordnare",
                  "Lokalhyra", "Omkostnader", "OH-kostnader", "Marknadsföring",
                  "Verksamhetsaktiviteter", "Volontärarbete", "Resor",
                  "Utbildningar", "Material", "Försäkringar", "Telefoni och IT",
                  "Revision", "Fika och förtäring", "Kompetensutveckling",
                  "Tolkkostnader", "Trycksaker", "Administration", "Städning",
                  "Styrelsearbete", "Bokföring och lönehantering"]

# ---------------------------------------------------------------------------
# sentences: the seeds' phrases, with alternatives [a|b] and slots {x}

P_BAKGRUND = compile_pool([
    "Behovet av [en gemensam mötesplats|stöd i vardagen|meningsfulla aktiviteter] finns hos {mg_kort} i {stad}, [inte minst|särskilt] i [områden med socioekonomiska utmaningar|stadsdelar som {stadsdel}|{stadsdelar}].",
    "{org} är en etablerad aktör med [flerårig|lång|mångårig] erfarenhet av att arbeta med målgruppen.",
    "Inom {short} finns [det etablerade verksamheter som är aktiva i nära relation med målgruppen|kunskap om {kompetens}|ett stort antal erfarna volontärer med erfarenhet av att vara stödpersoner], vilket leder till att målgruppen visar särskilt förtroende för verksamheten.",
    "Genom det här partnerskapet skapas möjligheter för kommunen att tillsammans med {short} skapa mervärden för en målgrupp som annars är svår att nå[ och inkludera i samhället på lika villkor|].",
    "När en offentlig instans och en idéburen organisation ingår ett idéburet offentligt partnerskap (IOP) stärks samspelet mellan den offentliga och idéburna sektorn.",
    "Detta stärker demokratin och delaktigheten ökar.",
    "Civilsamhället i {stad} har under de senaste åren genomfört [väldigt många|ett stort antal|flera] aktiviteter och projekt inom {omrade}.",
    "{forv} strävar efter att erbjuda [varje individ|de personer] som [beviljas ekonomiskt bistånd|står långt från arbetsmarknaden|har behov av stöd] en meningsfull aktivitet utanför hemmet för att förebygga och motverka utanförskap och psykosocial ohälsa.",
    "{org} har sedan {since} bedrivit verksamhet i {stad}[, först som projekt och sedan som en del av den ordinarie verksamheten| med stöd av ideella krafter|].",
    "Det bedöms därför vara mer effektivt om denna verksamhet inte sköts i offentlig regi och att {short} [med sitt renommé|med sin lokala förankring|med sitt breda kontaktnät] ses som en bra samarbetspart och genomförare.",
    "Beroende på varifrån man kommer kan förtroendet för det offentliga vara lågt eller till och med förknippat med rädsla.",
    "{mg_kort} riskerar att [drabbas av, eller befinna sig i, psykisk ohälsa|fastna i ett långvarigt biståndsbehov|hamna i ett varaktigt utanförskap] om inte stöd ges i ett tidigt skede.",
    "Insatsen {effort} skapar [en neutral mötesplattform|en trygg mötesplats|en arena för möten] som gör [de mellanmänskliga mötena|mötena mellan människor] enkla och förutsättningslösa.",
    "Här finns förutsättningar för [erfarenhetsutbyte|gemenskap|lärande], [språkträning|delaktighet|ökad självkänsla] och en ökad [multikulturell förståelse|tillit till samhället|trygghet].",
    "Kommunstyrelsen beslutade {kdate}, § {par} att [medel|ett särskilt anslag] förs över till {namnd} för att finansiera idéburet offentligt partnerskap [mellan kommunen och förening|med idéburna organisationer] för att [öka integration och inkludering|motverka utanförskap|stärka invånarnas delaktighet].",
    "{org} möter i sin verksamhet många människor som upplever {behov} och som av olika skäl inte får det stöd de behöver.",
    "Det tillsammans med andra begränsningar, som {behov}, gör att målgruppen i stor utsträckning känner av ett utanförskap och en exkludering från samhället.",
    "Verksamheten arbetar aktivt för att göra {kommun} till en mer socialt hållbar kommun att leva, bo och verka i.",
    "[Erfarenheterna|Lärdomarna] från tidigare år visar att [insatsen når personer som kommunen annars har svårt att nå|ideella krafter kan göra stor skillnad för målgruppen|behovet är fortsatt stort].",
    "{org} [har idag|samlar idag] ca {nvol} [volontärer|medlemmar och volontärer] som [engagerar sig|är aktiva] inom [olika områden|föreningens verksamheter].",
    "Utöver den särskilda samhällsutmaning som överenskommelsen avser är det ett utvecklande av en form av samarbete mellan ideell sektor och {forv}.",
    "Effekterna av partnerskapet förstärks genom att parterna samverkar för att ge förutsättningar för [självförtroende och delaktighet|egen försörjning|en meningsfull vardag] i individens egen process.",
])

P_SYFTE = compile_pool([
    "Syftet med [verksamheten|överenskommelsen|partnerskapet] är att genom {medel} bidra till {effekt}.",
    "Partnerskapet syftar till att gemensamt stötta {mg_kort} till att [uppleva sig mer delaktiga i {stad}|stärka sin ställning i samhället|bryta sin isolering] genom [ökat självförtroende|ökad kunskap om det svenska samhället|nya sociala kontakter].",
    "Syftet med överenskommelsen är att skapa ett långsiktigt hållbart {stad} genom att stärka samspelet mellan den offentliga och idéburna sektorn för att tillsammans skapa goda förutsättningar för målgruppens inkludering i samhället.",
    "Verksamheten syftar till att ta tillvara på människors engagemang och välvilja och visa på de effekter som [vänskapsrelationer|gemenskap|ideellt engagemang] för med sig.",
    "Detta sker med hjälp av ett holistiskt perspektiv, där hela livssituationen beaktas.",
    "Verksamheten syftar [också|vidare] till att [uppmuntra till möten över kulturgränser|ge {mg_kort} en väg in i samhället|stärka de sociala nätverken] och samtidigt bidra till {effekt}.",
    "[Målet|Syftet] är att gemensamt verka för ett mer inkluderande {stad} genom mellanmänskliga möten.",
    "Insatsen ska vara ett komplement till kommunens ordinarie verksamheter och bygga på frivillighet och delaktighet.",
    "Genom {medel} ges {mg_kort} möjlighet att [växa till sin fulla potential|påverka sin egen livssituation|ta steg mot {effekt}].",
])

P_SYFTE_FIRST = P_SYFTE[:3]
P_SYFTE_REST = P_SYFTE[3:]

SYFTE_LEAD = compile_pool([
    "Överenskommelsens övergripande syfte är att genom nära samverkan mellan kommun och idéburna organisationer:",
    "Partnerskapet ska:",
    "Syftet är att parterna tillsammans ska:",
])
SYFTE_ITEMS = compile_pool([
    "Skapa en plattform för samverkan och kunskapsbyggande på en operativ och strategisk nivå för frågor som ska bidra till en socialt hållbar kommun.",
    "Nå en ökad kunskap om den målgrupp som organisationerna möter, vilket bedöms leda till ökade insikter och klokare användning av såväl organisationernas som kommunens resurser.",
    "Informera målgruppen om [deras|sina] rättigheter och möjligheter att ta del av samlade insatser inom olika öppna verksamheter.",
    "Nå en ökad kunskap om utsatta personer och grupper som leder till att målgruppen nås, ses och uppmärksammas tidigt.",
    "Erbjuda {mg_kort} {akt} och andra aktiviteter som bidrar till {effekt}.",
    "Ta tillvara på det ideella engagemanget i {stad}.",
])

P_MALGRUPP = compile_pool([
    "Den [primära|huvudsakliga] målgruppen [för överenskommelsen|för verksamheten] är {mg}.",
    "Sekundär målgrupp för denna överenskommelse är {mg2}.",
    "Målgruppen befinner sig i riskzonen att hamna i ett varaktigt utanförskap och bör därför erbjudas en meningsfull aktivitet utanför hemmet[, som även kan verka som ett försteg innan kommunens övriga insatser tar vid|].",
    "Verksamheten är öppen för deltagande för alla människor oavsett religion, etnicitet, sexualitet, funktionsvariation och ålder.",
    "Deltagarna har en bredd i fråga om kultur, ålder och utbildningsnivå bland de personer som anmäler sig.",
    "För att nå största möjliga effekt strävar verksamheten efter en jämn tillströmning av [deltagare från målgrupperna|män respektive kvinnor|deltagare från olika stadsdelar].",
    "Att ta alla steg som behövs för att [nå en bättre hälsa|hitta en ingång på arbetsmarknaden|bryta isoleringen] kan upplevas stort och stundvis omöjligt att göra på egen hand.",
    "Partnerskapet och de gemensamma insatserna är av stor vikt för att stötta deltagarna i processen att återfå tron på den egna förmågan.",
    "Verksamheten antas ha positiva effekter för [båda grupperna|hela målgruppen|deltagarnas familjer].",
    "Målgruppen finns framför allt i {stadsdelar}, men verksamheten är öppen för alla som bor i {kommun}.",
    "För att delta i verksamheten måste man dela [verksamhetens|föreningens] värderingar.",
])

P_VARDEGRUND = compile_pool([
    "Partnerskapet ska bygga på [respekt inför varandras olika förutsättningar|respekt för varandras olika roller och förutsättningar], öppenhet och dialog som karaktäriseras av ömsesidig tillit, lyhördhet och förståelse.",
    "Även långsiktighet, transparens och acceptans för kritik är centrala i [värdegrunden som denna överenskommelse vilar på|partnerskapet].",
    "Vidare bygger överenskommelsen på varsam och respektfull hantering av de offentliga medel som möjliggör verksamheten.",
    "Genom samarbete och samverkan mellan kommunen och civilsamhället kan parterna tillsammans uppnå resultat som ger större effekt än om parterna verkar var och en för sig.",
    "Partnerskapet ska bygga på den överenskommelse som finns mellan den idéburna sektorn och {kommun}, vilken omfattar principerna om integritet, dialog, långsiktighet, öppenhet och mångfald.",
    "Samverkande aktörer behöver ha en samsyn kring arbetsmetoder och förhållningssätt.",
    "Den gemensamma värdegrunden tar sig uttryck i hur vi bemöter [utsatta människor|deltagarna|målgruppen].",
    "Värdegrunden från Överenskommelsen går igen i denna IOP-överenskommelse där {kommun} och {short} gemensamt tar sig an en samhällsfråga.",
    "Samarbetet mellan de samverkande aktörerna ska kännetecknas av öppenhet och gemensamt lärande och strävan efter ett öppet, flexibelt och prestigelöst förhållningssätt.",
])
VARDEGRUND_LEAD = compile_pool([
    "Parternas gemensamma värdegrund kännetecknas av:",
    "Den gemensamma värdegrunden mellan parterna i detta avtal tar sig uttryck i följande principer, som skall verka vägledande för verksamheten inom ramarna för partnerskapet:",
    "Den gemensamma värdegrund som varje medverkande aktör förväntas dela och bära utgår från:",
    "{short_gen} verksamhet vilar på följande grundprinciper:",
])
VARDEGRUND_ITEMS = compile_pool([
    "Alla människor, både män och kvinnor, unga som gamla, har lika värde. Varje människa är unik, kan utvecklas och har rätt att påverka sin livssituation.",
    "Tillsammans skapar vi förutsättningar för att människor ska kunna växa till sin fulla potential och uppleva [ökat självförtroende|ökad delaktighet].",
    "Fler ska ha möjlighet att bryta [sitt utanförskap och sin isolering|ett ofrivilligt utanförskap] som grundar sig i socioekonomiska och sociodemografiska orsaker.",
    "Alla människor i {kommun} ska ha samma förutsättningar och möjligheter till inkludering[ i olika sociala sammanhang, på sina egna villkor|].",
    "Vi bryter tillsammans stereotypa uppfattningar om [kulturgrundande könsuppdelningar|kön och härkomst] och arbetar aktivt för ett mer jämställt samhälle.",
    "Vi arbetar aktivt för att ge målgruppen möjligheter att bryta ett ofrivilligt utanförskap och känna sig vara en del av en större, samhällelig gemenskap.",
    "Tillsammans skapar vi mötesplatser mellan människor av olika bakgrund i syfte att främja en god integration och motverka utanförskap genom kunskap och social samverkan.",
    "FNs konvention om mänskliga rättigheter.",
    "Barnkonventionen.",
    "<strong>Frivillighet:</strong> Verksamheten bygger på frivilligt deltagande och villkoras inte på något sätt till försörjning eller del av insats hos myndighet.",
    "<strong>Ömsesidighet:</strong> Verksamheten ser värdet i att [båda grupper|alla deltagare] möts på jämlika villkor i en ömsesidig vilja att lära känna varandra.",
    "<strong>Individfokus:</strong> verksamheten fokuserar på arbete på individnivå, genom mötet mellan människor.",
    "<strong>Kontinuitet:</strong> deltagarna erbjuds aktiviteter [varje vecka|regelbundet] under hela året.",
    "<strong>Långsiktighet:</strong> relationerna och verksamheten byggs upp över tid.",
    "<strong>Kvalitet:</strong> ett starkt fokus på måluppfyllelse. Verksamheten kvalitetssäkras genom regelbunden resultatmätning mot uppsatta mål.",
])

P_INSATSER = compile_pool([
    "{short} arrangerar [olika|regelbundna] aktiviteter som utgår från [ett holistiskt hälsoperspektiv|deltagarnas egna behov och intressen] och ansvarar för att resurser att hantera aktiviteter och administration finns tillgängliga.",
    "Varje vecka arrangeras {akt}[ i {stadsdel}|], där deltagarna [under handledning|tillsammans med volontärer] [tränar svenska|tränar sociala färdigheter|får stöd i vardagen|möter andra i samma situation].",
    "Insatsen innefattar {akt3}.",
    "Det praktiska arbetet inom ramarna för insatsen åligger {short} som även har ansvaret för genomförandet.",
    "Verksamheten ska vara av sådan art att det är möjligt att vara flexibel utifrån de behov som framkommer när verksamheten är igång.",
    "Samverkan och transparent dialog är ett centralt fundament för att driva aktiviteterna som ryms inom överenskommelsen; aktiviteterna hänger samman och verkar tillsammans för att uppnå syfte och målsättning.",
    "Målet för verksamheten är att bidra till {effekt}.",
    "Aktiviteterna finns i flera stadsdelar i {stad} och har {ppt} deltagare per gång.",
    "Idéer till aktiviteter kommer från deltagarna själva, samt från de behov som personal och styrelse inom {short} uppfattar hos målgruppen.",
    "{short} ansvarar för motivationshöjande aktiviteter eller insatser, vilket även innefattar aktiviteter för att träna deltagarnas sociala färdigheter i realistiska miljöer.",
    "Det holistiska perspektivet innebär att även övriga familjemedlemmar bemöts inom ramarna för verksamheten.",
    "Under [sommaren|skollov|helger] erbjuds [särskilda aktiviteter|{akt}|utflykter] för att verksamheten ska finnas kvar när andra verksamheter har uppehåll.",
    "Samtliga aktörer i denna överenskommelse arbetar gemensamt för att nå ovan beskrivna målsättning, vad gäller till exempel tillgång till mötesplatser, bemanning av personal och volontärer.",
    "{akt} genomförs [i {stadsdel}|i föreningens lokaler på {gata}|på flera platser i {stad}] [en gång i veckan|två kvällar i veckan|varannan vecka].",
    "Verksamheten ska även samarbeta med [biblioteket|fritidsgårdar|skolor i närområdet|andra föreningar] i fråga om lokaler och marknadsföring.",
    "Deltagarna får stöd [från familjepedagog|från verksamhetsledaren|av erfarna volontärer] inom ramarna för de aktiviteter som arrangeras.",
])

ACT_LEAD = compile_pool([
    "Aktiviteterna som [verksamheten|projektet|insatsen] genomför är:",
    "För att uppnå målen kommer följande insatser göras:",
    "Inom ramen för överenskommelsen erbjuds:",
    "{short} har följande del i överenskommelsen:",
])
ACT_ITEMS = compile_pool([
    "{akt}[ i {stadsdel}|, {wk}|, som är öppna för alla i målgruppen|].",
    "{akt} på lätt svenska[ och med bildstöd|].",
    "{akt} i samarbete med [biblioteket|studieförbund|andra föreningar i {stad}].",
    "Medverka i [styrgrupp|partssamtal|dialogmöten] samt i andra förekommande möten mellan idéburen sektor och {forv}.",
    "Erbjuda aktiviteter för målgruppen under den tid överenskommelsen omfattar.",
    "Rekrytera, utbilda och stötta volontärer[ som medverkar i {akt}|].",
])
KOMMUN_ITEMS = compile_pool([
    "{forv} ska bidra till överenskommelsen med finansiering, se <em>Ekonomi</em>.",
    "{forv} ska bistå {short} gällande kontakter med andra delar av {kommun}.",
    "{forv} ska samordna och arrangera [styrgruppsträffar|dialogmöten|partssamtal] med {short}.",
    "Kommunen ska sprida information om {effort} i sina kanaler[, både som marknadsföring och som direkt information till målgruppen|].",
    "Kommunen anvisar deltagare till verksamheten genom [koordinatorsfunktionen|handläggare] på {forv}.",
])

P_ORG = compile_pool([
    "Planerade aktiviteter genomförs och följs upp av {roll}, som är organisatoriskt anställd av {short}.",
    "Även volontärinsatser kommer från {short}.",
    "Samverkan sker genom att kommunen och {short} informerar om varandras [volontärinsatser och frivilliguppdrag|verksamheter och aktiviteter].",
    "{short} bistår även med volontärer och lokaler.",
    "{roll_cap} ansvarar för att verksamheten får kontinuitet, är effektiv och säkerställer att verksamheten fortlever och utvecklas.",
    "{short} har ändamålsenliga lokaler [på {gata}|i {stadsdel}|i {stadsdel}s centrum] där det finns både kontorsplatser och grupprum samt utrymme för café och kök.",
    "{short} har sedan många år bedrivit varierande frivilligverksamhet och har idag ca {nvol} volontärer inom olika områden.",
    "Idag består gruppen av {ngrupp} frivilliga som arbetar mellan fem och {htim} timmar i månaden.",
    "Kommunen bidrar (förutom med medfinansiering, se nedan) med kontakter in i den kommunala organisationen som kan underlätta för insatsen, samt bistår med att sprida information om {effort} i olika kanaler.",
    "Deltagare anvisas till verksamheten genom [koordinatorsfunktionen|handläggare] på {forv}.",
    "Regelbundna uppföljningssamtal genomförs med anvisande tjänsteperson på {forv}, med syfte att sörja för att individens handlingsplan efterlevs och uppdateras utifrån dennes behov.",
    "{forv} ska verka för att skapa förutsättningar för god samverkan på olika nivåer, genom kommunens egna verksamheter såsom [socialtjänst, fältarbete och fritidsverksamheter|arbetsmarknadsenheten och vuxenutbildningen|bibliotek och fritidsgårdar].",
    "Alla organisationer i överenskommelsen bär ansvaret för sin del av insatserna.",
    "Verksamhetsledaren samordnar och stöttar de frivilligas arbete.",
    "Den operativa samverkan sammankallas av {short} [en gång i kvartalet|en gång i månaden|två gånger per termin] eller då någon av aktörerna påkallar behov.",
    "{short} är ensam arbetsgivare för den egna personalen och är ensam bärare av arbetsgivaransvar i förhållande till denna personal.",
    "Aktiviteterna inom ramarna för denna IOP planeras och genomförs av volontärer och personal inom {short}.",
])

P_SAMHALLSEFFEKT = compile_pool([
    "Genom verksamheten ges förutsättningar för [nya kommuninvånare|deltagarna|målgruppen] att snabbare [etableras|komma in i samhället|nå egen försörjning].",
    "Att en individ är etablerad innebär att denne har sysselsättning och förutsättningar att kunna försörja sig själv samt ha en egen bostad.",
    "Detta leder i längden till lägre kostnader för [ekonomiskt bistånd och etableringsersättning|ekonomiskt bistånd|insatser från socialtjänsten].",
    "Det finns emellertid i dagsläget inga verktyg för att mäta vare sig de direkta eller indirekta effekterna av verksamheten.",
    "Verksamheten arbetar för att deltagarna ska spegla samhället i stort vad gäller personer med olika utbildningsnivåer och olika sysselsättningar.",
    "En tidig insats kan förebygga behov av mer omfattande och kostsamma insatser senare i livet.",
])

P_JAMSTALLDHET = compile_pool([
    "Verksamheten ska ägna sig åt att synliggöra och nå såväl män som kvinnor och pojkar som flickor i målgruppen.",
    "Detta underlättas bland annat av att verksamheterna bemannas av både kvinnor och män.",
    "Genom att belysa och ta hänsyn till kvinnors och mäns olika livsvillkor skapar vi en jämställd verksamhet.",
    "Statistik över deltagare redovisas uppdelad på kvinnor och män.",
    "Parterna följer CEMR-deklarationen (Europeiska deklarationen för jämställdhet mellan kvinnor och män på lokal och regional nivå).",
])

P_AKTORER = compile_pool([
    "Organisationerna är icke vinstdrivande, partipolitiskt obundna och arbetar utifrån alla människors lika värde.",
    "Organisationernas arbete utgör i sig ett mervärde för de människor de möter.",
    "De idéburna organisationerna är ett komplement till {kommun_gen} ordinarie verksamheter genom sin form och organisering.",
    "Samtliga aktörer kommer att verka för en nära samverkan och samarbete med [polisen|skolan|regionen] på operativ och strategisk nivå.",
    "Alla organisationer som efter gemensamt beslut inom partnerskapet medverkar med insatser är icke vinstdrivande, politiskt obundna och arbetar utifrån alla människors lika värde.",
])

P_UTGANGSPUNKTER = compile_pool([
    "Varje ingående part i överenskommelsen ska följa de beslut som kommunfullmäktige i {stad} eller annan myndighet fattar som har påverkan på verksamhet och målgrupp.",
    "De ingående parterna i överenskommelsen förbinder sig att följa tillämpliga lagar, författningar samt normer och föreskrifter som utfärdats av statliga och kommunala myndigheter.",
    "De ingående parterna ska i de situationer som är lämpliga beskriva att verksamheten och de insatser som utförs sker som ett idéburet offentligt partnerskap parterna emellan.",
    "Överenskommelsen reglerar syfte och värdegrund för arbetet med målgruppen samt de ingående parternas specifika insatser.",
    "Insatserna kan vid behov och över tid förändras, vilket ska ske i första hand genom dialog.",
    "Vid förändringar som har påverkan på syfte och värdegrund ska överenskommelsen omförhandlas.",
    "{forv} bedömer att {short_gen} verksamhet är unik i sitt slag utifrån överenskommelsens målgrupp.",
])
SKAL_LEAD = compile_pool([
    "Idéburet offentligt partnerskap tillämpas på grund av följande skäl:",
    "Överenskommelsen utgår från följande:",
])
SKAL_ITEMS = compile_pool([
    "Verksamheten sker på initiativ av den idéburna organisationen {short}.",
    "Verksamheten är ett led i att förverkliga en politiskt beslutad plan, där de idéburna organisationernas insatser är viktiga.",
    "Verksamheten kan inte ses som en del av det normerade föreningsbidraget.",
    "Det finns inte en marknad eller en konkurrenssituation att vårda inom det här området.",
    "Båda parter är med och finansierar verksamheten (via pengar eller andra insatser).",
    "Verksamheten detaljregleras inte från kommunen.",
    "Verksamheten bidrar till lokal utveckling och delaktighet i samhället.",
    "Överenskommelse om samverkan mellan {kommun} och idéburen sektor.",
    "Kommunfullmäktiges budget samt kommunala mål och inriktningsdokument.",
])

P_RELATION = compile_pool([
    "Undertecknande parter i denna överenskommelse betraktas som självständiga och jämbördiga aktörer.",
    "Varje parts integritet och oberoende ska respekteras.",
    "Parterna ansvarar var för sig för sin insats i arbetet och varje parts särart och mervärde ses som en tillgång för partnerskapet.",
])

P_UPPF = compile_pool([
    "Lärdomar kring hur målgruppen når måluppfyllelse kan spridas och komma andra verksamheter till gagn.",
    "Alla berörda aktörer bidrar med underlag till denna uppföljning efter en gemensamt framtagen och strukturerad modell.",
    "Syftet med uppföljningen är att utvärdera hur genomförandet av överenskommelsen bidrar till att nå målsättningen samt att få underlag för att utveckla verksamheten.",
    "Kunskapsutbyte och erfarenheter delas kontinuerligt, och finns med som stående punkt vid de regelbundet återkommande {meetings}.",
    "Sammanställningen utgör även underlag för ekonomisk uppföljning och granskning.",
    "Vid {meetings} representeras [båda organisationerna|samtliga parter] med ansvarig verksamhets- eller projektledare, handläggare eller sakkunnig.",
    "Vid {meetings} diskuteras delmålen, delmålen följs upp och utvärderas, och aktiviteter för att nå lärandemålen tas fram eller revideras.",
    "{short} ansvarar för resultatmätningar för att mäta verksamhetens effekt.",
    "Deltagarstatistik redovisas uppdelad på kvinnor och män.",
])

P_LARANDE = compile_pool([
    "Ett ömsesidigt lärande är en viktig grund för ett väl fungerande partnerskap.",
    "Lärande från den här verksamheten är ökad insikt och kunskap om målgruppen, återkoppling till respektive parts egen organisation om samverkansformen som sådan samt kunskapsspridning till externa parter som arbetar inom samma verksamhetsområde.",
])
P_DELMAL = compile_pool([
    "Verksamheten är föränderlig över tid men har alltigenom samma syfte och mål.",
    "Därför bör delmål årligen bestämmas utefter verksamhetens kapacitet.",
    "Delmålen baseras på verksamhetens målbild och ska vara realistiska men ändå så pass högt satta att de är svåruppnåeliga.",
    "Delmålen baseras på tidigare års resultat samt en prognos för nästkommande år från verksamhetsledaren.",
])
P_EFFEKTMAL = compile_pool([
    "Inom partnerskapet arbetar alla parter för att uppnå gemensamt uppställda effektmål.",
    "Utfall av effektmålen speglar partnerskapets framgångar men sätts också i relation till övriga insatser som pågår inom de olika organisationerna.",
])

P_OMFORHANDLING = compile_pool([
    "Om betydande avvikelser från verksamhetsplan och budget sker ska parterna medverka i en dialog innan förändringar genomförs.",
    "Förändringarna ska förankras och beslutas av behöriga representanter.",
    "Om någon av parterna inte uppfyller villkoren för överenskommelsen eller brister i sina åtaganden ska parterna föra en dialog om huruvida överenskommelsen kan fortsätta.",
    "Om tvister uppstår ska dessa i första hand lösas genom dialog mellan parterna.",
    "Vid händelse av att överenskommelsen hävs blir {short} återbetalningsskyldig för delar eller hela summan som kommunen har betalat ut inom ramen för denna överenskommelse.",
])

P_BARN = compile_pool([
    "För barn under 18 år som kommer i kontakt med verksamheten gäller barnkonventionen.",
    "Vid misstanke om att barn far illa ska detta anmälas till socialtjänsten enligt gällande rutiner.",
    "Barnets bästa ska särskilt beaktas i alla aktiviteter som rör barn och unga.",
    "Personal och volontärer som möter barn ska kunna uppvisa utdrag ur belastningsregistret.",
])

P_PERSONUPPGIFTER = compile_pool([
    "Parterna ansvarar var för sig för att personuppgifter behandlas enligt dataskyddsförordningen.",
    "Uppgifter om enskilda deltagare lämnas inte mellan parterna utan deltagarens samtycke.",
    "{short} har tystnadsplikt gentemot deltagarna i den mån det följer av föreningens egna riktlinjer.",
    "Statistik som redovisas vid uppföljning ska vara avidentifierad.",
])

P_KOMMUNIKATION = compile_pool([
    "Parterna informerar gemensamt om partnerskapet i sina kanaler.",
    "Vid extern kommunikation ska det framgå att verksamheten bedrivs inom ramen för ett idéburet offentligt partnerskap med {kommun}.",
    "{short} får använda kommunens logotyp i material som rör insatsen efter överenskommelse med {forv}.",
])

P_LOKALER = compile_pool([
    "{short} har ändamålsenliga lokaler [på {gata}|i {stadsdel}] som är tillgängliga för personer med funktionsnedsättning.",
    "Lokalerna används [under merparten av insatsens verksamheter|för gruppverksamhet, samtal och administration].",
    "Vid behov kan verksamheten även använda kommunens lokaler [i {stadsdel}|på biblioteket|på fritidsgården] efter överenskommelse.",
    "Kostnaden för lokalerna ingår i {short_gen} del av finansieringen, se <em>Ekonomi</em>.",
    "Lokalerna ska vara trygga och välkomnande för alla i målgruppen.",
    "Parterna ser över behovet av lokaler inför varje nytt verksamhetsår.",
    "Verksamheten ska så långt möjligt bedrivas nära där målgruppen bor.",
    "I lokalerna finns både kontorsplatser och grupprum samt utrymme för café och kök.",
])

P_VOLONTARER = compile_pool([
    "Det ideella engagemanget är en grundbult i verksamheten och ett mervärde som kommunen inte kan erbjuda på egen hand.",
    "{short} rekryterar, introducerar och stöttar volontärerna[ och ansvarar för att de får den utbildning som uppdraget kräver|].",
    "Volontärerna erbjuds [regelbunden handledning|gemensamma träffar|utbildning] [varje termin|flera gånger per år].",
    "Volontärernas insats värderas i budgeten till [200|250] kr per timme.",
    "Volontärer som möter barn eller personer i utsatt situation ska lämna utdrag ur belastningsregistret.",
    "Volontärerna speglar målgruppens bredd i fråga om ålder, kön och bakgrund[, vilket underlättar mötena|].",
])

P_KVALITET = compile_pool([
    "Verksamheten kvalitetssäkras genom regelbunden resultatmätning mot uppsatta mål.",
    "{short} för statistik över deltagare, aktiviteter och volontärtimmar[ uppdelad på kvinnor och män|].",
    "Deltagarna får möjlighet att lämna synpunkter på verksamheten [genom enkäter|vid gemensamma träffar|i samtal med personalen].",
    "Avvikelser och klagomål hanteras enligt {short_gen} egna rutiner och tas upp vid {meetings}.",
    "Parterna ska gemensamt utveckla arbetssätt och metoder utifrån de erfarenheter som görs i verksamheten.",
    "Resultaten används som underlag för att utveckla verksamheten och för kommande års delmål.",
    "Självskattningen görs direkt vid programstart samt vid programmets slut.",
])

P_FORUTSATTNINGAR = compile_pool([
    "Överenskommelsen förutsätter att kommunfullmäktige beviljar medel i budgeten för respektive år.",
    "Om förutsättningarna för verksamheten förändras väsentligt ska parterna snarast informera varandra.",
    "{short} ansvarar för att verksamheten bedrivs i enlighet med gällande lagar och föreskrifter.",
    "Överenskommelsen får inte överlåtas till annan part utan skriftligt medgivande.",
    "Parterna har ett gemensamt ansvar för att verksamheten når målgruppen.",
    "Ändringar i och tillägg till denna överenskommelse ska göras skriftligt och undertecknas av samtliga parter.",
])

STYR_ITEMS = compile_pool([
    "Ansvarar för att den gemensamma målsättningen och intentionen i den ingångna överenskommelsen följs.",
    "Följa upp att varje ingående part bär ansvaret för sin del av insatserna.",
    "Vid beslut om förändringar och korrigeringar av insatser eftersträvas att beslut fattas i konsensus.",
    "Följa upp verksamheten via verksamhetsrapporter.",
])

KOMPETENS = ["akutsjukvård, integrationsfrågor, vuxenutbildning och socialtjänst",
             "pedagogik och ledarskap", "socialt arbete och beroendefrågor",
             "juridik och migrationsfrågor", "folkhälsa och friskvård"]
ROLLER = ["projektledare", "verksamhetsledare", "samordnare"]

P_AKTIVITET = compile_pool([
    "{A} [erbjuds|genomförs|arrangeras] [en gång i veckan|två gånger i veckan|varannan vecka|under terminerna] [i {stadsdel}|i {short_gen} lokaler på {gata}|på flera platser i {stad}].",
    "Syftet med {a} är att [ge {mg_kort} möjlighet att|skapa förutsättningar för {mg_kort} att] [träffa andra|träna svenska|bryta sin isolering|få stöd i vardagen|prova på nya saker].",
    "Varje tillfälle har [{ppt}|mellan fem och femton|ett tiotal] deltagare och leds av [{roll}|en erfaren volontär|två volontärer] från {short}.",
    "Inför varje termin planeras innehållet i {a} tillsammans med deltagarna.",
    "{A} är kostnadsfria för deltagarna och kräver ingen föranmälan.",
    "Vid behov finns stöd på [arabiska, somaliska och dari|flera språk|lätt svenska].",
    "Erfarenheterna från {a} tas upp vid {meetings} och används för att utveckla verksamheten.",
    "Under [sommaren|jul- och nyårshelgerna|skolloven] görs ett uppehåll i {a}[, och i stället erbjuds utflykter|].",
    "{A} följs upp genom närvarolistor och enklare enkäter till deltagarna.",
    "Samarbetet med [biblioteket|skolan|fritidsgården|församlingen] gör att {a} kan hållas i lokaler nära där deltagarna bor.",
    "Deltagarna i {a} anvisas [av kommunen|genom {forv}|via andra föreningar] eller hittar dit på egen hand genom bekanta.",
    "[Volontärerna|Ledarna] som medverkar i {a} får [en grundutbildning|introduktion och handledning|regelbunden handledning] av {short}.",
])

# ---------------------------------------------------------------------------
# follow-up sentences

P_FU_BAKGRUND = compile_pool([
    "Mötet är årets {nth} {meeting} enligt överenskommelsen om idéburet offentligt partnerskap ”{effort}” mellan {kommun}, genom {namnd}, och {org}.",
    "Överenskommelsen gäller {pfrom} till och med {pto}[ och anger att parterna ska ha {meetings_pl} minst {mpy_txt} per år|].",
    "{forv} kallade till mötet.",
    "Syftet med mötet var att stämma av hur [året har börjat|verksamheten har fungerat|arbetet har gått], hur [anvisningen av deltagare|rekryteringen av volontärer|samverkan med kommunen] fungerar och om något behöver justeras.",
    "Insatsen {effort} är ett samarbete mellan {kommun} och {org} som har pågått sedan {pfrom_year}.",
    "Partnerskapet ska stötta {mg_kort} att bli mer delaktiga i samhället.",
    "Enligt överenskommelsen rapporterar parterna en gång per år genomförda aktiviteter och utfall skriftligt till {namnd}.",
])
P_FU_AKT = compile_pool([
    "{short} berättade att {akt} har [genomförts varje vecka|kommit igång väl|haft fler deltagare än tidigare år] sedan {since_month}.",
    "Deltagarna anvisas via [koordinatorsfunktionen|handläggare] på {forv}; anvisningarna har [kommit igång långsammare än väntat|ökat under perioden|fungerat väl].",
    "Några deltagare har också hittat till verksamheten på egen hand genom bekanta.",
    "Sedan [april|hösten|sommaren] har [gruppen|verksamheten] också [gått på promenader|gjort utflykter|haft öppet även på helger].",
    "Projektet har under året fortsatt det arbete som har byggts upp tidigare år, och har täta kontakter och samarbeten med kommunala verksamheter[ och med biblioteket i fråga om lokaler och marknadsföring|].",
    "{akt} har hållits i {stadsdel} och lockat [fler|nya] deltagare.",
    "Rekryteringen av volontärer har [prioriterats|gått bra|varit en utmaning] under perioden.",
    "Verksamheten har [haft sommaruppehåll|haft uppehåll under påskveckan|varit öppen hela perioden].",
])
P_FU_RES = compile_pool([
    "Målet om {goal_txt} [har uppnåtts|har inte uppnåtts ännu|bedöms kunna nås före årets slut].",
    "Andelen kvinnor bland deltagarna är [fortsatt låg|hög|jämn med andelen män], och parterna [vill hitta fler sätt att nå alla i målgruppen|följer utvecklingen].",
    "Överenskommelsens kvalitativa mål saknar siffersatta nivåer, men parterna bedömer att verksamheten bidrar till dem.",
    "Utfallet avser hela perioden {outcome_span}.",
])
P_FU_FRAMTID = compile_pool([
    "Kontakterna som finns med kommunala verksamheter kommer att fortsätta förvaltas, liksom samarbetet med andra aktörer från näringsliv och idéburen sektor.",
    "{short} fortsätter rekryteringen av volontärer, med särskilt fokus på [män|unga|personer som talar flera språk].",
    "{forv} informerar [handläggarna|berörda enheter] på nytt om verksamheten.",
    "Nästa {meeting} hålls under [hösten|våren|nästa kvartal].",
    "Parterna vill fortsätta samverkan och påbörjar samtal om tiden efter att överenskommelsen löper ut {pto}.",
])
P_FU_SUMMA = compile_pool([
    "Partnerskapet fungerar bra i enlighet med vad som har överenskommits.",
    "Parterna är överens om att samarbetet fungerar väl och att verksamheten bedrivs i enlighet med överenskommelsen.",
    "Genom samarbete och samverkan mellan kommunen och civilsamhället kan vi tillsammans uppnå resultat som ger större effekt än om parterna verkar var för sig.",
    "Samverkan fungerar väl och verksamheten bedrivs enligt överenskommelsen.",
    "{short} bedömer att samarbetet med {forv} har fungerat mycket bra.",
    "Anvisningsvägarna följs upp vid nästa {meeting}.",
])
FU_AGREED = compile_pool([
    "{forv} informerar handläggarna på nytt.",
    "{short} tar fram en folder på lätt svenska.",
    "Parterna ses igen under [hösten|våren] inför den skriftliga rapporten.",
    "{short} skickar deltagarstatistik uppdelad på kvinnor och män.",
    "Kommunen undersöker möjligheten till lokaler i {stadsdel}.",
])

# ---------------------------------------------------------------------------
# the document tree

class Sec(object):
    __slots__ = ("heading", "blocks", "number", "kind", "subs")

    def __init__(self, heading, kind=""):
        self.heading = heading
        self.blocks = []
        self.number = None
        self.kind = kind
        self.subs = 0


def emit(out, blocks, ind):
    for b in blocks:
        if b.__class__ is Sec:
            if b.number:
                out.append('%s<section number="%s">' % (ind, b.number))
            else:
                out.append(ind + "<section>")
            out.append("%s  <heading>%s</heading>" % (ind, b.heading))
            emit(out, b.blocks, ind + "  ")
            out.append(ind + "</section>")
        else:
            for line in b:
                out.append(ind + line)


def number_sections(blocks, style, prefix=""):
    n = 0
    for b in blocks:
        if b.__class__ is Sec:
            n += 1
            if style == "dot":
                b.number = ("%s%d" % (prefix, n)) if prefix else ("%d." % n)
            elif style == "plain":
                b.number = "%s%d" % (prefix, n)
            else:
                b.number = None
            if style != "none":
                base = b.number.rstrip(".")
                number_sections(b.blocks, style, base + ".")


class Writer(object):
    """Sentence, paragraph and list making for one document.  Each pool is
    dealt like a shuffled deck, so that a long document uses every sentence
    of a pool before it repeats one."""

    def __init__(self, rng, ctx):
        self.rng = rng
        self.ctx = ctx
        self.words = 0
        self.decks = {}

    def deal(self, pool, n):
        key = id(pool)
        deck = self.decks.get(key)
        if deck is None:
            deck = self.decks[key] = []
        out = []
        while len(out) < n:
            if not deck:
                deck.extend(range(len(pool)))
                self.rng.shuffle(deck)
                if len(pool) <= n - len(out):
                    out.extend(deck)
                    del deck[:]
                    continue
            i = deck.pop()
            if i not in out:
                out.append(i)
            elif len(pool) <= len(out):
                break
        return out

    def sent(self, pool):
        i = self.deal(pool, 1)[0]
        return cap(render(pool[i], self.rng, self.ctx))

    def text(self, pool, n):
        rng = self.rng
        ctx = self.ctx
        n = min(n, len(pool))
        return " ".join([cap(render(pool[i], rng, ctx)) for i in self.deal(pool, n)])

    def p(self, text):
        self.words += text.count(" ") + 1
        return ["<p>%s</p>" % text]

    def para(self, pool, lo=2, hi=6):
        return self.p(self.text(pool, self.rng.randint(lo, hi)))

    def lst(self, kind, items):
        out = ['<list kind="%s">' % kind] if kind != "bullet" or self.rng.random() < 0.5 else ["<list>"]
        for it in items:
            self.words += it.count(" ") + 1
            out.append("  <item>%s</item>" % it)
        out.append("</list>")
        return out

    def items(self, pool, n):
        rng = self.rng
        n = min(n, len(pool))
        return [cap(render(pool[i], rng, self.ctx)) for i in rng.sample(range(len(pool)), n)]


def list_kind(rng):
    return rng.choice(("bullet", "bullet", "dash", "dash", "number"))


def join_names(names):
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " och " + names[-1]


def weighted(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------------------
# budgets

def budget_labels(rng, theme, n, huge=False):
    """n line labels: distinct plain labels for small tables, qualified ones
    (per stadsdel, month, week or activity) for large ones."""
    base = list(theme["budget"]) + GENERIC_BUDGET
    if n <= len(base) and not huge:
        return rng.sample(base, n)
    labels = []
    kom = theme["_kommun"]
    areas = kom["stadsdelar"]
    akts = theme["akt"]
    i = 0
    while len(labels) < n:
        b = rng.choice(base)
        r = rng.random()
        if huge:
            labels.append("%s – %s, vecka %d" % (b, rng.choice(areas), 1 + i % 52))
        elif r < 0.35:
            labels.append("%s – %s" % (b, rng.choice(areas)))
        elif r < 0.6:
            labels.append("%s, %s" % (b, MONTHS[i % 12]))
        elif r < 0.85:
            labels.append("%s (%s)" % (b, rng.choice(akts)))
        else:
            labels.append("Aktivitet: %s, %s" % (cap(rng.choice(akts)), rng.choice(areas)))
        i += 1
    return labels


LINE_DESCR = ["Inklusive sociala avgifter", "Enligt hyresavtal",
              "Värderat till 250 kr/h", "Ideell insats", "Del av tjänst",
              "Fördelas över året", "Inklusive resor", "Enligt offert"]


def budget_lines(rng, theme, n, with_qty, with_descr, huge=False):
    """[(label, quantity or None, description or None, amount)]"""
    labels = budget_labels(rng, theme, n, huge)
    out = []
    small = n > 40
    for label in labels:
        qty = None
        if with_qty and rng.random() < 0.6:
            r = rng.random()
            if r < 0.45:
                h = rng.randint(2, 40)
                rate = rng.choice((250, 275, 300, 350))
                qty = "%d h/vecka (%s h/år)" % (h, kr(h * 40))
                amount = int(round(h * 40 * rate, -3))
            elif r < 0.6:
                pc = rng.choice((25, 50, 75, 100))
                qty = "%d %% av heltid" % pc
                amount = int(round(pc * rng.randint(480, 620) * 10, -3))
            elif r < 0.8:
                t = rng.randint(4, 120)
                qty = "%d tillfällen/år" % t
                amount = t * rng.randint(5, 30) * 100
            elif r < 0.9:
                nv = rng.randint(2, 20)
                hm = rng.randint(2, 15)
                qty = "%d volontärer, %d h/månad" % (nv, hm)
                amount = nv * hm * 12 * 200
            else:
                m2 = rng.randint(20, 400)
                qty = "%d m²" % m2
                amount = m2 * rng.randint(900, 1600)
        else:
            if small:
                amount = int(rng.lognormvariate(9.6, 0.9))
                amount = int(round(amount, -2))
            else:
                amount = int(rng.lognormvariate(11.0, 1.0))
                amount = int(round(amount, -3) if amount > 20000 else round(amount, -2))
        amount = min(900000, max(1000, amount))
        descr = rng.choice(LINE_DESCR) if with_descr and rng.random() < 0.4 else None
        out.append((label, qty, descr, amount))
    return out


def budget_xml(b, rng):
    """b: dict(party, year, kind, currency, caption, description, lines,
    total_label, stated, headings)"""
    attrs = ['party="%s"' % b["party"]]
    if b["year"]:
        attrs.append('year="%d"' % b["year"])
    attrs.append('per="year"')
    attrs.append('kind="%s"' % b["kind"])
    if b["currency"] != "kr" or rng.random() < 0.3:
        attrs.append('currency="%s"' % b["currency"])
    for k, v in b["headings"]:
        attrs.append('%s="%s"' % (k, v))
    out = ["<budget %s>" % " ".join(attrs)]
    if b["caption"]:
        out.append("  <caption>%s</caption>" % b["caption"])
    if b["description"]:
        out.append("  <description>%s</description>" % b["description"])
    for label, qty, descr, amount in b["lines"]:
        out.append('  <line amount="%d">' % amount)
        out.append("    <label>%s</label>" % label)
        if qty:
            out.append("    <quantity>%s</quantity>" % qty)
        if descr:
            out.append("    <description>%s</description>" % descr)
        out.append("  </line>")
    if b["total_label"] or b["stated"]:
        t = []
        if b["total_label"]:
            t.append('label="%s"' % b["total_label"])
        if b["stated"]:
            t.append('stated="%d"' % b["stated"])
        out.append("  <total %s/>" % " ".join(t))
    out.append("</budget>")
    return out


def lines_total(rng):
    r = rng.random()
    if r < 0.62:
        return rng.randint(5, 14)
    if r < 0.9:
        return rng.randint(15, 50)
    return rng.randint(51, 200)


# ---------------------------------------------------------------------------
# one agreement

class Agreement(object):
    pass


def pick_org(rng, theme_name, kom, taken):
    """(name, short) of an idéburen organisation not in taken."""
    for attempt in range(20):
        tn = theme_name if attempt < 8 else rng.choice(sorted(THEMES))
        name_t, short = rng.choice(THEMES[tn]["orgs"])
        name = name_t.format(stad=kom["stad"], gen=kom["gen"], lan=kom["lan"],
                             stadsdel=rng.choice(kom["stadsdelar"]))
        if name not in taken:
            return name, short
    return "Föreningen %s %d" % (kom["stad"], len(taken)), ""


def org_orgnr(name):
    r = random.Random("orgnr:" + name)
    if "kyrka" in name.lower() or "pastorat" in name.lower():
        nine = "252004" + "".join(str(r.randint(0, 9)) for _ in range(3))
    else:
        nine = "8" + r.choice(("02", "22", "17", "64")) + "".join(str(r.randint(0, 9)) for _ in range(6))
    return orgnr_from(nine)


ORG_TITLES = ["ordförande", "verksamhetschef", "verksamhetsledare",
              "styrelseordförande", "generalsekreterare", "regionchef"]
KOMMUN_ROLES = ["utvecklingsstrateg", "koordinator", "enhetschef",
                "utvecklingsledare", "handläggare", "sakkunnig",
                "utvecklingssekreterare"]
ORG_ROLES = ["verksamhetsledare", "projektledare", "volontärsamordnare",
             "familjepedagog", "kassör", "fältarbetare", "samordnare",
             "matchningsansvarig"]

MEETING = {
    "partssamtal": ("partssamtal", "partssamtal", "partssamtalen", "partssamtal"),
    "dialogmöte": ("dialogmöte", "dialogmöten", "dialogmötena", "dialogmote"),
    "styrgrupp": ("styrgruppsmöte", "styrgruppsmöten", "styrgruppsmötena", "styrgrupp"),
}


def times(n):
    return "en gång" if n == 1 else "%s gånger" % ORD[n]


def page_target(rng):
    """Pages aimed at: log-normal around 4, plus a few long ones.  The
    rendered count lands within about 10 % of it; 18.3 keeps the longest
    at 20 pages."""
    if rng.random() < 0.04:
        return rng.uniform(10.0, 18.3)
    return min(18.3, max(1.6, rng.lognormvariate(PT_MU, PT_SIGMA)))


PT_MU = 1.22
PT_SIGMA = 0.45


def make_agreement(seed, idx, aid, budget_lines_k=None):
    rng = random.Random("iopdoc-bench:%s:%s" % (seed, idx))
    nm = rng.choice(NAMNDER)
    kom = KOMMUNER[nm["kommun"]]
    theme_name = rng.choice(THEMES_BY_KIND[nm["kind"]])
    theme = dict(THEMES[theme_name])
    theme["_kommun"] = kom
    A = Agreement()
    A.id = aid
    A.rng = rng
    A.namnd = nm
    A.kommun = kom
    A.theme = theme

    # -- period
    y = rng.randint(2019, 2024)
    m = 1 if rng.random() < 0.6 else rng.choice((3, 4, 7, 8, 9, 10))
    nyears = weighted(rng, ((1, 0.33), (2, 0.37), (3, 0.30)))
    A.pfrom = D(y, m, 1)
    A.pto = add_years(A.pfrom, nyears) - DAY
    A.nyears = nyears

    # -- size: pages of the rendered agreement aimed at
    t = page_target(rng) if not budget_lines_k else 3.0

    # -- parties
    if budget_lines_k or (t < 3.0 and rng.random() < 0.85):
        nparties = 2
    else:
        nparties = weighted(rng, ((2, 0.55), (3, 0.28), (4, 0.12), (5, 0.05)))
    pub = dict(role="public")
    if rng.random() < 0.9:
        pub["name"] = kom["name"]
        pub["orgnr"] = kom["orgnr"] if rng.random() < 0.75 else None
        r = rng.random()
        pub["acting"] = nm["name"].lower() if r < 0.65 else (nm["forv"] if r < 0.8 else None)
        pub["short"] = None
    else:
        pub["name"] = "%s i %s" % (nm["forv"], kom["stad"])
        pub["short"] = nm["forv"] if rng.random() < 0.5 else None
        pub["orgnr"] = None
        pub["acting"] = None
    pub["id"] = slug(kom["name"]) if rng.random() < 0.7 else slug(kom["stad"] + "-" + nm["forv"])
    orgs = []
    taken = [pub["name"]]
    for i in range(nparties - 1):
        name, short = pick_org(rng, theme_name, kom, taken)
        taken.append(name)
        o = dict(role="ideburen", name=name)
        o["short"] = short if short and rng.random() < 0.7 else None
        o["orgnr"] = org_orgnr(name) if rng.random() < 0.8 else None
        o["acting"] = None
        pid = slug(o["short"] or name) if rng.random() < 0.5 else slug(name)
        while pid in [p["id"] for p in orgs] or pid == pub["id"]:
            pid += "-2"
        o["id"] = pid
        orgs.append(o)
    parties = [pub] + orgs if rng.random() < 0.88 else orgs + [pub]
    A.pub = pub
    A.orgs = orgs
    A.parties = parties
    for p in parties:
        p["text_name"] = p["short"] or p["name"]

    # -- people
    A.handlaggare = person(rng)
    A.kommun_people = [A.handlaggare, person(rng)]
    A.kommun_roles = rng.sample(KOMMUN_ROLES, 2)
    for o in orgs:
        o["people"] = [person(rng), person(rng)]
        o["roles"] = rng.sample(ORG_ROLES, 2)
        o["signer"] = person(rng)
        o["signer_title"] = rng.choice(ORG_TITLES)
        if "Stadsmission" in o["name"]:
            o["signer_title"] = rng.choice(("direktor", "verksamhetschef"))
        elif "kyrka" in o["name"].lower() or "pastorat" in o["name"]:
            o["signer_title"] = "kyrkoherde"
    pub["signer"] = person(rng)
    pub["signer_title"] = nm["chef"] if rng.random() < 0.7 else "Ordförande i %s" % nm["name"].lower()
    for p in parties:
        p["contacts"] = []
    if rng.random() < 0.45:
        pub["contacts"].append(A.handlaggare)
        for o in orgs:
            o["contacts"].append(o["people"][0])

    main = orgs[0]
    ctx = Ctx(rng)
    ctx["kommun"] = kom["name"]
    ctx["kommun_gen"] = kom["name"] + "s"
    ctx["stad"] = kom["stad"]
    ctx["invanare"] = kom["invanare"]
    ctx["lan"] = kom["lan"]
    ctx["namnd"] = nm["name"].lower()
    ctx["forv"] = nm["forv"]
    ctx["stadsdel"] = kom["stadsdelar"]
    ctx["gata"] = kom["gator"]
    ctx["org"] = main["name"]
    sh = main["text_name"]
    ctx["short"] = sh
    ctx["short_gen"] = sh + (":s" if sh.isupper() else ("" if sh.endswith("s") else "s"))
    ctx["orgs"] = join_names([o["name"] for o in orgs])
    effort = render(compile_template(rng.choice(theme["efforts"])), rng, ctx)
    A.effort = effort
    ctx["effort"] = effort
    ctx["mg"] = render(compile_template(rng.choice(theme["mg"])), rng, ctx)
    ctx["mg_kort"] = theme["mg_kort"]
    ctx["mg2"] = render(compile_template(rng.choice(theme["mg2"])), rng, ctx)
    ctx["medel"] = theme["medel"]
    ctx["effekt"] = theme["effekt"]
    ctx["behov"] = theme["behov"]
    ctx["omrade"] = theme["omrade"]
    ctx["akt"] = theme["akt"]
    ctx["kompetens"] = KOMPETENS
    akts = theme["akt"]

    def akt3():
        a = rng.sample(akts, 3)
        return "%s, %s samt %s" % tuple(a)

    def stadsdelar():
        a = rng.sample(kom["stadsdelar"], 2)
        return "%s och %s" % tuple(a)

    ctx["akt3"] = akt3
    ctx["stadsdelar"] = stadsdelar
    ctx["nvol"] = str(rng.choice((40, 60, 80, 120, 150, 200, 300, 450)))
    ctx["ngrupp"] = ORD[rng.randint(4, 12)]
    ctx["htim"] = str(rng.choice((10, 15, 20, 25)))
    ctx["since"] = str(y - rng.randint(2, 25))
    kd = A.pfrom - datetime.timedelta(days=rng.randint(200, 900))
    ctx["kdate"] = iso(kd)
    ctx["par"] = str(rng.randint(12, 240))
    roll = rng.choice(ROLLER)
    ctx["roll"] = roll
    ctx["roll_cap"] = cap(roll) + "n"
    lo = rng.choice((5, 8, 10, 12))
    ctx["ppt"] = "%d–%d" % (lo, lo + rng.choice((5, 10, 15)))
    ctx["wk"] = ["två kvällar i veckan", "varje vecka", "en förmiddag i veckan",
                 "varannan vecka"]
    A.ctx = ctx

    # -- follow-up duties
    mk = weighted(rng, (("partssamtal", 0.4), ("dialogmöte", 0.45), ("styrgrupp", 0.15)))
    A.meeting_kind = mk
    A.mpy = weighted(rng, ((1, 0.25), (2, 0.6), (3, 0.05), (4, 0.1)))
    A.rpy = 1 if rng.random() < 0.7 else None
    A.has_followup_el = rng.random() < 0.85
    mt = MEETING[mk]
    ctx["meeting"] = mt[0]
    ctx["meetings_pl"] = mt[1]
    ctx["meetings"] = mt[2]

    # -- goals
    goals = []
    gids = []

    def gid(base):
        g = base[:70].strip("-")
        k = 2
        while g in gids:
            g = "%s-%d" % (base[:66].strip("-"), k)
            k += 1
        gids.append(g)
        return g

    for gt in rng.sample(theme["mal"], rng.randint(1, min(4, len(theme["mal"])))):
        text = render(compile_template(gt), rng, ctx)
        words = slug(text).split("-")[:3]
        goals.append(dict(id=gid("mal-" + "-".join(words)), kind="mal", text=text))
    ms = rng.sample(theme["measures"], rng.randint(1, min(3, len(theme["measures"]))))
    for (measure, unit, vlo, vhi, gender, antal, minst) in ms:
        g = dict(kind="delmal", measure=measure, unit=unit, gender=gender)
        if rng.random() < 0.55:
            v = rng.randint(vlo, vhi)
            v = v - v % 5 if v > 20 else v
            g.update(comparison="minst", value=v, per="year",
                     kind=rng.choice(("mal", "delmal")), text=minst.format(v=v))
        else:
            g.update(text=antal)
        g["id"] = gid(("delmal-" if g["kind"] == "delmal" else "mal-") + slug(measure)[:40])
        goals.append(g)
    if rng.random() < 0.25:
        for gt in ("Ökad kunskap bland kommunens medarbetare om vilka levnadsvillkor målgruppen lever under.",
                  "Strategisk samverkan mellan myndigheter i syfte att dela erfarenheter och kunskaper om målgruppens levnadsvillkor."):
            goals.append(dict(id=gid("effekt-" + "-".join(slug(gt).split("-")[:3])), kind="effektmal", text=gt))
    if rng.random() < 0.3:
        for gt in ("ökad insikt och kunskap om målgruppen",
                  "återkoppling till respektive parts egen organisation om samverkansformen som sådan",
                  "kunskapsspridning till externa parter som arbetar inom samma verksamhetsområde"):
            goals.append(dict(id=gid("larande-" + "-".join(slug(gt).split("-")[:2])), kind="larandemal", text=gt))
    A.goals = goals

    A.title_page = rng.random() < (0.0 if t < 3 else (0.15 if t < 6 else 0.45))
    A.toc = t >= 5.5 and rng.random() < 0.5
    if budget_lines_k:
        A.title_page = False
        A.toc = False

    # -- budgets
    if budget_lines_k:
        total_lines = budget_lines_k
    else:
        total_lines = lines_total(rng) if t >= 3.5 else rng.randint(5, 12)
    with_budget = [pub, main] + [o for o in orgs[1:] if rng.random() < 0.8]
    if t < 3.0 and rng.random() < 0.5:
        with_budget = [pub]
    if budget_lines_k:
        with_budget = [pub]
    n_text = 1 if (len(with_budget) == 1 or rng.random() < 0.45) else 2
    head_parties = with_budget[n_text:] if n_text == 2 else [p for p in with_budget if p is not with_budget[0]]
    text_parties = with_budget[:n_text]
    if n_text == 1 and len(with_budget) > 1 and rng.random() < 0.4:
        # the idéburen party's table in the text, the kommun's in the head
        text_parties = [main]
        head_parties = [p for p in with_budget if p is not main]
    head_counts = []
    remaining = total_lines - len(text_parties)
    for p in head_parties:
        c = min(rng.randint(1, 3), max(1, remaining - 1))
        head_counts.append(c)
        remaining -= c
    text_total = max(len(text_parties), total_lines - sum(head_counts))
    if len(text_parties) == 2:
        a = max(1, min(text_total - 1, int(round(text_total * rng.uniform(0.3, 0.7)))))
        text_counts = [a, text_total - a]
    else:
        text_counts = [text_total]
    byear = A.pfrom.year if rng.random() < 0.5 else None
    currency = "kronor" if rng.random() < 0.25 else "kr"
    budgets = []
    huge = bool(budget_lines_k)
    for p, n, in_text in ([(p, n, True) for p, n in zip(text_parties, text_counts)] +
                          [(p, n, False) for p, n in zip(head_parties, head_counts)]):
        wq = in_text and rng.random() < 0.4
        wd = in_text and rng.random() < 0.12
        b = dict(party=p["id"], year=byear, currency=currency,
                 kind="money" if p is pub else rng.choice(("in-kind", "in-kind", "mixed")),
                 lines=budget_lines(rng, theme, n, wq, wd, huge), in_text=in_text,
                 p=p, headings=[])
        b["sum"] = sum(l[3] for l in b["lines"])
        b["caption"] = ("%s bidrar med" % p["name"]) if in_text and rng.random() < 0.4 else None
        b["description"] = None
        if not in_text or rng.random() < 0.3:
            b["description"] = "%s. Här ingår bland annat %s." % (
                cap(rng.choice(theme["akt"])),
                join_names([l[0].lower() for l in b["lines"][:3]]))
        b["total_label"] = None
        b["stated"] = None
        if in_text and rng.random() < 0.45:
            b["total_label"] = rng.choice(("Totalt", "Summa", "Totalt per år",
                                           "Totalt från %s per år:" % p["text_name"]))
            if rng.random() < 0.7:
                b["stated"] = b["sum"]
        if in_text and rng.random() < 0.15:
            b["headings"] = [("amount-heading", rng.choice(("Kostnad per år", "Belopp", "Värde per år")))]
        budgets.append(b)
    A.budgets = budgets
    A.total = sum(b["sum"] for b in budgets)
    for p in parties:
        p["sum"] = sum(b["sum"] for b in budgets if b["p"] is p)
    A.byear = byear

    A.stated_total = rng.random() < 0.35
    A.adjust = None
    nexty = D(A.pfrom.year + 1, 1, 1)
    r = rng.random()
    if r < 0.25 and nexty <= A.pto:
        A.adjust = ("percent", rng.choice(("2", "2", "2.5", "3", "1.5")), nexty)
    elif r < 0.33 and add_years(A.pfrom, 1) <= A.pto:
        A.adjust = ("index", "OPI", add_years(A.pfrom, 1))
    A.prorate = A.pfrom.month != 1 and rng.random() < 0.2

    # -- status and signing
    A.status = weighted(rng, (("final", 0.70), ("signed", 0.22), ("draft", 0.08)))
    sign_date = A.pfrom - datetime.timedelta(days=rng.randint(5, 100))
    A.sign_date = sign_date
    A.date = sign_date if A.status == "signed" or rng.random() < 0.6 else None
    A.kind = "samverkan" if rng.random() < 0.12 else "iop"

    # -- text
    build_text(A, t)
    return A


OVERHEAD_TITLE = 0.35
WPP = 390.0


def estimate_overhead(A):
    pages = OVERHEAD_TITLE
    if A.title_page:
        pages += 0.75
    if A.toc:
        pages += 1.0
    for b in A.budgets:
        if b["in_text"]:
            pages += (len(b["lines"]) * (1.5 if any(l[1] or l[2] for l in b["lines"]) else 1.0) + 4) / 44.0
    pages += (sum(1 for p in A.parties if p["sum"]) + 3) / 44.0
    pages += 0.25                                       # payment
    pages += 0.12 + 0.16 * ((len(A.parties) + 1) // 2)  # signatures
    return pages


for _t in THEMES.values():
    _t["bak_pool"] = P_BAKGRUND + compile_pool(_t["extra"])
    _t["ins_pool"] = P_INSATSER + compile_pool(_t["extra"][-2:])

OPTIONAL = [
    # key, headings, pool, position group
    ("jamstalldhet", ["Jämställdhet", "Jämställdhet och likabehandling"], P_JAMSTALLDHET, 1),
    ("samhallseffekter", ["Ekonomiska samhällseffekter", "Samhällsekonomiska effekter"], P_SAMHALLSEFFEKT, 1),
    ("aktorer", ["Aktörer i överenskommelsen", "Partners"], P_AKTORER, 1),
    ("utgangspunkter", ["Överenskommelsens utgångspunkter", "Överenskommelsens form och utgångspunkt"], P_UTGANGSPUNKTER, 1),
    ("relation", ["Parternas inbördes relation"], P_RELATION, 1),
    ("barn", ["Barnrättsperspektiv", "Barnets bästa"], P_BARN, 1),
    ("parternas", ["Parternas respektive insatser", "Parternas åtaganden"], None, 2),
    ("personuppgifter", ["Personuppgifter och sekretess"], P_PERSONUPPGIFTER, 3),
    ("kommunikation", ["Kommunikation"], P_KOMMUNIKATION, 3),
    ("lokaler", ["Lokaler och tillgänglighet", "Lokaler"], P_LOKALER, 2),
    ("volontarer", ["Volontärer och ideellt engagemang", "Ideella insatser"], P_VOLONTARER, 2),
    ("kvalitet", ["Kvalitet och utveckling", "Kvalitetsarbete"], P_KVALITET, 3),
    ("forutsattningar", ["Förutsättningar för överenskommelsen", "Övriga villkor"], P_FORUTSATTNINGAR, 4),
    ("kontakt", ["Kontaktpersoner"], None, 3),
    ("omforhandling", ["Omförhandling, hävningsrätt samt tvist", "Ändringar och tvister"], P_OMFORHANDLING, 4),
]


def intro_text(A):
    rng = A.rng
    parts = []
    for p in A.parties:
        s = p["name"]
        if p["orgnr"]:
            s += rng.choice((" (org. nr %s)", ", organisationsnummer: %s,", " (organisationsnummer %s)")) % p["orgnr"]
        parts.append(s)
    r = rng.random()
    if r < 0.45:
        s = "IOP-överenskommelse mellan %s" % join_names(parts)
        if A.orgs[0]["short"]:
            s += " härnäst kallad %s" % A.orgs[0]["short"]
        return s + "."
    if r < 0.8:
        return ("%s tecknar härmed ett partnerskap mellan %s avseende ”%s”." %
                (join_names(parts), "de båda organisationerna" if len(A.parties) == 2 else "organisationerna",
                 ("<em>%s</em>" % A.effort) if rng.random() < 0.3 else A.effort))
    return ("Denna överenskommelse om idéburet offentligt partnerskap är upprättad mellan %s och avser insatsen %s." %
            (join_names(parts), A.effort))


def mk_para_grow(W, sec, pool, lo=2, hi=6):
    def grow():
        target = sec
        if sec.subs:
            target = sec.blocks[-1]
        target.blocks.append(W.para(pool, lo, hi))
    return grow


def build_text(A, t):
    rng = A.rng
    ctx = A.ctx
    theme = A.theme
    W = Writer(rng, ctx)
    A.writer = W
    nm = A.namnd
    target = max(250.0, (t - estimate_overhead(A)) * (WPP + 5.0 * max(0.0, t - 5.0)))
    growers = []   # (weight, fn)
    secs = []

    # --- how much of the standard text a short agreement keeps
    lean = 0 if t < 2.7 else (1 if t < 4.0 else 2)
    A.lean = lean

    # --- Bakgrund, Syfte, Målgrupp
    s_bak = Sec(rng.choice(("Bakgrund", "Bakgrund", "Bakgrund till överenskommelsen",
                            "Bakgrund till partnerskapet och verksamheten")), "bakgrund")
    s_bak.blocks.append(W.para(theme["bak_pool"], 2 if lean < 2 else 3, 3 if lean < 2 else 6))
    growers.append((3.0, mk_para_grow(W, s_bak, theme["bak_pool"], 3, 7), len(theme["bak_pool"]) // 3))

    s_syf = Sec(rng.choice(("Syfte", "Syfte", "Övergripande syfte med överenskommelsen",
                            "Syftet med partnerskapet och verksamheten", "Syfte med överenskommelsen")), "syfte")
    # the report quotes this paragraph: it opens with the purpose itself
    s_syf.blocks.append(W.p((W.sent(P_SYFTE_FIRST) + " " + W.text(P_SYFTE_REST, rng.randint(0 if lean < 2 else 1, 1 if lean < 2 else 3))).rstrip()
                            if lean == 2 or rng.random() < 0.5 else W.sent(P_SYFTE_FIRST)))
    if lean == 2 and rng.random() < 0.3:
        s_syf.blocks.append(W.p(W.sent(SYFTE_LEAD)))
        s_syf.blocks.append(W.lst(list_kind(rng), W.items(SYFTE_ITEMS, rng.randint(3, 5))))
    growers.append((1.2, mk_para_grow(W, s_syf, P_SYFTE, 2, 5), len(P_SYFTE) // 3))

    s_mg = Sec(rng.choice(("Målgrupp", "Målgrupp", "Målgrupper")), "malgrupp")
    if lean == 2 and rng.random() < 0.25:
        s_mg.blocks.append(W.p("Direkt målgrupp: %s" % ctx["mg_kort"]))
        s_mg.blocks.append(W.p("Den huvudsakliga målgruppen för överenskommelsen är %s." % ctx["mg"]))
        s_mg.blocks.append(W.p("Indirekt målgrupp: %s" % ctx["mg2"]))
    elif lean < 2:
        s_mg.blocks.append(W.p(cap(render(P_MALGRUPP[0], rng, ctx))))
    else:
        s_mg.blocks.append(W.para(P_MALGRUPP, 2, 5))
    growers.append((1.2, mk_para_grow(W, s_mg, P_MALGRUPP, 2, 5), len(P_MALGRUPP) // 3))
    first = [s_bak, s_syf, s_mg]
    r = rng.random()
    if r < 0.3:
        first = [s_syf, s_bak, s_mg]
    elif r < 0.45:
        first = [s_mg, s_syf, s_bak]
    if lean == 0:
        first = [s_syf] + [s for s in (s_bak, s_mg) if rng.random() < 0.4]
    secs.extend(first)

    # --- Mål
    s_mal = Sec(rng.choice(("Mål", "Förväntat resultat", "Målsättning", "Mål och delmål")), "mal")
    mal_q = [g for g in A.goals if g["kind"] == "mal" and "measure" not in g]
    s_mal.blocks.append(W.p(rng.choice(("Mål med insatsen är att målgruppen ska:",
                                        "Verksamhetens långsiktiga mål är att:",
                                        "Målsättningen med denna överenskommelse är att, i samverkan, bidra till en socialt hållbar och sammanhållen kommun genom att:",
                                        "Parterna har kommit överens om följande mål:"))))
    s_mal.blocks.append(W.lst(rng.choice(("dash", "number", "bullet")), [g["text"] for g in mal_q]))
    for g in A.goals:
        if g.get("comparison"):
            txt = g["text"]
            if rng.random() < 0.3:
                txt = txt.replace("minst", "<em>minst</em>", 1)
            s_mal.blocks.append(W.p(txt))
    delm = [g for g in A.goals if "measure" in g and not g.get("comparison")]
    if delm and lean == 2:
        sub = Sec("Delmål")
        sub.blocks.append(W.para(P_DELMAL, 2, 4))
        sub.blocks.append(W.p("Delmålen baseras på:"))
        sub.blocks.append(W.lst("dash", [g["text"] for g in delm]))
        s_mal.blocks.append(sub)
        s_mal.subs += 1
    elif delm:
        s_mal.blocks.append(W.p("Delmålen baseras på:"))
        s_mal.blocks.append(W.lst("dash", [g["text"] for g in delm]))
    eff = [g for g in A.goals if g["kind"] == "effektmal"]
    if eff and lean == 2:
        sub = Sec("Effektmål")
        sub.blocks.append(W.para(P_EFFEKTMAL, 1, 2))
        sub.blocks.append(W.lst("bullet", [g["text"] for g in eff]))
        s_mal.blocks.append(sub)
        s_mal.subs += 1
    if lean == 2 and any(g["kind"] == "larandemal" for g in A.goals):
        sub = Sec("Lärandemål")
        sub.blocks.append(W.para(P_LARANDE, 2, 3))
        s_mal.blocks.append(sub)
        s_mal.subs += 1
    if lean > 0:
        secs.append(s_mal)

    # --- Värdegrund
    s_vg = Sec(rng.choice(("Värdegrund", "Värdegrund", "Värdegrund för partnerskapet", "Gemensam värdegrund")), "vardegrund")
    s_vg.blocks.append(W.para(P_VARDEGRUND, 1 if lean < 2 else 2, 2 if lean < 2 else 4))
    if lean == 2 and rng.random() < 0.6:
        s_vg.blocks.append(W.p(W.sent(VARDEGRUND_LEAD)))
        s_vg.blocks.append(W.lst(rng.choice(("dash", "bullet")), W.items(VARDEGRUND_ITEMS, rng.randint(3, 7))))
    growers.append((1.0, mk_para_grow(W, s_vg, P_VARDEGRUND, 2, 4), len(P_VARDEGRUND) // 3))
    if lean > 0:
        secs.append(s_vg)

    # --- optional sections chosen by length
    n_opt = max(0, min(len(OPTIONAL), int((t - 3.0) * 0.9 + rng.random() * 2.5)))
    chosen = set(k for k, _, _, _ in rng.sample(OPTIONAL, n_opt))
    if not any(p["contacts"] for p in A.parties):
        chosen.discard("kontakt")
    opt_secs = {1: [], 2: [], 3: [], 4: []}
    for key, heads, pool, grp in OPTIONAL:
        if key not in chosen:
            continue
        s = Sec(rng.choice(heads), key)
        if key == "parternas":
            for p in A.parties:
                sub = Sec("<em>%s</em>" % p["text_name"] if rng.random() < 0.5 else p["text_name"])
                if p["role"] == "public":
                    items = W.items(KOMMUN_ITEMS, rng.randint(2, 4))
                else:
                    saved = ctx["short"], ctx["short_gen"]
                    sn = p["text_name"]
                    ctx["short"] = sn
                    ctx["short_gen"] = sn + (":s" if sn.isupper() else ("" if sn.endswith("s") else "s"))
                    items = W.items(ACT_ITEMS, rng.randint(2, 4))
                    ctx["short"], ctx["short_gen"] = saved
                if rng.random() < 0.4:
                    sub.blocks.append(W.p("%s har följande del i överenskommelsen:" % p["text_name"]))
                sub.blocks.append(W.lst("bullet", items))
                s.blocks.append(sub)
                s.subs += 1
        elif key == "kontakt":
            for p in A.parties:
                for c in p["contacts"]:
                    dom = A.kommun["domain"] if p["role"] == "public" else slug(p["text_name"]).replace("-", "") + ".se"
                    s.blocks.append(W.p("%s: %s, %s" % (p["text_name"], full(c), email(c, dom))))
        else:
            s.blocks.append(W.para(pool, 2, 5))
            growers.append((0.6, mk_para_grow(W, s, pool, 2, 5), len(pool) // 3))
            if key == "utgangspunkter" and rng.random() < 0.5:
                s.blocks.append(W.p(W.sent(SKAL_LEAD)))
                s.blocks.append(W.lst("bullet", W.items(SKAL_ITEMS, rng.randint(3, 7))))
        opt_secs[grp].append(s)
    secs.extend(opt_secs[1])

    # --- Insatser/verksamhet
    s_ins = Sec(rng.choice(("Insatser/verksamhet", "Omfattning och insatser/verksamhet",
                            "Aktiviteter inom överenskommelsen", "Verksamhetens innehåll")), "insatser")
    s_ins.blocks.append(W.para(theme["ins_pool"], 2 if lean else 1, 5 if lean == 2 else 3))
    if lean and rng.random() < 0.5:
        s_ins.blocks.append(W.p(W.sent(ACT_LEAD)))
        s_ins.blocks.append(W.lst(rng.choice(("dash", "bullet")), W.items(ACT_ITEMS, rng.randint(3, 6))))
    akt_left = rng.sample(theme["akt"], len(theme["akt"]))
    allow_subs = t >= 6.5

    def grow_ins():
        if allow_subs and akt_left and rng.random() < 0.55:
            a = akt_left.pop()
            ctx["a"] = a
            ctx["A"] = cap(a)
            sub = Sec(cap(a))
            sub.blocks.append(W.para(P_AKTIVITET, 3, 6))
            if rng.random() < 0.5:
                sub.blocks.append(W.para(P_AKTIVITET, 2, 4))
            s_ins.blocks.append(sub)
            s_ins.subs += 1
        elif s_ins.subs:
            ctx["A"] = s_ins.blocks[-1].heading
            ctx["a"] = s_ins.blocks[-1].heading.lower()
            s_ins.blocks[-1].blocks.append(W.para(P_AKTIVITET, 2, 5))
        else:
            s_ins.blocks.append(W.para(theme["ins_pool"], 2, 6))
    growers.append((3.0, grow_ins, 3 * len(akt_left) + len(theme["ins_pool"]) // 3))
    secs.append(s_ins)

    # --- Organisation och samverkan
    s_org = Sec(rng.choice(("Organisation och samverkan", "Organisation och samverkan",
                            "Samverkan", "Organisation, ansvar och samverkan")), "organisation")
    s_org.blocks.append(W.para(P_ORG, 2 if lean else 1, 5 if lean == 2 else 3))
    growers.append((2.0, mk_para_grow(W, s_org, P_ORG, 2, 6), len(P_ORG) // 3))
    if lean > 0 or rng.random() < 0.3:
        secs.append(s_org)
    secs.extend(opt_secs[2])

    # --- Ekonomi
    secs.extend(build_economy(A, W))

    # --- Uppföljning
    s_up = Sec(rng.choice(("Kunskapsinhämtning och uppföljning", "Avstämning och uppföljning",
                           "Styrning och uppföljning av överenskommelsen", "Uppföljning")), "uppfoljning")
    mt = MEETING[A.meeting_kind]
    first_txt = []
    if A.rpy:
        first_txt.append("Parterna åtar sig att en gång per år rapportera genomförda aktiviteter och utfall av dessa skriftligt%s till %s." %
                         (rng.choice(("", " i en gemensam rapport")), nm["name"].lower()))
    if A.meeting_kind == "styrgrupp":
        s_up.blocks.append(W.p(" ".join(first_txt + ["Styrgrupp utgörs av de ansvariga företrädarna för parterna."])))
        s_up.blocks.append(W.p("Styrgruppens uppdrag:"))
        s_up.blocks.append(W.lst("bullet", W.items(STYR_ITEMS, rng.randint(2, 4))))
        s_up.blocks.append(W.p("Styrgruppen ska sammanträda %s per år och %s ansvarar för kallelse och dokumentation av styrgruppens sammanträden." %
                               (times(A.mpy), nm["forv"])))
    else:
        if rng.random() < 0.5:
            first_txt.append("Överenskommelsen och verksamheten utvärderas kontinuerligt vid minst %s %s per år." %
                             (ORD_N[A.mpy] if mt[0] == "partssamtal" else ORD[A.mpy], mt[1] if A.mpy > 1 else mt[0]))
        else:
            first_txt.append("Om inte annat initiativ tas sammankallar %s till %s minst %s per år." %
                             (nm["forv"], mt[1], times(A.mpy)))
        s_up.blocks.append(W.p(" ".join(first_txt)))
    if lean or rng.random() < 0.3:
        s_up.blocks.append(W.para(P_UPPF, 1, 3 if lean == 2 else 1))
    growers.append((0.8, mk_para_grow(W, s_up, P_UPPF, 2, 4), len(P_UPPF) // 3))
    secs.append(s_up)
    secs.extend(opt_secs[3])

    # --- Giltighet
    s_gil = Sec(rng.choice(("Giltighet", "Giltighet", "Period för överenskommelsen",
                            "Överenskommelsens giltighetstid")), "giltighet")
    f, to = iso(A.pfrom), iso(A.pto)
    r = rng.random()
    if r < 0.3:
        g1 = "Överenskommelsen gäller från och med %s%s till och med %s." % (
            f, (" och %s år framåt," % ORD[A.nyears]) if A.nyears > 1 else "", to)
    elif r < 0.55:
        g1 = "Överenskommelsen avser perioden %s till och med %s." % (f, to)
    elif r < 0.75:
        g1 = "Det idéburna offentliga partnerskapet gäller från %s till %s." % (f, to)
    else:
        g1 = ("Överenskommelsen gäller under %s från och med %s till och med %s, under förutsättning att samtliga aktörer undertecknat överenskommelsen." %
              ("ett år" if A.nyears == 1 else "%s år" % ORD[A.nyears], f, to))
    gl = [g1]
    terms = []
    if rng.random() < 0.7:
        if rng.random() < 0.4:
            mo = rng.choice((3, 3, 6))
            terms.append(("notice", mo))
            gl.append("Överenskommelsen kan sägas upp av vardera part med %d månaders uppsägningstid." % mo)
        if rng.random() < 0.2:
            by = A.pfrom + datetime.timedelta(days=rng.randint(30, max(31, (A.pto - A.pfrom).days - 60)))
            terms.append(("review", by))
            gl.append("Parterna har för avsikt att senast %s göra en översyn om överenskommelsen ska få en fortsättning eller inte." % iso(by))
        if rng.random() < 0.6 or not terms:
            terms.append(("immediate", None))
            gl.append("Om den ena av parterna väsentligt åsidosätter vad som framgår av denna överenskommelse kan överenskommelsen hävas med %s." %
                      ("<strong>omedelbar verkan</strong>" if rng.random() < 0.25 else "omedelbar verkan"))
            if rng.random() < 0.5:
                gl.append("Samma gäller om någon av parterna kommer på obestånd eller på annat sätt missköter uppdraget på så sätt att det allvarligt riskerar att rubba förtroendet.")
    A.terms = terms
    s_gil.blocks.append(W.p(" ".join(gl)))
    if rng.random() < 0.4:
        s_gil.blocks.append(W.p("Om någon av aktörerna på grund av väsentligt förändrade förutsättningar har svårighet att uppfylla sin del kan överenskommelsen behöva förändras eller upphävas. Förändringar i överenskommelsen ska ske i dialog mellan aktörerna."))
    secs.append(s_gil)
    secs.extend(opt_secs[4])

    # --- grow to the target length; a section that has grown gets less
    # likely to grow again, so that long texts spread over their sections
    weights = [w for w, _, _ in growers]
    grown = [0] * len(growers)
    while W.words < target:
        r = rng.random() * sum(weights)
        k = len(growers) - 1
        for j, w in enumerate(weights):
            r -= w
            if r < 0:
                k = j
                break
        growers[k][1]()
        grown[k] += 1
        weights[k] *= 0.75 if grown[k] < growers[k][2] else 0.05

    # --- Underskrifter
    sig = signatures_xml(A, W)
    in_section = rng.random() < 0.6
    if in_section:
        s_sig = Sec(rng.choice(("Underskrifter", "Underskrifter", "Underskrifter:", "Undertecknande")), "sign")
        s_sig.blocks.append(sig)
        secs.append(s_sig)
    style = weighted(rng, (("dot", 0.35), ("plain", 0.3), ("none", 0.35)))
    number_sections(secs, style)
    blocks = []
    if A.toc:
        blocks.append(['<toc title="Innehåll"/>'] if rng.random() < 0.6 else ["<toc/>"])
    if rng.random() < (0.7 if lean else 0.3):
        blocks.append(W.p(intro_text(A)))
    blocks.extend(secs)
    if not in_section:
        blocks.append(sig)
    A.text_blocks = blocks
    A.purpose = W.sent(P_SYFTE) if rng.random() < 0.3 else None


def build_economy(A, W):
    rng = A.rng
    ctx = A.ctx
    nm = A.namnd
    out = []
    s = Sec(rng.choice(("Ekonomi", "Ekonomi", "Ekonomi och kostnader per kalenderår", "Finansiering")), "ekonomi")
    cur = A.budgets[0]["currency"]
    if rng.random() < 0.7:
        s.blocks.append(W.p(rng.choice((
            "Det sammanlagda värdet för insatsen beräknas till %s kronor/år." % kr(A.total),
            "Överenskommelsens ekonomiska omfattning är %s kr per år." % kr(A.total),
            "Insatsens totala värde uppgår till %s kr per kalenderår." % kr(A.total)))))
    for b in A.budgets:
        if not b["in_text"]:
            continue
        p = b["p"]
        if rng.random() < 0.55:
            if p["role"] == "public":
                s.blocks.append(W.p("%s del består i att bekosta %s:" % (
                    (p["name"] + "s") if p["name"].endswith("kommun") else p["name"] + "s",
                    join_names([l[0].lower() for l in b["lines"][:2]]) +
                    (" samt övriga kostnader som tillkommer föreningen i och med denna insats" if len(b["lines"]) > 2 else ""))))
            else:
                s.blocks.append(W.p("%s del består i %s:" % (
                    p["text_name"] + (":s" if p["text_name"].isupper() else ("" if p["text_name"].endswith("s") else "s")),
                    rng.choice(("arbetstid, lokaler och ideella insatser",
                                "arbetstid för verksamheten samt kostnader för lokal som används under merparten av insatsens verksamheter",
                                "egna kostnader, lokaler och volontärarbete, som %s själv bär" % p["text_name"])))))
        s.blocks.append(budget_xml(b, rng))
    payers = [p for p in A.parties if p["sum"]]
    if len(payers) >= 2 and rng.random() < 0.4:
        bits = []
        for p in payers:
            if p["role"] == "public":
                bits.append("%s bidrar med %s kr per år" % (p["text_name"], kr(p["sum"])))
            else:
                bits.append("%s med insatser till ett värde av %s kr per år" % (p["text_name"], kr(p["sum"])))
        s.blocks.append(W.p(join_names(bits) + "."))
    if A.adjust:
        if A.adjust[0] == "percent":
            s.blocks.append(W.p("För varje nytt kalenderår justeras kostnaderna för pris- och löneförändring med %s %%." %
                                A.adjust[1].replace(".", ",")))
        else:
            s.blocks.append(W.p("Uppräkning sker årligen enligt OPI från och med %s. Ersättningen justeras med omsorgsprisindex (OPI) som publiceras av Sveriges Kommuner och Regioner." %
                                iso(A.adjust[2])))
    if rng.random() < 0.25:
        s.blocks.append(W.p("Det är fritt för de idéburna organisationerna att söka medel från andra finansiärer eller andra samarbetsorganisationer."))
    if rng.random() < 0.25:
        s.blocks.append(W.p("Utöver denna finansiering erbjuder %s resurser i form av frivilligt arbete." % ctx["short"]))
    # the summary of all parties' budgets
    attrs = []
    if rng.random() < 0.4:
        attrs.append('total-label="%s"' % rng.choice(("Summa:", "Summa", "Totalt")))
    if rng.random() < 0.2:
        attrs.append('shares="no"')
    if rng.random() < 0.15:
        attrs.append('descriptions="yes"')
        for b in A.budgets:
            if not b["description"]:
                b["description"] = "%s. Här ingår bland annat %s." % (
                    cap(rng.choice(A.theme["akt"])), join_names([l[0].lower() for l in b["lines"][:3]]))
    if rng.random() < 0.15:
        attrs.append('party-heading="Partner"')
    if cur == "kronor":
        attrs.append('currency="kronor"')
    cap_txt = rng.choice(("Respektive samarbetspartner bidrar med:", "Parternas bidrag per år:", None, None))
    a = (" " + " ".join(attrs)) if attrs else ""
    if cap_txt:
        s.blocks.append(["<budget-summary%s>" % a, "  <caption>%s</caption>" % cap_txt, "</budget-summary>"])
    else:
        s.blocks.append(["<budget-summary%s/>" % a])
    W.words += 12
    pay = payment_xml(A, W)
    if rng.random() < 0.2:
        s2 = Sec(rng.choice(("Ekonomiska villkor och fakturering", "Fakturering och utbetalning")), "betalning")
        s2.blocks.append(pay)
        out = [s, s2]
    else:
        s.blocks.append(pay)
        out = [s]
    return out


def payment_xml(A, W):
    rng = A.rng
    nm = A.namnd
    kom = A.kommun
    org = A.orgs[0]
    if rng.random() < 0.75:
        freq = weighted(rng, (("yearly", 0.4), ("half-yearly", 0.25), ("quarterly", 0.3), ("monthly", 0.05)))
        elec = rng.random() < 0.5
        words = {"yearly": "en gång per år", "half-yearly": "två gånger per år",
                 "quarterly": "en gång per kvartal", "monthly": "en gång i månaden"}[freq]
        out = ['<payment frequency="%s" kind="invoice" electronic="%s">' % (freq, "yes" if elec else "no")]
        out.append("  <p>%s skickas %s till:</p>" % ("Elektronisk faktura" if elec else "Faktura", words))
        out.append("  <address>")
        out.append("    <line>%s, %s</line>" % (kom["name"], nm["forv"]))
        out.append("    <line>%s</line>" % rng.choice(kom["skanning"]))
        out.append("    <line>%s</line>" % kom["post"])
        out.append("  </address>")
        if rng.random() < 0.5:
            code = "%d%s" % (rng.randint(100, 499), rng.choice("ABCDEFZ"))
            out.append('  <reference label="Referenskod">%s</reference>' % code)
            if rng.random() < 0.6:
                out.append('  <reference label="Märkning">ID %d, AKTIVITET: %d</reference>' %
                           (rng.randint(100000, 199999), rng.randint(400000, 499999)))
        if rng.random() < 0.4:
            out.append("  <p>Ange: ”IOP %s” samt faktureringsperiod, ex helår %d</p>" % (org["name"], A.pfrom.year))
        W.words += 30
    else:
        freq = weighted(rng, (("yearly", 0.6), ("half-yearly", 0.2), ("quarterly", 0.2)))
        month = rng.randint(1, 12) if freq == "yearly" and rng.random() < 0.6 else None
        attrs = 'kind="payout" frequency="%s"' % freq
        if month:
            attrs += ' month="%d"' % month
            when = "en gång per år i %s månad" % MONTHS[month - 1]
        else:
            when = {"yearly": "en gång per år", "half-yearly": "två gånger per år",
                    "quarterly": "en gång per kvartal"}[freq]
        out = ["<payment %s>" % attrs]
        out.append("  <p>Utbetalningarna sker %s till %s %s efter %s.</p>" % (
            when, org["name"] + ("" if org["name"].endswith("s") else "s"),
            rng.choice(("bankgiro", "plusgiro")),
            rng.choice(("rekvisition", "att överenskommelsen undertecknats av samtliga parter"))))
        out.append("  <p>Frågor om utbetalningen ställs till:</p>")
        out.append("  <address>")
        out.append("    <line>%s</line>" % kom["name"])
        out.append("    <line>%s</line>" % nm["forv"])
        out.append("    <line>%s</line>" % kom["post"])
        out.append("  </address>")
        W.words += 30
    out.append("</payment>")
    return out


def signatures_xml(A, W):
    rng = A.rng
    kom = A.kommun
    nm = A.namnd
    out = ["<signatures>"]
    if rng.random() < 0.5:
        out.append("  <p>Denna överenskommelse är upprättad i %s likalydande exemplar där parterna tagit var sitt.</p>" %
                   ORD_N[len(A.parties)])
    year_pre = rng.random() < 0.3
    final_names = rng.random() < 0.7
    final_place = rng.random() < 0.6
    for p in A.parties:
        out.append('  <signatory party="%s"%s>' % (
            p["id"], (' year="%d"' % A.sign_date.year) if year_pre and A.status != "signed" else ""))
        if p["role"] == "public":
            fr = rng.choice(("För %s" % p["name"], "För %s, %s" % (nm["name"], p["name"]) if p["name"] == kom["name"] else "För %s" % p["name"]))
        else:
            fr = "För %s" % p["name"]
        if rng.random() < 0.85:
            out.append("    <for>%s</for>" % fr)
        named = A.status == "signed" or final_names
        if named:
            out.append("    <name>%s</name>" % full(p["signer"]))
            if rng.random() < 0.8:
                out.append("    <title>%s</title>" % p["signer_title"])
                out.append("    <organisation>%s</organisation>" % (nm["forv"] if p["role"] == "public" else p["name"]))
        if A.status == "signed" or final_place:
            out.append("    <place>%s</place>" % kom["stad"])
        if A.status == "signed":
            d = A.sign_date - datetime.timedelta(days=rng.choice((0, 0, 0, 1, 2, 7)))
            out.append("    <date>%s</date>" % iso(d))
        out.append("  </signatory>")
    out.append("</signatures>")
    W.words += 10 * len(A.parties)
    return out


# ---------------------------------------------------------------------------
# agreement XML

def phone(rng, kom):
    return "%s-%02d %02d %02d" % (kom["area"], rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))


def agreement_xml(A, seed):
    rng = A.rng
    kom = A.kommun
    nm = A.namnd
    o = []
    o.append('<?xml version="1.0" encoding="UTF-8"?>')
    o.append("<!-- Synthetic agreement for iopdoc's benchmark (tests/bench/generate.py, seed %s); not real data. -->" % esc(str(seed)))
    o.append('<agreement id="%s" kind="%s" status="%s"%s>' % (
        A.id, A.kind, A.status, ' title-page="yes"' if A.title_page else ""))
    orgnames = join_names([p["name"] for p in A.orgs])
    if A.kind == "samverkan":
        title = "Överenskommelse om samverkan"
        sub = "IOP mellan %s och %s för %s" % (kom["name"], orgnames, A.ctx["mg"])
    else:
        title = rng.choice(("Överenskommelse om IOP", "Överenskommelse om Idéburet Offentligt Partnerskap",
                            "Överenskommelse om idéburet offentligt partnerskap",
                            "Idéburet offentligt partnerskap (IOP)"))
        sub = rng.choice(("mellan %s och %s" % (A.pub["name"], orgnames),
                          "mellan %s och %s" % (A.pub["name"], orgnames),
                          "– gällande %s mellan %s och %s" % (
                              render(compile_template(rng.choice(A.theme["effekt"])), rng, A.ctx),
                              A.pub["name"], orgnames)))
    o.append("  <title>%s</title>" % esc(title))
    o.append("  <subtitle>%s</subtitle>" % esc(sub))
    o.append("  <effort>%s</effort>" % esc(A.effort))
    if rng.random() < 0.55:
        yr = A.sign_date.year
        if rng.random() < 0.5:
            dn = "%s %d-%d" % (nm["abbr"], yr, rng.randint(10, 999))
        else:
            dn = "%s %d/%04d" % (nm["abbr"], yr, rng.randint(10, 2999))
        o.append("  <diarienummer>%s</diarienummer>" % dn)
    if A.date:
        o.append("  <date>%s</date>" % iso(A.date))
    if rng.random() < 0.35:
        o.append("  <handlaggare>%s</handlaggare>" % esc(full(A.handlaggare)))
    if rng.random() < 0.35:
        o.append("  <unit>%s</unit>" % esc(rng.choice(nm["units"])))
    if A.purpose:
        o.append("  <purpose>%s</purpose>" % esc(A.purpose))
    o.append("  <parties>")
    for p in A.parties:
        o.append('    <party id="%s" role="%s">' % (p["id"], p["role"]))
        o.append("      <name>%s</name>" % esc(p["name"]))
        if p["short"]:
            o.append("      <short>%s</short>" % esc(p["short"]))
        if p["orgnr"]:
            o.append("      <orgnr>%s</orgnr>" % p["orgnr"])
        if p["acting"]:
            o.append("      <acting>%s</acting>" % esc(p["acting"]))
        for c in p["contacts"]:
            dom = kom["domain"] if p["role"] == "public" else slug(p["text_name"]).replace("-", "") + ".se"
            o.append("      <contact%s>" % (' label="Kontaktperson"' if rng.random() < 0.4 else ""))
            o.append("        <name>%s</name>" % esc(full(c)))
            o.append("        <email>%s</email>" % email(c, dom))
            if rng.random() < 0.5:
                o.append("        <phone>%s</phone>" % phone(rng, kom))
            o.append("      </contact>")
        o.append("    </party>")
    o.append("  </parties>")
    o.append('  <responsible-namnd id="%s" kommun="%s" source="text">%s</responsible-namnd>' % (
        nm["id"], kom["name"], nm["name"]))
    o.append('  <period from="%s" to="%s"/>' % (iso(A.pfrom), iso(A.pto)))
    if A.terms:
        o.append("  <terms>")
        for k, v in A.terms:
            if k == "notice":
                o.append('    <notice months="%d"/>' % v)
            elif k == "review":
                o.append('    <review by="%s"/>' % iso(v))
            else:
                o.append("    <immediate-termination/>")
        o.append("  </terms>")
    if A.has_followup_el:
        attrs = ['meetings-per-year="%d"' % A.mpy, 'meeting-kind="%s"' % A.meeting_kind]
        if A.rpy:
            attrs.append('reports-per-year="%d"' % A.rpy)
            attrs.append('report-to="%s"' % nm["id"])
        o.append("  <followup %s/>" % " ".join(attrs))
    tg = rng.choice(A.theme["tg"])
    o.append("  <target-groups>")
    for kind, text in tg:
        o.append('    <target-group kind="%s">%s</target-group>' % (kind, esc(render(compile_template(text), rng, A.ctx))))
    o.append("  </target-groups>")
    o.append("  <goals>")
    for g in A.goals:
        attrs = ['id="%s"' % g["id"], 'kind="%s"' % g["kind"]]
        if "measure" in g:
            attrs.append('measure="%s"' % esc_attr(g["measure"]))
        if g.get("comparison"):
            attrs.append('comparison="%s" value="%d" unit="%s" per="%s"' % (
                g["comparison"], g["value"], esc_attr(g["unit"]), g["per"]))
        o.append("    <goal %s>%s</goal>" % (" ".join(attrs), esc(g["text"])))
    o.append("  </goals>")
    head_budgets = [b for b in A.budgets if not b["in_text"]]
    if A.stated_total or A.adjust or head_budgets or A.prorate:
        o.append("  <economy%s>" % (' prorate="yes"' if A.prorate else ""))
        if A.stated_total:
            o.append('    <stated-total amount="%d" per="year"/>' % A.total)
        if A.adjust:
            if A.adjust[0] == "percent":
                o.append('    <adjustment kind="percent" percent="%s" from="%s"/>' % (A.adjust[1], iso(A.adjust[2])))
            else:
                o.append('    <adjustment kind="index" index="OPI" from="%s"/>' % iso(A.adjust[2]))
        for b in head_budgets:
            for line in budget_xml(b, rng):
                o.append("    " + line)
        o.append("  </economy>")
    o.append("  <text>")
    emit(o, A.text_blocks, "    ")
    o.append("  </text>")
    o.append("</agreement>")
    o.append("")
    return "\n".join(o)


# ---------------------------------------------------------------------------
# follow-ups

NTH = ["första", "andra", "tredje", "fjärde"]


def span_text(a, b):
    if a.year == b.year:
        if a.month == b.month:
            return "%s %d" % (MONTHS[a.month - 1], a.year)
        return "%s–%s %d" % (MONTHS[a.month - 1], MONTHS[b.month - 1], b.year)
    return "%s %d–%s %d" % (MONTHS[a.month - 1], a.year, MONTHS[b.month - 1], b.year)


def make_followups(A, seed):
    rng = random.Random("iopdoc-bench-fu:%s:%s" % (seed, A.id))
    if rng.random() < 0.10:
        return []
    mk = MEETING[A.meeting_kind][3]
    out = []
    for k in range(A.nyears):
        w0 = add_years(A.pfrom, k)
        w1 = add_years(A.pfrom, k + 1) - DAY
        n = 2 if rng.random() < 0.55 else 1
        if n == 2:
            d1 = w0 + datetime.timedelta(days=rng.randint(60, 199))
            d2 = w0 + datetime.timedelta(days=rng.randint(200, (w1 - w0).days))
            dates = [d1, d2]
            kinds = [mk, "verksamhetsrapport" if A.rpy and rng.random() < 0.7 else mk]
        else:
            dates = [w0 + datetime.timedelta(days=rng.randint(60, (w1 - w0).days))]
            kinds = ["verksamhetsrapport" if A.rpy and rng.random() < 0.4 else mk]
        nth_meeting = 0
        for d, kind in zip(dates, kinds):
            if kind != "verksamhetsrapport":
                nth_meeting += 1
            out.append(followup_xml(A, rng, seed, d, kind, nth_meeting))
    return out


def followup_xml(A, rng, seed, d, kind, nth):
    kom = A.kommun
    nm = A.namnd
    org = A.orgs[0]
    ctx = A.ctx
    fid = "%s-%s-%s" % (A.id, kind, iso(d))
    # outcome period: from the start of the year (or the period) to the
    # end of this month or the month before
    if rng.random() < 0.3:
        of = max(A.pfrom, add_years(A.pfrom, (d.year - A.pfrom.year) - (1 if (d.month, d.day) < (A.pfrom.month, A.pfrom.day) else 0)))
    else:
        of = max(A.pfrom, D(d.year, 1, 1))
    ot = month_end(d)
    if d.day < 20 or rng.random() < 0.3:
        prev = D(d.year, d.month, 1) - DAY
        if prev >= of:
            ot = prev
    if ot > A.pto:
        ot = A.pto
    assert A.pfrom <= of <= ot <= month_end(d) and ot <= A.pto, (fid, of, ot)
    frac = max(0.05, ((ot - of).days + 1) / 365.0)

    measured = [g for g in A.goals if "measure" in g]
    outcomes = []
    nout = rng.randint(1, min(4, len(measured) + 1))
    pool = list(measured)
    rng.shuffle(pool)
    for g in pool[:nout]:
        lo, hi = 0, 0
        for m in A.theme["measures"]:
            if m[0] == g["measure"]:
                lo, hi = m[2], m[3]
        if g.get("value"):
            v = int(round(g["value"] * frac * rng.uniform(0.6, 1.35)))
        else:
            v = int(round(rng.randint(lo, hi) * frac))
        outcomes.append(dict(measure=g["measure"], unit=g["unit"], value=max(1, v),
                             gender=g["gender"], goal=g["id"] if rng.random() < 0.5 else None,
                             text="Antal %s" % g["measure"]))
    others = list(A.theme["other"])
    rng.shuffle(others)
    while (len(outcomes) < nout or not outcomes) and others:
        measure, unit, gender = others.pop()
        v = max(1, int(round(rng.randint(10, 300) * frac)))
        outcomes.append(dict(measure=measure, unit=unit, value=v, gender=gender, goal=None,
                             text="Antal %s" % measure))
    for oc in outcomes:
        oc["women"] = oc["men"] = oc["other"] = None
        if oc["gender"] and rng.random() < 0.8:
            v = oc["value"]
            share = rng.uniform(0.85, 1.0) if A.theme is THEMES.get("kvinnor") or "Kvinno" in org["name"] else rng.uniform(0.2, 0.8)
            w = int(round(v * share))
            other = 1 if v > 20 and rng.random() < 0.1 else 0
            men = v - w - other
            if men < 0:
                w += men
                men = 0
            oc["women"], oc["men"] = w, men
            oc["other"] = other if other else None

    kom_p = A.kommun_people
    org_p = org["people"]
    by_kommun = kind != "verksamhetsrapport" or rng.random() < 0.5
    author = kom_p[0] if by_kommun else org_p[0]
    author_title = (cap(A.kommun_roles[0]) + ", " + nm["forv"]) if by_kommun else (cap(org["roles"][0]) + ", " + org["name"])
    parts = [(kom_p[0], kom["name"], A.kommun_roles[0] + ", " + nm["forv"])]
    if rng.random() < 0.5:
        parts.append((kom_p[1], kom["name"], A.kommun_roles[1]))
    parts.append((org_p[0], org["name"], org["roles"][0]))
    if rng.random() < 0.6:
        parts.append((org_p[1], org["name"], org["roles"][1]))
    for o2 in A.orgs[1:]:
        if rng.random() < 0.6:
            parts.append((o2["people"][0], o2["name"], o2["roles"][0]))

    title_bits = {
        "partssamtal": "Partssamtal %s och %s, IOP %s" % (kom["name"], org["name"], A.effort),
        "dialogmote": rng.choice(("Dialogmöte %d, IOP %s" % (d.year, A.effort),
                                  "Dialogmöte %s och %s, IOP %s" % (kom["name"], org["name"], A.effort))),
        "styrgrupp": "Styrgruppsmöte %s och %s, IOP %s" % (nm["forv"], org["name"], A.effort),
        "verksamhetsrapport": "Verksamhetsrapport %s, IOP %s, %s och %s" % (
            span_text(of, ot) if (of.month, ot.month) != (1, 12) else str(ot.year), A.effort, kom["name"], org["name"]),
    }
    o = []
    o.append('<?xml version="1.0" encoding="UTF-8"?>')
    o.append("<!-- Synthetic follow-up for iopdoc's benchmark (tests/bench/generate.py, seed %s); not real data. -->" % esc(str(seed)))
    o.append('<followup id="%s" agreement="%s" kind="%s">' % (fid, A.id, kind))
    o.append("  <title>%s</title>" % esc(title_bits[kind]))
    o.append("  <date>%s</date>" % iso(d))
    o.append("  <author>")
    o.append("    <name>%s</name>" % esc(full(author)))
    o.append("    <title>%s</title>" % esc(author_title))
    o.append("  </author>")
    o.append("  <participants>")
    for pp, porg, prole in parts:
        o.append("    <participant>")
        o.append("      <name>%s</name>" % esc(full(pp)))
        o.append("      <organisation>%s</organisation>" % esc(porg))
        if rng.random() < 0.8:
            o.append("      <role>%s</role>" % esc(prole))
        o.append("    </participant>")
    o.append("  </participants>")
    acts = []
    if rng.random() < 0.5:
        acts = rng.sample(A.theme["akt"], rng.randint(1, 3))
        o.append("  <activities>")
        for a in acts:
            ppt = rng.random() < 0.4
            o.append("    <activity%s>" % (' participants-per-time="%s"' % ctx["ppt"] if ppt else ""))
            o.append("      <name>%s</name>" % esc(cap(a)))
            for place in rng.sample(kom["stadsdelar"], rng.randint(0, 3)):
                pw = rng.randint(1, 4)
                freq = rng.choice(("%s kvällar i veckan" % ORD[pw] if pw > 1 else "1 kväll i veckan",
                                   "%d gånger i veckan" % pw if pw > 1 else "varje vecka"))
                o.append('      <place frequency="%s" per-week="%d">%s</place>' % (freq, pw, esc(place)))
            o.append("    </activity>")
        o.append("  </activities>")
    o.append('  <outcomes from="%s" to="%s">' % (iso(of), iso(ot)))
    for oc in outcomes:
        attrs = ['measure="%s"' % esc_attr(oc["measure"]), 'value="%d"' % oc["value"],
                 'unit="%s"' % esc_attr(oc["unit"])]
        if oc["women"] is not None:
            attrs.append('women="%d" men="%d"' % (oc["women"], oc["men"]))
            if oc["other"]:
                attrs.append('other="%d"' % oc["other"])
        if oc["goal"]:
            attrs.append('goal="%s"' % oc["goal"])
        o.append("    <outcome %s>%s</outcome>" % (" ".join(attrs), esc(oc["text"])))
    o.append("  </outcomes>")
    next_goals = []
    if measured and rng.random() < 0.3:
        ny = d.year + 1 if d.month >= 9 else d.year
        o.append('  <next-goals year="%d">' % ny)
        for g in rng.sample(measured, min(len(measured), rng.randint(1, 2))):
            comp = rng.choice(("oka", "bibehalla", "minst"))
            gid = "%d-%s-%s" % (ny, comp, slug(g["measure"])[:40])
            if comp == "minst":
                v = g.get("value") or max(5, int(round(rng.randint(10, 200))))
                v = int(round(v * rng.uniform(1.0, 1.2)))
                txt = "Minst %d %s under %d." % (v, g["measure"], ny)
                o.append('    <goal id="%s" kind="delmal" measure="%s" comparison="minst" value="%d" unit="%s" per="year">%s</goal>' % (
                    gid, esc_attr(g["measure"]), v, esc_attr(g["unit"]), esc(txt)))
            else:
                txt = ("Öka antalet %s jämfört med %d." if comp == "oka" else "Bibehålla antalet %s jämfört med %d.") % (g["measure"], ny - 1)
                o.append('    <goal id="%s" kind="delmal" measure="%s" comparison="%s">%s</goal>' % (
                    gid, esc_attr(g["measure"]), comp, esc(txt)))
            next_goals.append(txt)
        o.append("  </next-goals>")

    # the printed text
    fctx = ctx
    fctx["nth"] = NTH[min(nth, 4) - 1] if nth else "första"
    fctx["pfrom"] = iso(A.pfrom)
    fctx["pto"] = iso(A.pto)
    fctx["pfrom_year"] = "%s %d" % (MONTHS[A.pfrom.month - 1], A.pfrom.year)
    fctx["mpy_txt"] = times(A.mpy)
    fctx["since_month"] = MONTHS[of.month - 1]
    fctx["outcome_span"] = span_text(of, ot)
    gl = [g for g in A.goals if g.get("comparison")]
    fctx["goal_txt"] = ("minst %d %s per år" % (gl[0]["value"], gl[0]["unit"])) if gl else "fler deltagare än förra året"
    W = Writer(rng, fctx)
    summary = None
    if rng.random() < 0.7:
        first = outcomes[0]
        summary = "%s Under %s uppgick antalet %s till %s %s." % (
            W.sent(P_FU_SUMMA), span_text(of, ot), first["measure"], kr(first["value"]), first["unit"])
        o.append("  <summary>%s</summary>" % esc(summary))
    o.append("  <text>")
    t = []
    if rng.random() < 0.3:
        t.append("    <p>Deltagare:</p>")
        for pp, porg, prole in parts:
            t.append("    <p>%s, %s</p>" % (esc(full(pp)), esc(porg)))

    def sec(head, blocks):
        t.append("    <section>")
        t.append("      <heading>%s</heading>" % head)
        for b in blocks:
            for line in b:
                t.append("      " + line)
        t.append("    </section>")

    bak = [W.p(W.text(P_FU_BAKGRUND, rng.randint(2, 4)))]
    if rng.random() < 0.4:
        bak.append(W.para(P_FU_BAKGRUND, 1, 2))
    sec("Bakgrund", bak)
    akt = [W.para(P_FU_AKT, 2, 4)]
    if acts and rng.random() < 0.6:
        akt.append(W.p("Aktiviteterna som projektet genomför är:"))
        akt.append(W.lst("dash", ["%s." % cap(a) for a in acts]))
    if rng.random() < 0.5:
        akt.append(W.para(P_FU_AKT, 1, 3))
    sec(rng.choice(("Genomförda aktiviteter", "Aktiviteter")), akt)
    items = []
    for oc in outcomes:
        s = "%s: %s" % (oc["text"], kr(oc["value"]))
        if oc["women"] is not None:
            s += " (%s kvinnor, %s män%s)" % (kr(oc["women"]), kr(oc["men"]),
                                              ", %d övriga" % oc["other"] if oc["other"] else "")
        items.append(s + ".")
    res = [W.p("Utfall %s:" % span_text(of, ot)), W.lst(rng.choice(("bullet", "dash")), items)]
    if rng.random() < 0.6:
        res.append(W.para(P_FU_RES, 1, 2))
    sec("Resultat", res)
    if next_goals or rng.random() < 0.3:
        fr = [W.para(P_FU_FRAMTID, 1, 3)]
        if next_goals:
            fr.append(W.p("Delmål för %d är" % (d.year + 1 if d.month >= 9 else d.year)))
            fr.append(W.lst("dash", next_goals))
        sec(rng.choice(("Framtid", "Fortsatt arbete")), fr)
    if rng.random() < 0.3:
        sec("Överenskommelser", [W.lst("dash", W.items(FU_AGREED, rng.randint(2, 3)))])
    if rng.random() < 0.2 and A.pub["sum"]:
        sec("Ekonomi", [W.p("Via partnerskapet finansierar %s verksamheten med %s kr/år. Partnerskapets giltighet sträcker sig %s – %s." % (
            kom["name"], kr(A.pub["sum"]), iso(A.pfrom), iso(A.pto)))])
    sec("Sammanfattning", [W.p(summary if summary and rng.random() < 0.5 else W.text(P_FU_SUMMA, rng.randint(2, 3)))])
    if rng.random() < 0.2:
        t.append("    <p>%s för %s</p>" % (esc(full(kom_p[0])), kom["name"]))
        t.append("    <p>%s, %s</p>" % (esc(full(org_p[0])), esc(org["name"])))
    o.extend(t)
    o.append("  </text>")
    o.append("</followup>")
    o.append("")
    return fid, "\n".join(o)


# ---------------------------------------------------------------------------
# main

def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(outdir, n, seed, budget_lines_k=None):
    """Writes the files; returns (agreements, follow-ups) written."""
    if budget_lines_k:
        aid = "bench-budget-%d" % budget_lines_k
        A = make_agreement(seed, "budget-%d" % budget_lines_k, aid, budget_lines_k)
        write(os.path.join(outdir, aid + ".xml"), agreement_xml(A, seed))
        return 1, 0
    width = max(4, len(str(n)))
    nf = 0
    for i in range(1, n + 1):
        aid = "bench-%0*d" % (width, i)
        A = make_agreement(seed, i, aid)
        write(os.path.join(outdir, aid + ".xml"), agreement_xml(A, seed))
        for fid, text in make_followups(A, seed):
            write(os.path.join(outdir, fid + ".xml"), text)
            nf += 1
    return n, nf


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="generate.py",
        description="Write realistic synthetic iopdoc agreements and follow-ups for the benchmark.")
    ap.add_argument("outdir")
    ap.add_argument("--agreements", type=int, default=1000, metavar="N",
                    help="number of agreements (default 1000)")
    ap.add_argument("--seed", default="1", metavar="S", help="seed (default 1)")
    ap.add_argument("--budget-lines", type=int, default=None, metavar="K",
                    help="write one agreement whose single budget table has K lines, and no follow-ups")
    ap.add_argument("--force", action="store_true",
                    help="write into OUTDIR even if it is not empty")
    args = ap.parse_args(argv)
    if args.agreements < 1:
        ap.error("--agreements must be at least 1")
    if args.budget_lines is not None and not 1 <= args.budget_lines <= 100000:
        ap.error("--budget-lines must be 1 to 100000 (the schema's limit)")
    if os.path.exists(args.outdir):
        if not os.path.isdir(args.outdir):
            print("generate.py: %s exists and is not a folder" % args.outdir, file=sys.stderr)
            return 2
        if os.listdir(args.outdir) and not args.force:
            print("generate.py: %s is not empty (use --force to write into it)" % args.outdir, file=sys.stderr)
            return 2
    else:
        os.makedirs(args.outdir)
    na, nf = generate(args.outdir, args.agreements, args.seed, args.budget_lines)
    print("generate.py: wrote %d agreement%s and %d follow-up%s to %s" % (
        na, "" if na == 1 else "s", nf, "" if nf == 1 else "s", args.outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
