#!/usr/bin/env python3
"""Deterministic generator of realistic synthetic input for iopdoc's benchmark.

    python3 tests/bench/generate.py OUTDIR [--agreements N] [--seed S]
                                          [--budget-lines K] [--force]

Writes N agreements (default 1000), named bench-0001.xml ..., and their
follow-ups (bench-0001-dialogmote-2023-05-16.xml ...) into OUTDIR.  With
--budget-lines K it writes exactly one agreement, bench-budget-K.xml, whose
single budget table has K lines, and no follow-ups.

The documents imitate the transcribed agreements in input/ and the example
follow-ups in tests/report/examples/: the same section headings, sentences
recombined from their phrases (with the kommun, organisation, target group
and activities of each agreement filled in), Swedish names, budgets with
quantities such as "30 h/vecka (1 200 h/år)", payment terms, signatures and
follow-ups whose outcomes answer the agreement's goals.  Every file is valid
for `iopdoc check`: organisationsnummer carry a correct Luhn digit, stated
totals equal the lines, budget years lie in the period, every party signs
once, signing dates lie on or before the period's start, follow-ups and
their outcome periods lie inside the agreement's period and end no later
than the follow-up's own month, gender splits add up.

Rendered, an agreement is 2 to 20 pages, about 5 on average (as the seeds:
4, 5, 7 and 8 pages).

Determinism: agreement number i is drawn from random.Random seeded with the
string "iopdoc-bench:SEED:i" (string seeds are hashed with SHA-512, not with
hash(), so PYTHONHASHSEED does not matter), so the same seed gives the same
bytes, and agreement i is the same whatever N is.  No clock, no set
iteration, no environment is read.  Standard library only.
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
MONTHS_SHORT = ["jan", "feb", "mars", "april", "maj", "juni", "juli", "aug",
                "sept", "okt", "nov", "dec"]
ORD = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
       "tio", "elva", "tolv"]
ORD_N = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta",
         "nio", "tio", "elva", "tolv"]

D = datetime.date
DAY = datetime.timedelta(days=1)


def iso(d):
    return d.isoformat()


def long_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


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
        if rng.random() < 0.3:
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
    "Syftet med [verksamheten|överenskommelsen|partnerskapet] är att genom {medel} bidra till {effekt} för {mg_kort}.",
    "Partnerskapet syftar till att gemensamt stötta {mg_kort} till att [uppleva sig mer delaktiga i {stad}|stärka sin ställning i samhället|bryta sin isolering] genom [ökat självförtroende|ökad kunskap om det svenska samhället|nya sociala kontakter].",
    "Syftet med överenskommelsen är att skapa ett långsiktigt hållbart {stad} genom att stärka samspelet mellan den offentliga och idéburna sektorn för att tillsammans skapa goda förutsättningar för målgruppens inkludering i samhället.",
    "Verksamheten syftar till att ta tillvara på människors engagemang och välvilja och visa på de effekter som [vänskapsrelationer|gemenskap|ideellt engagemang] för med sig.",
    "Detta sker med hjälp av ett holistiskt perspektiv, där hela livssituationen beaktas.",
    "Verksamheten syftar [också|vidare] till att [uppmuntra till möten över kulturgränser|ge {mg_kort} en väg in i samhället|stärka de sociala nätverken] och samtidigt bidra till {effekt}.",
    "[Målet|Syftet] är att gemensamt verka för ett mer inkluderande {stad} genom mellanmänskliga möten.",
    "Insatsen ska vara ett komplement till kommunens ordinarie verksamheter och bygga på frivillighet och delaktighet.",
    "Genom {medel} ges {mg_kort} möjlighet att [växa till sin fulla potential|påverka sin egen livssituation|ta steg mot {effekt}].",
])

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
    "{short}s verksamhet vilar på följande grundprinciper:",
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
    "{forv} bedömer att {short}s verksamhet är unik i sitt slag utifrån överenskommelsens målgrupp.",
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
    "Det är fritt för de idéburna organisationerna att söka medel från andra finansiärer eller andra samarbetsorganisationer.",
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
    "Kunskapsutbyte och erfarenheter delas kontinuerligt, och finns med som stående punkt vid de regelbundet återkommande {meetings}.",
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
