"""Words of synthetic portals (demo.generator, bench/), seeded and repeatable.

Profiles are written the way the real portal's are: a title naming the German reference
occupation, the country and the name in the original language ("Elektroniker/in (Türkei: ...)"),
section headings every profile has ("Ausbildung", "Zugangsvoraussetzungen", ...), and running text
whose words follow a Zipf distribution over a vocabulary of several thousand words: a few hundred
common words of vocational training, a middle of compounds, and a long tail of rare terms.
"""

import itertools
import random

# (German title, English title, German query word)
OCCUPATIONS = [
    ("Elektroniker/in", "Electronics technician"),
    ("Mechatroniker/in", "Mechatronics technician"),
    ("Kfz-Mechatroniker/in", "Motor vehicle mechatronics technician"),
    ("Industriemechaniker/in", "Industrial mechanic"),
    ("Anlagenmechaniker/in", "Plant mechanic"),
    ("Bäcker/in", "Baker"),
    ("Konditor/in", "Confectioner"),
    ("Koch/Köchin", "Cook"),
    ("Fleischer/in", "Butcher"),
    ("Friseur/in", "Hairdresser"),
    ("Maurer/in", "Bricklayer"),
    ("Zimmerer/Zimmerin", "Carpenter"),
    ("Tischler/in", "Joiner"),
    ("Maler/in und Lackierer/in", "Painter and varnisher"),
    ("Dachdecker/in", "Roofer"),
    ("Fliesenleger/in", "Tiler"),
    ("Metallbauer/in", "Metalworker"),
    ("Feinwerkmechaniker/in", "Precision mechanic"),
    ("Zerspanungsmechaniker/in", "Machining mechanic"),
    ("Werkzeugmechaniker/in", "Toolmaker"),
    ("Elektrotechniker/in", "Electrical engineering technician"),
    ("Fachinformatiker/in", "IT specialist"),
    ("Kaufmann/Kauffrau für Büromanagement", "Office management clerk"),
    ("Industriekaufmann/-frau", "Industrial clerk"),
    ("Einzelhandelskaufmann/-frau", "Retail salesperson"),
    ("Bankkaufmann/-frau", "Bank clerk"),
    ("Steuerfachangestellte/r", "Tax clerk"),
    ("Pflegefachmann/-frau", "Nurse"),
    ("Altenpfleger/in", "Geriatric nurse"),
    ("Medizinische/r Fachangestellte/r", "Medical assistant"),
    ("Zahntechniker/in", "Dental technician"),
    ("Augenoptiker/in", "Optician"),
    ("Hörakustiker/in", "Hearing aid acoustician"),
    ("Landwirt/in", "Farmer"),
    ("Gärtner/in", "Gardener"),
    ("Forstwirt/in", "Forester"),
    ("Winzer/in", "Winegrower"),
    ("Tierwirt/in", "Livestock farmer"),
    ("Hotelfachmann/-frau", "Hotel specialist"),
    ("Restaurantfachmann/-frau", "Restaurant specialist"),
    ("Berufskraftfahrer/in", "Professional driver"),
    ("Fachkraft für Lagerlogistik", "Warehouse logistics specialist"),
    ("Chemielaborant/in", "Chemical laboratory assistant"),
    ("Chemikant/in", "Chemical production worker"),
    ("Schneider/in", "Tailor"),
    ("Goldschmied/in", "Goldsmith"),
    ("Uhrmacher/in", "Watchmaker"),
    ("Mediengestalter/in", "Media designer"),
    ("Fotograf/in", "Photographer"),
    ("Schornsteinfeger/in", "Chimney sweep"),
    ("Installateur/in und Heizungsbauer/in", "Plumber and heating installer"),
    ("Kälteanlagenbauer/in", "Refrigeration technician"),
    ("Straßenbauer/in", "Road builder"),
    ("Bauzeichner/in", "Construction draughtsperson"),
    ("Technische/r Zeichner/in", "Technical draughtsperson"),
    ("Glaser/in", "Glazier"),
    ("Steinmetz/in", "Stonemason"),
    ("Raumausstatter/in", "Interior decorator"),
    ("Orthopädietechniker/in", "Orthopaedic technician"),
    ("Kosmetiker/in", "Beautician"),
    ("Florist/in", "Florist"),
    ("Fachverkäufer/in im Lebensmittelhandwerk", "Food retail specialist"),
    ("Zweiradmechatroniker/in", "Bicycle mechatronics technician"),
    ("Karosseriebauer/in", "Vehicle body builder"),
    ("Fahrzeuglackierer/in", "Vehicle painter"),
    ("Schweißer/in", "Welder"),
    ("Verfahrensmechaniker/in", "Process mechanic"),
    ("Elektroniker/in für Betriebstechnik", "Electronics technician for industrial engineering"),
    ("Elektroniker/in für Energie- und Gebäudetechnik", "Electronics technician for buildings"),
    ("Eisenbahner/in im Betriebsdienst", "Railway operator"),
    ("Fachkraft für Gastronomie", "Hospitality specialist"),
    ("Buchhändler/in", "Bookseller"),
    ("Sozialassistent/in", "Social assistant"),
    ("Erzieher/in", "Educator"),
    ("Physiotherapeut/in", "Physiotherapist"),
    ("Pharmazeutisch-technische/r Assistent/in", "Pharmaceutical technical assistant"),
    ("Vermessungstechniker/in", "Surveying technician"),
    ("Holzmechaniker/in", "Wood mechanic"),
    ("Papiertechnologe/-technologin", "Paper technologist"),
    ("Brauer/in und Mälzer/in", "Brewer and maltster"),
    ("Müller/in", "Miller"),
    ("Molkereifachmann/-frau", "Dairy specialist"),
    ("Fischwirt/in", "Fish farmer"),
    ("Pferdewirt/in", "Horse farmer"),
    ("Sattler/in", "Saddler"),
    ("Schuhmacher/in", "Shoemaker"),
    ("Polsterer/Polsterin", "Upholsterer"),
    ("Bootsbauer/in", "Boat builder"),
    ("Orgelbauer/in", "Organ builder"),
    ("Textilreiniger/in", "Textile cleaner"),
]

COUNTRIES = [  # (German, English)
    *(
        pair.split("|")
        for pair in (
            "Türkei|Turkey Polen|Poland Rumänien|Romania Bulgarien|Bulgaria Griechenland|Greece "
            "Italien|Italy Spanien|Spain Portugal|Portugal Kroatien|Croatia Serbien|Serbia "
            "Kosovo|Kosovo Albanien|Albania Nordmazedonien|North-Macedonia Ukraine|Ukraine "
            "Russland|Russia Belarus|Belarus Moldau|Moldova Ungarn|Hungary Tschechien|Czechia "
            "Slowakei|Slovakia Slowenien|Slovenia Österreich|Austria Schweiz|Switzerland "
            "Frankreich|France Belgien|Belgium Niederlande|Netherlands Luxemburg|Luxembourg "
            "Dänemark|Denmark Schweden|Sweden Norwegen|Norway Finnland|Finland Estland|Estonia "
            "Lettland|Latvia Litauen|Lithuania Irland|Ireland Syrien|Syria Irak|Iraq Iran|Iran "
            "Afghanistan|Afghanistan Pakistan|Pakistan Indien|India Bangladesch|Bangladesh "
            "Nepal|Nepal Vietnam|Vietnam China|China Philippinen|Philippines Indonesien|Indonesia "
            "Thailand|Thailand Japan|Japan Südkorea|South-Korea Kasachstan|Kazakhstan "
            "Usbekistan|Uzbekistan Kirgisistan|Kyrgyzstan Georgien|Georgia Armenien|Armenia "
            "Aserbaidschan|Azerbaijan Ägypten|Egypt Marokko|Morocco Tunesien|Tunisia "
            "Algerien|Algeria Libyen|Libya Nigeria|Nigeria Ghana|Ghana Kamerun|Cameroon "
            "Kenia|Kenya Äthiopien|Ethiopia Eritrea|Eritrea Somalia|Somalia Südafrika|South-Africa "
            "Brasilien|Brazil Argentinien|Argentina Kolumbien|Colombia Mexiko|Mexico Peru|Peru "
            "Chile|Chile Ecuador|Ecuador Venezuela|Venezuela Kuba|Cuba Kanada|Canada "
            "Australien|Australia Neuseeland|New-Zealand Israel|Israel Jordanien|Jordan "
            "Libanon|Lebanon Saudi-Arabien|Saudi-Arabia Mongolei|Mongolia Malaysia|Malaysia "
            "Montenegro|Montenegro Zypern|Cyprus Malta|Malta Island|Iceland Senegal|Senegal "
            "Tansania|Tanzania Uganda|Uganda Tadschikistan|Tajikistan Turkmenistan|Turkmenistan "
            "Jemen|Yemen Sudan|Sudan Mali|Mali Angola|Angola Mosambik|Mozambique Simbabwe|Zimbabwe "
            "Bolivien|Bolivia Paraguay|Paraguay Uruguay|Uruguay Panama|Panama Honduras|Honduras "
            "Guatemala|Guatemala Haiti|Haiti Jamaika|Jamaica Kambodscha|Cambodia Laos|Laos"
        ).split()
    )
]

# Section headings and words that every profile contains (the worst case of a query).
BOILERPLATE_DE = (
    "Berufsbezeichnung Ausbildung Ausbildungsdauer Zugangsvoraussetzungen Ausbildungsinhalte "
    "Abschluss Qualifikation Berufsbildungssystem Prüfung"
)
BOILERPLATE_EN = (
    "Occupation title training duration entry requirements training content certificate "
    "qualification vocational education system examination"
)
BROAD_DE = ["Ausbildung", "Abschluss Ausbildung", "Qualifikation"]
BROAD_EN = ["training", "qualification", "examination training"]

COMMON_DE = (
    "Betrieb Berufsschule Unterricht Praxis Theorie Werkstatt Praktikum Lehrplan Fachschule "
    "Zeugnis Diplom Lehre Meister Geselle Sicherheit Qualität Kunden Material Werkzeug Maschine "
    "Anlage Wartung Montage Planung Kontrolle Dokumentation Arbeitsschutz Umweltschutz Hygiene "
    "Grundlagen Mathematik Technologie Kommunikation Fremdsprache Wirtschaft Recht Schule "
    "Lernfeld Modul Jahr Stunden Wochen Semester Kenntnisse Fertigkeiten Fähigkeiten "
    "Abschlussprüfung "
    "Zwischenprüfung Gesellenprüfung Meisterprüfung staatlich anerkannt Ministerium Behörde Kammer "
    "Verband Unternehmen Handwerk Industrie Handel Dienstleistung Landwirtschaft Gesundheit "
    "Pflege Bau Elektrotechnik Metall Holz Textil Lebensmittel Chemie Labor Informatik Netzwerk "
    "Software Hardware Steuerung Messung Reparatur Instandhaltung Inbetriebnahme Fehlersuche "
    "Beratung Verkauf Buchhaltung Verwaltung Lager Logistik Transport Fahrzeug Motor Getriebe "
    "Heizung Klima Sanitär Energie Solar Gebäude Beton Mauerwerk Dach Fassade Boden Fenster Tür "
    "Möbel Oberfläche Farbe Lack Stoff Leder Papier Druck Medien Gestaltung Zeichnung Entwurf "
    "Berechnung Norm Vorschrift Gesetz Verordnung Anerkennung Gleichwertigkeit Referenzberuf "
    "Berufserfahrung Weiterbildung Fortbildung Studium Hochschule Universität Bachelor "
    "Sekundarstufe "
    "Grundschule Mittelschule Gymnasium Lyzeum Kolleg Institut Akademie Zentrum Programm Reform"
).split()
COMMON_EN = (
    "company vocational school lessons practice theory workshop internship curriculum college "
    "certificate diploma apprenticeship master journeyman safety quality customers material tool "
    "machine plant maintenance assembly planning inspection documentation occupational "
    "environmental hygiene fundamentals mathematics technology communication language economics "
    "law module year hours weeks semester knowledge skills abilities final intermediate state "
    "recognised ministry authority chamber association enterprise crafts industry trade services "
    "agriculture health care construction electrical metal wood textile food chemistry laboratory "
    "computing network software hardware control measurement repair servicing commissioning "
    "troubleshooting advice sales accounting administration warehouse logistics transport vehicle "
    "engine gearbox heating climate plumbing energy solar building concrete masonry roof facade "
    "floor window door furniture surface paint varnish fabric leather paper printing media design "
    "drawing calculation standard regulation act ordinance recognition equivalence reference "
    "experience further retraining study university bachelor secondary primary lyceum institute "
    "academy centre programme reform"
).split()
PREFIXES = (
    "Fach Berufs Betriebs Werk Arbeits Sicherheits Qualitäts Lern Lehr Unterrichts Material "
    "Maschinen Anlagen Kunden Produkt Wartungs Planungs Steuerungs Mess Montage Energie Umwelt "
    "Gesundheits Hygiene Waren Lager Fahrzeug Gebäude Holz Metall Elektro Daten Prozess Projekt "
    "Service Verkaufs Material Technik Schul Praxis"
).split()
SUFFIXES = (
    "kunde technik praxis theorie planung prüfung leitung verfahren mittel anlage bereich "
    "grundlagen kenntnisse fähigkeit nachweis ordnung plan schutz wesen lehre system wirtschaft "
    "führung kontrolle dokumentation berechnung gestaltung versorgung betreuung analyse norm "
    "methode aufgabe auftrag einsatz organisation sicherung messung pflege handbuch"
).split()
SYLLABLES = (
    "ka ri to me na lo vi sa de ur el an is ta ko mu ze bi fa ne ga tu ol ar yi sh ch pr st ve"
).split()


def rare_word(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5)))


class Vocabulary:
    """Words of one language in order of frequency, drawn with Zipf weights (s = 1)."""

    def __init__(self, words):
        self.words = list(dict.fromkeys(words))
        self.cumulative = list(itertools.accumulate(1 / rank for rank in range(1, len(self) + 1)))

    def __len__(self):
        return len(self.words)

    def draw(self, rng, count):
        return rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def sentence(self, rng, length):
        return " ".join(self.draw(rng, length)).capitalize() + "."

    def text(self, rng, sentences):
        return " ".join(self.sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def vocabularies(rng):
    """{"de": Vocabulary, "en": Vocabulary}: common words first, then compounds, then rare words."""
    compounds = [prefix + suffix for prefix in PREFIXES for suffix in SUFFIXES]
    rng.shuffle(compounds)
    rare_de = [rare_word(rng) for _ in range(3000)]
    rare_en = [rare_word(rng) for _ in range(3000)]
    pairs = zip(COMMON_EN, COMMON_EN[7:], strict=False)
    english_compounds = [f"{first}-{second}" for first, second in pairs]
    return {
        "de": Vocabulary(COMMON_DE + compounds + rare_de),
        "en": Vocabulary(COMMON_EN + english_compounds + rare_en),
    }


def original_name(rng):
    """A name in the country's own language: rare words that only this profile has."""
    return " ".join(rare_word(rng).capitalize() for _ in range(rng.randint(2, 3)))


def query_word(title):
    """What a visitor types for an occupation: its first word without the gender ending."""
    return title.split("/")[0].split()[0]


def country_names(count):
    """`count` country profiles: the real names, then numbered regions of them (10x scale)."""
    names = []
    for round_ in itertools.count(1):
        for german, english in COUNTRIES:
            if len(names) == count:
                return names
            suffix = "" if round_ == 1 else f" {round_}"
            names.append((german + suffix, english.replace("-", " ") + suffix))
    return names


def seeded(seed):
    return random.Random(seed)
