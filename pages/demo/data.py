"""Sample demo content for the BQ-Portal rebuild.

All texts in this module are invented sample text written for demonstration and testing.
They are plausible in tone but not authoritative: names of regulations, institutions, hours,
dates and classification codes may be inaccurate and must not be used for real assessments.

The module contains plain data only (standard library types) and is read by the demo loader.
"""

HOME = {
    "title_de": "BQ-Portal",
    "title_en": "BQ-Portal",
    "intro_de": (
        "Das BQ-Portal bündelt Informationen über ausländische Berufsqualifikationen und "
        "Berufsbildungssysteme, damit Kammern und Unternehmen im Ausland erworbene Abschlüsse "
        "schneller und einheitlicher bewerten können. Fachkräfte mit ausländischem Abschluss "
        "finden hier Orientierung, wie ihre Qualifikation im Vergleich zu deutschen "
        "Referenzberufen eingeordnet wird."
    ),
    "intro_en": (
        "The BQ-Portal brings together information on foreign vocational qualifications and "
        "training systems so that chambers and companies can assess qualifications obtained abroad "
        "more quickly and consistently. Skilled workers with a foreign qualification can find "
        "guidance here on how their qualification compares with German reference occupations."
    ),
}

COUNTRY_INDEX = {
    "title_de": "Länder",
    "title_en": "Countries",
    "slug_de": "laender",
    "slug_en": "countries",
    "intro_de": (
        "Die Länderprofile beschreiben das Bildungs- und Berufsbildungssystem eines Staates und "
        "führen zu den dort erworbenen Berufsprofilen."
    ),
    "intro_en": (
        "The country profiles describe a state's education and vocational training system and lead "
        "to the occupational profiles obtained there."
    ),
}

NEWS_INDEX = {
    "title_de": "Aktuelles",
    "title_en": "News",
    "slug_de": "aktuelles",
    "slug_en": "news",
    "intro_de": (
        "Neuigkeiten rund um das Portal, die Anerkennung ausländischer Berufsabschlüsse sowie neue "
        "Länder- und Berufsprofile."
    ),
    "intro_en": (
        "News about the portal, the recognition of foreign vocational qualifications and new "
        "country and occupational profiles."
    ),
}

OCCUPATIONAL_FIELDS = [
    {"key": "metal", "de": "Metall und Maschinenbau", "en": "Metal and mechanical engineering"},
    {
        "key": "electrical",
        "de": "Elektrotechnik und Elektronik",
        "en": "Electrical engineering and electronics",
    },
    {
        "key": "construction",
        "de": "Bau, Ausbau und Gebäudetechnik",
        "en": "Construction, finishing and building services",
    },
    {
        "key": "commerce",
        "de": "Wirtschaft, Verwaltung und Recht",
        "en": "Business, administration and law",
    },
    {
        "key": "it",
        "de": "Informatik und IT-Dienstleistungen",
        "en": "Computer science and IT services",
    },
    {
        "key": "health_care",
        "de": "Gesundheit und Medizintechnik",
        "en": "Health care and medical technology",
    },
    {
        "key": "hospitality",
        "de": "Gastronomie, Hotellerie und Lebensmittel",
        "en": "Hospitality, catering and food",
    },
    {
        "key": "agriculture",
        "de": "Landwirtschaft, Gartenbau und Tierhaltung",
        "en": "Agriculture, horticulture and animal husbandry",
    },
    {
        "key": "crafts_design",
        "de": "Handwerk, Gestaltung und Körperpflege",
        "en": "Crafts, design and personal care",
    },
    {"key": "transport_logistics", "de": "Verkehr und Logistik", "en": "Transport and logistics"},
]

REFERENCE_OCCUPATIONS = [
    {
        "key": "industriemechaniker",
        "de": "Industriemechaniker/-in",
        "en": "Industrial mechanic",
        "kldb": "25102",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "metal",
    },
    {
        "key": "zerspanungsmechaniker",
        "de": "Zerspanungsmechaniker/-in",
        "en": "Cutting machine operator (precision machinist)",
        "kldb": "24232",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "metal",
    },
    {
        "key": "konstruktionsmechaniker",
        "de": "Konstruktionsmechaniker/-in",
        "en": "Construction mechanic (structural steel and welding)",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "metal",
    },
    {
        "key": "metallbauer-konstruktionstechnik",
        "de": "Metallbauer/-in – Fachrichtung Konstruktionstechnik",
        "en": "Metalworker specialising in structural engineering",
        "kldb": "24412",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "metal",
    },
    {
        "key": "kfz-mechatroniker",
        "de": "Kraftfahrzeugmechatroniker/-in – Schwerpunkt Personenkraftwagentechnik",
        "en": "Automotive mechatronics technician for passenger cars",
        "kldb": "25212",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "metal",
    },
    {
        "key": "mechatroniker",
        "de": "Mechatroniker/-in",
        "en": "Mechatronics technician",
        "kldb": "26112",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "metal",
    },
    {
        "key": "industriemeister-metall",
        "de": "Geprüfte/-r Industriemeister/-in – Fachrichtung Metall",
        "en": "Certified industrial master craftsperson in metal",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "metal",
    },
    {
        "key": "kfz-techniker-meister",
        "de": "Kraftfahrzeugtechnikermeister/-in",
        "en": "Master craftsperson in automotive engineering",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": True,
        "field": "metal",
    },
    {
        "key": "elektroniker-energie-gebaeudetechnik",
        "de": "Elektroniker/-in – Fachrichtung Energie- und Gebäudetechnik",
        "en": "Electronics technician for energy and building technology",
        "kldb": "26212",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "electrical",
    },
    {
        "key": "elektroniker-betriebstechnik",
        "de": "Elektroniker/-in für Betriebstechnik",
        "en": "Electronics technician for industrial engineering",
        "kldb": "26222",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "electrical",
    },
    {
        "key": "elektroniker-geraete-systeme",
        "de": "Elektroniker/-in für Geräte und Systeme",
        "en": "Electronics technician for devices and systems",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "electrical",
    },
    {
        "key": "elektrotechnikermeister",
        "de": "Elektrotechnikermeister/-in",
        "en": "Master craftsperson in electrical engineering",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": True,
        "field": "electrical",
    },
    {
        "key": "maurer",
        "de": "Maurer/-in",
        "en": "Bricklayer",
        "kldb": "32122",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "construction",
    },
    {
        "key": "zimmerer",
        "de": "Zimmerer/Zimmerin",
        "en": "Carpenter (timber construction)",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "construction",
    },
    {
        "key": "fliesenleger",
        "de": "Fliesen-, Platten- und Mosaikleger/-in",
        "en": "Tile, slab and mosaic layer",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "construction",
    },
    {
        "key": "maler-lackierer",
        "de": "Maler/-in und Lackierer/-in – Fachrichtung Gestaltung und Instandhaltung",
        "en": "Painter and varnisher specialising in design and maintenance",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "construction",
    },
    {
        "key": "anlagenmechaniker-shk",
        "de": "Anlagenmechaniker/-in für Sanitär-, Heizungs- und Klimatechnik",
        "en": "Plant mechanic for sanitary, heating and air-conditioning systems",
        "kldb": "34212",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "construction",
    },
    {
        "key": "shk-meister",
        "de": "Installateur- und Heizungsbauermeister/-in",
        "en": "Master craftsperson in plumbing and heating installation",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": True,
        "field": "construction",
    },
    {
        "key": "kaufmann-bueromanagement",
        "de": "Kaufmann/-frau für Büromanagement",
        "en": "Office management clerk",
        "kldb": "71402",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "industriekaufmann",
        "de": "Industriekaufmann/-frau",
        "en": "Industrial clerk",
        "kldb": "71302",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "kaufmann-einzelhandel",
        "de": "Kaufmann/-frau im Einzelhandel",
        "en": "Retail salesperson",
        "kldb": "62102",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "kaufmann-gross-aussenhandel",
        "de": "Kaufmann/-frau für Groß- und Außenhandelsmanagement",
        "en": "Wholesale and foreign trade management assistant",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "bankkaufmann",
        "de": "Bankkaufmann/-frau",
        "en": "Bank clerk",
        "kldb": "72112",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "bilanzbuchhalter",
        "de": "Geprüfte/-r Bilanzbuchhalter/-in",
        "en": "Certified accountant (financial statements)",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "steuerfachangestellte",
        "de": "Steuerfachangestellte/-r",
        "en": "Tax clerk",
        "kldb": "72302",
        "chamber_type": "liberal",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "rechtsanwaltsfachangestellte",
        "de": "Rechtsanwaltsfachangestellte/-r",
        "en": "Law firm clerk",
        "kldb": "",
        "chamber_type": "liberal",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "steuerfachwirt",
        "de": "Steuerfachwirt/-in",
        "en": "Certified senior tax clerk",
        "kldb": "",
        "chamber_type": "liberal",
        "regulated": False,
        "field": "commerce",
    },
    {
        "key": "fachinformatiker-anwendungsentwicklung",
        "de": "Fachinformatiker/-in – Fachrichtung Anwendungsentwicklung",
        "en": "IT specialist for application development",
        "kldb": "43412",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "it",
    },
    {
        "key": "fachinformatiker-systemintegration",
        "de": "Fachinformatiker/-in – Fachrichtung Systemintegration",
        "en": "IT specialist for system integration",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "it",
    },
    {
        "key": "it-system-elektroniker",
        "de": "IT-System-Elektroniker/-in",
        "en": "IT systems electronics technician",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "it",
    },
    {
        "key": "medizinische-fachangestellte",
        "de": "Medizinische/-r Fachangestellte/-r",
        "en": "Medical assistant",
        "kldb": "81102",
        "chamber_type": "liberal",
        "regulated": False,
        "field": "health_care",
    },
    {
        "key": "zahnmedizinische-fachangestellte",
        "de": "Zahnmedizinische/-r Fachangestellte/-r",
        "en": "Dental assistant",
        "kldb": "81102",
        "chamber_type": "liberal",
        "regulated": False,
        "field": "health_care",
    },
    {
        "key": "tiermedizinische-fachangestellte",
        "de": "Tiermedizinische/-r Fachangestellte/-r",
        "en": "Veterinary assistant",
        "kldb": "",
        "chamber_type": "liberal",
        "regulated": False,
        "field": "health_care",
    },
    {
        "key": "pka",
        "de": "Pharmazeutisch-kaufmännische/-r Angestellte/-r",
        "en": "Pharmacy sales and administration assistant",
        "kldb": "",
        "chamber_type": "liberal",
        "regulated": False,
        "field": "health_care",
    },
    {
        "key": "augenoptiker",
        "de": "Augenoptiker/-in",
        "en": "Optician",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "health_care",
    },
    {
        "key": "zahntechniker",
        "de": "Zahntechniker/-in",
        "en": "Dental technician",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "health_care",
    },
    {
        "key": "koch",
        "de": "Koch/Köchin",
        "en": "Cook",
        "kldb": "29302",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "hospitality",
    },
    {
        "key": "hotelfachmann",
        "de": "Hotelfachmann/-frau",
        "en": "Hotel specialist",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "hospitality",
    },
    {
        "key": "restaurantfachmann",
        "de": "Fachmann/-frau für Restaurants und Veranstaltungsgastronomie",
        "en": "Restaurant and event catering specialist",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "hospitality",
    },
    {
        "key": "baecker",
        "de": "Bäcker/-in",
        "en": "Baker",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "hospitality",
    },
    {
        "key": "konditor",
        "de": "Konditor/-in",
        "en": "Pastry chef and confectioner",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "hospitality",
    },
    {
        "key": "landwirt",
        "de": "Landwirt/-in",
        "en": "Farmer",
        "kldb": "11102",
        "chamber_type": "agriculture",
        "regulated": False,
        "field": "agriculture",
    },
    {
        "key": "gaertner-galabau",
        "de": "Gärtner/-in – Fachrichtung Garten- und Landschaftsbau",
        "en": "Gardener specialising in gardening and landscaping",
        "kldb": "",
        "chamber_type": "agriculture",
        "regulated": False,
        "field": "agriculture",
    },
    {
        "key": "gaertner-gemuesebau",
        "de": "Gärtner/-in – Fachrichtung Gemüsebau",
        "en": "Gardener specialising in vegetable growing",
        "kldb": "",
        "chamber_type": "agriculture",
        "regulated": False,
        "field": "agriculture",
    },
    {
        "key": "tierwirt",
        "de": "Tierwirt/-in – Fachrichtung Rinderhaltung",
        "en": "Livestock farmer specialising in cattle farming",
        "kldb": "",
        "chamber_type": "agriculture",
        "regulated": False,
        "field": "agriculture",
    },
    {
        "key": "winzer",
        "de": "Winzer/-in",
        "en": "Winegrower",
        "kldb": "",
        "chamber_type": "agriculture",
        "regulated": False,
        "field": "agriculture",
    },
    {
        "key": "fachkraft-agrarservice",
        "de": "Fachkraft Agrarservice",
        "en": "Agricultural service specialist",
        "kldb": "",
        "chamber_type": "agriculture",
        "regulated": False,
        "field": "agriculture",
    },
    {
        "key": "landwirtschaftsmeister",
        "de": "Landwirtschaftsmeister/-in",
        "en": "Master farmer",
        "kldb": "",
        "chamber_type": "agriculture",
        "regulated": False,
        "field": "agriculture",
    },
    {
        "key": "tischler",
        "de": "Tischler/-in",
        "en": "Joiner and cabinet maker",
        "kldb": "22342",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "crafts_design",
    },
    {
        "key": "tischlermeister",
        "de": "Tischlermeister/-in",
        "en": "Master joiner",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": True,
        "field": "crafts_design",
    },
    {
        "key": "friseur",
        "de": "Friseur/-in",
        "en": "Hairdresser",
        "kldb": "82312",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "crafts_design",
    },
    {
        "key": "friseurmeister",
        "de": "Friseurmeister/-in",
        "en": "Master hairdresser",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": True,
        "field": "crafts_design",
    },
    {
        "key": "massschneider",
        "de": "Maßschneider/-in – Schwerpunkt Damen",
        "en": "Bespoke tailor for women's wear",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "crafts_design",
    },
    {
        "key": "goldschmied",
        "de": "Goldschmied/-in – Fachrichtung Schmuck",
        "en": "Goldsmith specialising in jewellery",
        "kldb": "",
        "chamber_type": "hwk",
        "regulated": False,
        "field": "crafts_design",
    },
    {
        "key": "berufskraftfahrer",
        "de": "Berufskraftfahrer/-in",
        "en": "Professional driver",
        "kldb": "52122",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "transport_logistics",
    },
    {
        "key": "fachkraft-lagerlogistik",
        "de": "Fachkraft für Lagerlogistik",
        "en": "Warehouse logistics specialist",
        "kldb": "51312",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "transport_logistics",
    },
    {
        "key": "spedition",
        "de": "Kaufmann/-frau für Spedition und Logistikdienstleistung",
        "en": "Freight forwarding and logistics services clerk",
        "kldb": "",
        "chamber_type": "ihk",
        "regulated": False,
        "field": "transport_logistics",
    },
]

CHAMBERS = [
    {
        "key": "hwk-muenchen",
        "name": "Handwerkskammer für München und Oberbayern",
        "type": "hwk",
        "state": "BY",
        "town": "München",
        "website": "https://www.hwk-muenchen.de",
        "email_domain": "hwk-muenchen.de",
    },
    {
        "key": "hwk-berlin",
        "name": "Handwerkskammer Berlin",
        "type": "hwk",
        "state": "BE",
        "town": "Berlin",
        "website": "https://www.hwk-berlin.de",
        "email_domain": "hwk-berlin.de",
    },
    {
        "key": "hwk-hamburg",
        "name": "Handwerkskammer Hamburg",
        "type": "hwk",
        "state": "HH",
        "town": "Hamburg",
        "website": "https://www.hwk-hamburg.de",
        "email_domain": "hwk-hamburg.de",
    },
    {
        "key": "hwk-koeln",
        "name": "Handwerkskammer zu Köln",
        "type": "hwk",
        "state": "NW",
        "town": "Köln",
        "website": "https://www.hwk-koeln.de",
        "email_domain": "hwk-koeln.de",
    },
    {
        "key": "hwk-stuttgart",
        "name": "Handwerkskammer Region Stuttgart",
        "type": "hwk",
        "state": "BW",
        "town": "Stuttgart",
        "website": "https://www.hwk-stuttgart.de",
        "email_domain": "hwk-stuttgart.de",
    },
    {
        "key": "hwk-dresden",
        "name": "Handwerkskammer Dresden",
        "type": "hwk",
        "state": "SN",
        "town": "Dresden",
        "website": "https://www.hwk-dresden.de",
        "email_domain": "hwk-dresden.de",
    },
    {
        "key": "hwk-frankfurt-rhein-main",
        "name": "Handwerkskammer Frankfurt-Rhein-Main",
        "type": "hwk",
        "state": "HE",
        "town": "Frankfurt am Main",
        "website": "https://www.hwk-rhein-main.de",
        "email_domain": "hwk-rhein-main.de",
    },
    {
        "key": "ihk-fosa",
        "name": "IHK FOSA – Foreign Skills Approval",
        "type": "ihk",
        "state": "BY",
        "town": "Nürnberg",
        "website": "https://www.ihk-fosa.de",
        "email_domain": "ihk-fosa.de",
    },
    {
        "key": "ihk-muenchen",
        "name": "Industrie- und Handelskammer für München und Oberbayern",
        "type": "ihk",
        "state": "BY",
        "town": "München",
        "website": "https://www.ihk-muenchen.de",
        "email_domain": "muenchen.ihk.de",
    },
    {
        "key": "ihk-berlin",
        "name": "Industrie- und Handelskammer zu Berlin",
        "type": "ihk",
        "state": "BE",
        "town": "Berlin",
        "website": "https://www.ihk.de/berlin",
        "email_domain": "berlin.ihk.de",
    },
    {
        "key": "ihk-koeln",
        "name": "Industrie- und Handelskammer zu Köln",
        "type": "ihk",
        "state": "NW",
        "town": "Köln",
        "website": "https://www.ihk.de/koeln",
        "email_domain": "koeln.ihk.de",
    },
    {
        "key": "ihk-stuttgart",
        "name": "Industrie- und Handelskammer Region Stuttgart",
        "type": "ihk",
        "state": "BW",
        "town": "Stuttgart",
        "website": "https://www.ihk.de/stuttgart",
        "email_domain": "stuttgart.ihk.de",
    },
    {
        "key": "blaek",
        "name": "Bayerische Landesärztekammer",
        "type": "liberal",
        "state": "BY",
        "town": "München",
        "website": "https://www.blaek.de",
        "email_domain": "blaek.de",
    },
    {
        "key": "aekno",
        "name": "Ärztekammer Nordrhein",
        "type": "liberal",
        "state": "NW",
        "town": "Düsseldorf",
        "website": "https://www.aekno.de",
        "email_domain": "aekno.de",
    },
    {
        "key": "stbk-berlin",
        "name": "Steuerberaterkammer Berlin",
        "type": "liberal",
        "state": "BE",
        "town": "Berlin",
        "website": "https://www.stbk-berlin.de",
        "email_domain": "stbk-berlin.de",
    },
    {
        "key": "zkn",
        "name": "Zahnärztekammer Niedersachsen",
        "type": "liberal",
        "state": "NI",
        "town": "Hannover",
        "website": "https://zkn.de",
        "email_domain": "zkn.de",
    },
    {
        "key": "rak-hamburg",
        "name": "Hanseatische Rechtsanwaltskammer Hamburg",
        "type": "liberal",
        "state": "HH",
        "town": "Hamburg",
        "website": "https://www.rak-hamburg.de",
        "email_domain": "rak-hamburg.de",
    },
    {
        "key": "lwk-niedersachsen",
        "name": "Landwirtschaftskammer Niedersachsen",
        "type": "agriculture",
        "state": "NI",
        "town": "Oldenburg",
        "website": "https://www.lwk-niedersachsen.de",
        "email_domain": "lwk-niedersachsen.de",
    },
    {
        "key": "lwk-nrw",
        "name": "Landwirtschaftskammer Nordrhein-Westfalen",
        "type": "agriculture",
        "state": "NW",
        "town": "Münster",
        "website": "https://www.landwirtschaftskammer.de",
        "email_domain": "lwk.nrw.de",
    },
    {
        "key": "lksh",
        "name": "Landwirtschaftskammer Schleswig-Holstein",
        "type": "agriculture",
        "state": "SH",
        "town": "Rendsburg",
        "website": "https://www.lksh.de",
        "email_domain": "lksh.de",
    },
    {
        "key": "lwk-rlp",
        "name": "Landwirtschaftskammer Rheinland-Pfalz",
        "type": "agriculture",
        "state": "RP",
        "town": "Bad Kreuznach",
        "website": "https://www.lwk-rlp.de",
        "email_domain": "lwk-rlp.de",
    },
    {
        "key": "lwk-saarland",
        "name": "Landwirtschaftskammer für das Saarland",
        "type": "agriculture",
        "state": "SL",
        "town": "Saarbrücken",
        "website": "https://www.lwk-saarland.de",
        "email_domain": "lwk-saarland.de",
    },
]

COUNTRIES = [
    {
        "code": "TR",
        "historical": False,
        "slug_en": "turkey",
        "region": "europe",
        "official_languages_de": "Türkisch",
        "official_languages_en": "Turkish",
        "valid_since": "2012-04-11",
        "valid_until": None,
        "summary_de": (
            "Die Türkei verfügt über ein zentral vom Bildungsministerium (MEB) gesteuertes "
            "Bildungssystem, in dem berufliche Bildung überwiegend an beruflich-technischen "
            "Gymnasien und in Berufsbildungszentren stattfindet. Die Handwerksstufen Lehrling, "
            "Geselle und Meister (Çırak, Kalfa, Usta) sind gesetzlich verankert."
        ),
        "summary_en": (
            "Turkey has an education system centrally managed by the Ministry of National "
            "Education (MEB), in which vocational education mainly takes place at vocational and "
            "technical high schools and vocational education centres. The craft levels of "
            "apprentice, journeyman and master (Çırak, Kalfa, Usta) are laid down by law."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Seit der Reform von 2012 gilt in der Türkei eine zwölfjährige Schulpflicht, "
                    "die in drei Stufen zu je vier Jahren gegliedert ist (4+4+4). Nach Grund- und "
                    "Mittelschule wählen Jugendliche zwischen allgemeinbildenden Gymnasien und "
                    "beruflich-technischen Anatolischen Gymnasien. Hochschulen vergeben "
                    "zweijährige Önlisans-Abschlüsse sowie Bachelor- und Masterabschlüsse."
                ),
                "en": (
                    "Since the 2012 reform, Turkey has had twelve years of compulsory schooling, "
                    "divided into three stages of four years each (4+4+4). After primary and lower "
                    "secondary school, young people choose between general high schools and "
                    "vocational and technical Anatolian high schools. Higher education "
                    "institutions award two-year associate degrees (önlisans) as well as "
                    "bachelor's and master's degrees."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Die schulische Berufsbildung findet an Mesleki ve Teknik Anadolu Liseleri "
                    "statt, die nach einem gemeinsamen neunten Schuljahr in Berufsfelder (alan) "
                    "und Fachrichtungen (dal) gliedern. Parallel dazu bilden Berufsbildungszentren "
                    "(MESEM) Lehrlinge aus, die einen Tag pro Woche die Schule besuchen und die "
                    "übrige Zeit im Betrieb arbeiten. Gesellen- und Meisterprüfungen werden von "
                    "Prüfungskommissionen des Bildungsministeriums abgenommen."
                ),
                "en": (
                    "School-based vocational education takes place at vocational and technical "
                    "Anatolian high schools, which branch into occupational fields (alan) and "
                    "specialisations (dal) after a common ninth grade. In parallel, vocational "
                    "education centres (MESEM) train apprentices who attend school one day a week "
                    "and work in a company for the rest of the time. Journeyman and master "
                    "examinations are conducted by examination boards of the Ministry of National "
                    "Education."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Grundlage der beruflichen Bildung ist das Berufsbildungsgesetz Nr. 3308 "
                    "(Mesleki Eğitim Kanunu) von 1986, das 2016 grundlegend geändert wurde. Das "
                    "Gesetz Nr. 6287 von 2012 regelt die Gliederung der Schulpflicht. Für das "
                    "Handwerk schreibt das Berufsbildungsgesetz die Stufen Lehrling, Geselle und "
                    "Meister verbindlich vor."
                ),
                "en": (
                    "Vocational education is based on Vocational Education Law No. 3308 (Mesleki "
                    "Eğitim Kanunu) of 1986, which was fundamentally amended in 2016. Law No. 6287 "
                    "of 2012 governs the structure of compulsory schooling. For the crafts, the "
                    "Vocational Education Law makes the levels of apprentice, journeyman and "
                    "master mandatory."
                ),
            },
            {
                "topic": "higher_education",
                "de": (
                    "Berufshochschulen (Meslek Yüksekokulları) sind an Universitäten angegliedert "
                    "und bieten zweijährige Önlisans-Programme an. Die Zulassung erfolgt über die "
                    "zentrale Hochschulaufnahmeprüfung YKS. Absolventinnen und Absolventen "
                    "beruflicher Gymnasien konnten zeitweise ohne Prüfung in fachlich passende "
                    "Önlisans-Programme wechseln."
                ),
                "en": (
                    "Vocational schools of higher education (Meslek Yüksekokulları) are attached "
                    "to universities and offer two-year associate degree programmes. Admission is "
                    "via the central university entrance examination YKS. For some years, "
                    "graduates of vocational high schools could transfer to related associate "
                    "degree programmes without an examination."
                ),
            },
        ],
    },
    {
        "code": "PL",
        "historical": False,
        "region": "eu",
        "official_languages_de": "Polnisch",
        "official_languages_en": "Polish",
        "valid_since": "2017-09-01",
        "valid_until": None,
        "summary_de": (
            "Polen bildet beruflich vor allem an öffentlichen Schulen aus: an der dreijährigen "
            "Branchenschule ersten Grades und am fünfjährigen Technikum. Berufsqualifikationen "
            "werden durch zentral erstellte Berufsprüfungen bestätigt."
        ),
        "summary_en": (
            "Poland provides vocational training mainly at public schools: the three-year "
            "first-stage sectoral vocational school and the five-year technical upper secondary "
            "school (technikum). Vocational qualifications are confirmed by centrally designed "
            "vocational examinations."
        ),
        "sections": [
            {
                "topic": "school_system",
                "de": (
                    "Nach der Schulreform von 2017 besuchen Kinder acht Jahre die Grundschule. "
                    "Danach folgen das vierjährige allgemeinbildende Lyzeum, das fünfjährige "
                    "Technikum oder die dreijährige Branchenschule ersten Grades (szkoła branżowa "
                    "I stopnia). Die Branchenschule zweiten Grades ermöglicht den Aufstieg zum "
                    "Technikerabschluss und zur Matura."
                ),
                "en": (
                    "Following the 2017 school reform, children attend primary school for eight "
                    "years. This is followed by the four-year general lyceum, the five-year "
                    "technikum or the three-year first-stage sectoral vocational school (szkoła "
                    "branżowa I stopnia). The second-stage sectoral vocational school allows "
                    "progression to a technician qualification and the matura."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Jeder Beruf ist in der Klassifikation der Berufe des Schulwesens mit einem "
                    "sechsstelligen Code verzeichnet und in eine oder mehrere Qualifikationen "
                    "gegliedert. Nach jeder Qualifikation legen die Lernenden eine Berufsprüfung "
                    "(egzamin zawodowy) ab, deren Aufgaben die Zentrale Prüfungskommission (CKE) "
                    "erstellt. Jugendliche Arbeitnehmer können ihre praktische Ausbildung auch in "
                    "Handwerksbetrieben absolvieren und legen dann die Gesellenprüfung vor der "
                    "Handwerkskammer ab."
                ),
                "en": (
                    "Each occupation is listed in the classification of occupations for vocational "
                    "education with a six-digit code and divided into one or more qualifications. "
                    "After each qualification, learners take a vocational examination (egzamin "
                    "zawodowy) whose tasks are set by the Central Examination Board (CKE). "
                    "Juvenile employees can also complete their practical training in craft "
                    "businesses and then take the journeyman examination before the chamber of "
                    "crafts."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Maßgeblich sind das Schulrechtsgesetz (Prawo oświatowe) vom 14. Dezember 2016 "
                    "und die Verordnungen des Bildungsministeriums über die Kernlehrpläne der "
                    "Berufe. Die Gesellen- und Meisterprüfungen im Handwerk beruhen auf dem "
                    "Handwerksgesetz von 1989."
                ),
                "en": (
                    "The key legal acts are the Education Law (Prawo oświatowe) of 14 December "
                    "2016 and the Ministry of Education's regulations on the core curricula for "
                    "occupations. Journeyman and master examinations in the crafts are based on "
                    "the Crafts Act of 1989."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Für die Berufsprüfungen sind acht regionale Prüfungskommissionen (OKE) "
                    "zuständig, die landesweit einheitliche Aufgaben einsetzen. Die "
                    "Handwerkskammern (izby rzemieślnicze) nehmen Gesellen- und Meisterprüfungen "
                    "ab. Die Aufsicht über die Schulen führen die Schulkuratorien der "
                    "Woiwodschaften."
                ),
                "en": (
                    "Eight regional examination boards (OKE) are responsible for the vocational "
                    "examinations and use nationally uniform tasks. The chambers of crafts (izby "
                    "rzemieślnicze) conduct journeyman and master examinations. Schools are "
                    "supervised by the education offices of the voivodeships."
                ),
            },
        ],
    },
    {
        "code": "RO",
        "historical": False,
        "region": "eu",
        "official_languages_de": "Rumänisch",
        "official_languages_en": "Romanian",
        "valid_since": "2011-02-10",
        "valid_until": None,
        "summary_de": (
            "Rumänien bietet Berufsbildung an technologischen Lyzeen und in dreijährigen "
            "Berufsschulklassen an, seit 2017 auch im dualen Modell mit Partnerunternehmen. Die "
            "Abschlüsse werden Niveaus des nationalen Qualifikationsrahmens zugeordnet."
        ),
        "summary_en": (
            "Romania offers vocational education at technological high schools and in three-year "
            "vocational school classes, and since 2017 also in a dual model with partner "
            "companies. Qualifications are assigned to levels of the national qualifications "
            "framework."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Die Schulpflicht umfasst in Rumänien die Vorschulgruppe, die Grundschule, das "
                    "Gymnasium und die ersten Jahre der Oberstufe. Nach der achten Klasse "
                    "entscheidet die nationale Prüfung (Evaluarea Națională) zusammen mit den "
                    "Schulnoten über die Verteilung auf theoretische, technologische und "
                    "berufliche Bildungsgänge. Das Abitur (bacalaureat) eröffnet den Zugang zur "
                    "Hochschule."
                ),
                "en": (
                    "In Romania, compulsory education covers the preparatory year, primary school, "
                    "lower secondary school and the first years of upper secondary education. "
                    "After the eighth grade, the national examination (Evaluarea Națională) "
                    "together with school marks determines the allocation to theoretical, "
                    "technological and vocational programmes. The baccalaureate (bacalaureat) "
                    "gives access to higher education."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Das dreijährige Berufsschulprogramm (învățământ profesional) endet mit einem "
                    "Qualifikationszertifikat der Stufe 3, das technologische Lyzeum mit einem "
                    "Zertifikat der Stufe 4 und auf Wunsch dem Abitur. Im dualen Modell schließen "
                    "Unternehmen Partnerschaftsverträge mit Schulen und zahlen den Lernenden "
                    "zusätzlich zum staatlichen Stipendium eine Vergütung. Die Abschlussprüfung "
                    "besteht aus einer praktischen Arbeit und einer Projektarbeit."
                ),
                "en": (
                    "The three-year vocational school programme (învățământ profesional) leads to "
                    "a level 3 qualification certificate, while the technological high school "
                    "leads to a level 4 certificate and, optionally, the baccalaureate. In the "
                    "dual model, companies conclude partnership agreements with schools and pay "
                    "learners an allowance in addition to the state grant. The final examination "
                    "consists of a practical task and a project."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das Gesetz über das voruniversitäre Bildungswesen Nr. 198/2023 hat das "
                    "frühere Bildungsgesetz Nr. 1/2011 abgelöst, nach dem die meisten heute "
                    "vorgelegten Abschlüsse erworben wurden. Die Standards für die einzelnen "
                    "Qualifikationen erarbeitet das Nationale Zentrum für die Entwicklung der "
                    "Berufsbildung (CNDIPT)."
                ),
                "en": (
                    "The Pre-University Education Law No. 198/2023 replaced the earlier Education "
                    "Law No. 1/2011, under which most of the qualifications presented today were "
                    "obtained. The standards for the individual qualifications are developed by "
                    "the National Centre for the Development of Vocational Education and Training "
                    "(CNDIPT)."
                ),
            },
        ],
    },
    {
        "code": "IT",
        "historical": False,
        "region": "eu",
        "official_languages_de": "Italienisch",
        "official_languages_en": "Italian",
        "valid_since": "2010-03-15",
        "valid_until": None,
        "summary_de": (
            "Italien unterscheidet zwischen staatlichen technischen und beruflichen Instituten und "
            "den von den Regionen verantworteten Bildungsgängen der beruflichen Erstausbildung "
            "(IeFP). Die Lehre spielt in der Erstausbildung eine geringere Rolle als in "
            "Deutschland."
        ),
        "summary_en": (
            "Italy distinguishes between state technical and vocational institutes and the initial "
            "vocational education and training programmes run by the regions (IeFP). "
            "Apprenticeship plays a smaller role in initial training than in Germany."
        ),
        "sections": [
            {
                "topic": "school_system",
                "de": (
                    "Nach der fünfjährigen Grundschule und der dreijährigen Mittelschule wählen "
                    "Jugendliche zwischen Lyzeen, technischen Instituten und beruflichen "
                    "Instituten mit jeweils fünf Jahren Dauer. Alle drei Schulformen schließen mit "
                    "der staatlichen Abschlussprüfung (esame di Stato) ab, die den Hochschulzugang "
                    "eröffnet."
                ),
                "en": (
                    "After five years of primary school and three years of lower secondary school, "
                    "young people choose between lyceums, technical institutes and vocational "
                    "institutes, each lasting five years. All three types of school end with the "
                    "state examination (esame di Stato), which gives access to higher education."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Die Regionen organisieren dreijährige Qualifikationskurse und vierjährige "
                    "Diplomkurse der beruflichen Erstausbildung, die an akkreditierten "
                    "Bildungszentren angeboten werden. Die Berufsbilder sind in einem nationalen "
                    "Verzeichnis festgelegt, damit die Abschlüsse landesweit anerkannt werden. "
                    "Ergänzend gibt es die Lehre erster Stufe, in der Jugendliche einen regulären "
                    "Abschluss im Betrieb und an der Schule erwerben."
                ),
                "en": (
                    "The regions organise three-year qualification courses and four-year diploma "
                    "courses in initial vocational training, offered at accredited training "
                    "centres. The occupational profiles are set out in a national register so that "
                    "the qualifications are recognised nationwide. In addition, there is "
                    "first-level apprenticeship, in which young people obtain a regular "
                    "qualification in a company and at school."
                ),
            },
            {
                "topic": "higher_education",
                "de": (
                    "Neben den Universitäten bieten die Istituti Tecnologici Superiori (ITS "
                    "Academy) zwei- bis dreijährige berufsbezogene Studiengänge an, die eng mit "
                    "Unternehmen zusammenarbeiten. Sie richten sich an Absolventinnen und "
                    "Absolventen der Oberstufe und enden mit einem Diplom der Stufe 5 oder 6 des "
                    "Europäischen Qualifikationsrahmens."
                ),
                "en": (
                    "Alongside the universities, the Istituti Tecnologici Superiori (ITS Academy) "
                    "offer two- to three-year vocationally oriented programmes that work closely "
                    "with companies. They are aimed at upper secondary graduates and lead to a "
                    "diploma at level 5 or 6 of the European Qualifications Framework."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Die technischen und beruflichen Institute wurden 2010 durch die "
                    "Präsidialdekrete Nr. 87 und 88 neu geordnet. Die berufliche Erstausbildung "
                    "der Regionen beruht auf dem Gesetzesdekret Nr. 226/2005 und auf "
                    "Vereinbarungen zwischen Staat und Regionen."
                ),
                "en": (
                    "The technical and vocational institutes were reorganised in 2010 by "
                    "Presidential Decrees No. 87 and 88. Initial vocational training provided by "
                    "the regions is based on Legislative Decree No. 226/2005 and on agreements "
                    "between the state and the regions."
                ),
            },
        ],
    },
    {
        "code": "ES",
        "historical": False,
        "region": "eu",
        "official_languages_de": "Spanisch; regional auch Katalanisch, Galicisch und Baskisch",
        "official_languages_en": "Spanish; regionally also Catalan, Galician and Basque",
        "valid_since": "2022-03-31",
        "valid_until": None,
        "summary_de": (
            "In Spanien ist die Berufsbildung (Formación Profesional) stark schulisch geprägt und "
            "in Grundstufe, mittlere und höhere Stufe gegliedert. Seit 2022 ist in allen "
            "Bildungsgängen ein Anteil betrieblicher Ausbildung vorgeschrieben."
        ),
        "summary_en": (
            "In Spain, vocational education and training (Formación Profesional) is largely "
            "school-based and divided into basic, intermediate and higher levels. Since 2022, all "
            "programmes have been required to include a share of in-company training."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Die Bildungsgänge der mittleren Stufe (Grado Medio) führen zum Titel "
                    "„Técnico“, die der höheren Stufe (Grado Superior) zum „Técnico Superior“. "
                    "Jeder Titel ist durch ein königliches Dekret mit Lernmodulen, Stundenumfang "
                    "und Berufsprofil festgelegt. Das Modul Ausbildung in Arbeitsstätten (FCT) "
                    "wird im Unternehmen absolviert."
                ),
                "en": (
                    "Intermediate-level programmes (Grado Medio) lead to the title of “Técnico”, "
                    "higher-level programmes (Grado Superior) to “Técnico Superior”. Each title is "
                    "defined by a royal decree setting out the modules, hours and occupational "
                    "profile. The module on training in the workplace (FCT) is completed in a "
                    "company."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Das Organgesetz 3/2022 über die Ordnung und Integration der Berufsbildung hat "
                    "Aus- und Weiterbildung in einem einheitlichen System zusammengeführt. Alle "
                    "Bildungsgänge werden seither dual organisiert, wobei zwischen allgemeiner und "
                    "intensiver dualer Ausbildung unterschieden wird. Ältere Titel nach dem "
                    "Bildungsgesetz von 1990 (LOGSE) bleiben gültig."
                ),
                "en": (
                    "Organic Law 3/2022 on the organisation and integration of vocational training "
                    "brought initial and continuing training together in a single system. Since "
                    "then, all programmes have been organised on a dual basis, with a distinction "
                    "between general and intensive dual training. Older titles under the 1990 "
                    "education act (LOGSE) remain valid."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Die Titel werden vom Bildungsministerium und den Bildungsbehörden der "
                    "Autonomen Gemeinschaften ausgestellt. Unterricht findet an öffentlichen "
                    "Berufsbildungszentren und an Sekundarschulen mit Berufsbildungsangebot statt. "
                    "Das Nationale Institut für Qualifikationen (INCUAL) pflegt den nationalen "
                    "Katalog der beruflichen Kompetenzstandards."
                ),
                "en": (
                    "The titles are issued by the Ministry of Education and the education "
                    "authorities of the autonomous communities. Teaching takes place at public "
                    "vocational training centres and at secondary schools offering vocational "
                    "programmes. The National Institute of Qualifications (INCUAL) maintains the "
                    "national catalogue of occupational competence standards."
                ),
            },
        ],
    },
    {
        "code": "GR",
        "historical": False,
        "region": "eu",
        "official_languages_de": "Griechisch",
        "official_languages_en": "Greek",
        "valid_since": "2013-09-17",
        "valid_until": None,
        "summary_de": (
            "In Griechenland bieten die berufsbildenden Lyzeen (EPAL) eine dreijährige schulische "
            "Ausbildung an, während die Institute für berufliche Bildung (IEK) nachschulische "
            "Qualifikationen vermitteln. Duale Lehrgänge gibt es an den Lehrlingsschulen der "
            "öffentlichen Arbeitsverwaltung."
        ),
        "summary_en": (
            "In Greece, vocational upper secondary schools (EPAL) offer three years of "
            "school-based training, while the vocational training institutes (IEK) provide "
            "post-secondary qualifications. Dual programmes are offered at the apprenticeship "
            "schools of the public employment service."
        ),
        "sections": [
            {
                "topic": "school_system",
                "de": (
                    "Auf die sechsjährige Grundschule und das dreijährige Gymnasium folgt entweder "
                    "das allgemeinbildende oder das berufsbildende Lyzeum (EPAL). Das EPAL ist in "
                    "Sektoren und Fachrichtungen gegliedert und vermittelt neben berufsbezogenen "
                    "Fächern auch Allgemeinbildung. Der Abschluss berechtigt zur Teilnahme an den "
                    "panhellenischen Hochschulaufnahmeprüfungen."
                ),
                "en": (
                    "Six years of primary school and three years of lower secondary school are "
                    "followed by either the general or the vocational lyceum (EPAL). The EPAL is "
                    "divided into sectors and specialisations and provides general education "
                    "alongside vocational subjects. The leaving certificate entitles holders to "
                    "sit the Panhellenic university entrance examinations."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Die Institute für berufliche Bildung (IEK) bieten Absolventinnen und "
                    "Absolventen der Oberstufe viersemestrige Programme mit anschließendem "
                    "Betriebspraktikum an. Nach bestandener Zertifizierungsprüfung der Nationalen "
                    "Organisation für die Zertifizierung von Qualifikationen (EOPPEP) erhalten sie "
                    "ein Diplom der Berufsausbildung. Die Lehrlingsschulen (EPAS) der öffentlichen "
                    "Arbeitsverwaltung verbinden Unterricht mit bezahlter Arbeit im Betrieb."
                ),
                "en": (
                    "The vocational training institutes (IEK) offer upper secondary graduates "
                    "four-semester programmes followed by a company placement. After passing the "
                    "certification examination of the National Organisation for the Certification "
                    "of Qualifications (EOPPEP), they receive a vocational training diploma. The "
                    "apprenticeship schools (EPAS) of the public employment service combine "
                    "classroom teaching with paid work in a company."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das Gesetz 4186/2013 ordnete die Sekundarstufe und die berufliche Bildung "
                    "neu, das Gesetz 4763/2020 schuf ein nationales System der beruflichen Aus- "
                    "und Weiterbildung. Die Berufsprofile werden auf der Grundlage von "
                    "Berufsstandards festgelegt, die von der EOPPEP zertifiziert werden."
                ),
                "en": (
                    "Law 4186/2013 reorganised secondary and vocational education, and Law "
                    "4763/2020 created a national system of vocational education, training and "
                    "lifelong learning. The occupational profiles are defined on the basis of "
                    "occupational standards certified by EOPPEP."
                ),
            },
        ],
    },
    {
        "code": "HR",
        "historical": False,
        "region": "eu",
        "official_languages_de": "Kroatisch",
        "official_languages_en": "Croatian",
        "valid_since": "2009-03-13",
        "valid_until": None,
        "summary_de": (
            "Kroatien bildet an drei- und vierjährigen Berufsschulen aus; Handwerksberufe werden "
            "im einheitlichen Modell mit praktischer Ausbildung in Betrieben gelernt. "
            "Meisterprüfungen nimmt die Kroatische Handwerkskammer ab."
        ),
        "summary_en": (
            "Croatia provides training at three- and four-year vocational schools; craft "
            "occupations are learned in the unified model with practical training in companies. "
            "Master examinations are conducted by the Croatian Chamber of Trades and Crafts."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Dreijährige Berufsschulprogramme führen zu einem Abschluss als Facharbeiter "
                    "oder Handwerker, vierjährige Programme zu einem Technikerabschluss mit Zugang "
                    "zur staatlichen Matura. Im einheitlichen Ausbildungsmodell (JMO) verbringen "
                    "Lernende in Handwerksberufen einen großen Teil der Ausbildung in lizenzierten "
                    "Betrieben. Die Ausbildung endet mit einer Abschlussarbeit und einer "
                    "Gesellenprüfung."
                ),
                "en": (
                    "Three-year vocational school programmes lead to a skilled worker or craft "
                    "qualification, while four-year programmes lead to a technician qualification "
                    "with access to the state matura. In the unified training model (JMO), "
                    "learners in craft occupations spend a large part of their training in "
                    "licensed companies. Training ends with a final project and a journeyman "
                    "examination."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Grundlage ist das Gesetz über die berufliche Bildung von 2009, das 2018 und "
                    "2022 geändert wurde, zusammen mit dem Handwerksgesetz. Der Kroatische "
                    "Qualifikationsrahmen (HKO) ordnet die Abschlüsse Niveaus zu, die mit dem "
                    "Europäischen Qualifikationsrahmen verknüpft sind."
                ),
                "en": (
                    "The legal basis is the 2009 Vocational Education and Training Act, amended in "
                    "2018 and 2022, together with the Crafts Act. The Croatian Qualifications "
                    "Framework (HKO) assigns qualifications to levels linked to the European "
                    "Qualifications Framework."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Die Agentur für berufliche Bildung und Erwachsenenbildung (ASOO) entwickelt "
                    "Lehrpläne und Berufsstandards. Die Kroatische Handwerkskammer (HOK) führt das "
                    "Verzeichnis der Ausbildungsbetriebe und organisiert Gesellen- und "
                    "Meisterprüfungen."
                ),
                "en": (
                    "The Agency for Vocational Education and Training and Adult Education (ASOO) "
                    "develops curricula and occupational standards. The Croatian Chamber of Trades "
                    "and Crafts (HOK) keeps the register of training companies and organises "
                    "journeyman and master examinations."
                ),
            },
        ],
    },
    {
        "code": "BA",
        "historical": False,
        "region": "europe",
        "official_languages_de": "Bosnisch, Kroatisch, Serbisch",
        "official_languages_en": "Bosnian, Croatian, Serbian",
        "valid_since": "2008-07-29",
        "valid_until": None,
        "summary_de": (
            "Bosnien und Herzegowina hat ein dezentral organisiertes Bildungswesen, in dem die "
            "Entitäten, der Distrikt Brčko und in der Föderation die Kantone eigene Gesetze "
            "erlassen. Berufliche Bildung findet überwiegend an drei- und vierjährigen "
            "Mittelschulen statt."
        ),
        "summary_en": (
            "Bosnia and Herzegovina has a decentralised education system in which the entities, "
            "the Brčko District and, within the Federation, the cantons pass their own laws. "
            "Vocational education mainly takes place at three- and four-year secondary schools."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Die Zuständigkeit für das Bildungswesen ist auf zwölf Ministerien verteilt, "
                    "was zu unterschiedlichen Lehrplänen und Zeugnisformularen führt. Nach der "
                    "neunjährigen Grundschule folgen Gymnasien, technische Schulen mit "
                    "vierjährigen Programmen und Berufsschulen mit dreijährigen Programmen. "
                    "Zeugnisse werden je nach Landesteil in lateinischer oder kyrillischer Schrift "
                    "ausgestellt."
                ),
                "en": (
                    "Responsibility for education is spread across twelve ministries, which "
                    "results in different curricula and certificate forms. Nine years of primary "
                    "school are followed by grammar schools, technical schools with four-year "
                    "programmes and vocational schools with three-year programmes. Depending on "
                    "the part of the country, certificates are issued in Latin or Cyrillic script."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das Rahmengesetz über die berufliche Sekundarbildung von 2008 legt gemeinsame "
                    "Grundsätze für das ganze Land fest. Die konkrete Ausgestaltung erfolgt durch "
                    "die Schulgesetze der Republika Srpska, der Kantone der Föderation und des "
                    "Distrikts Brčko."
                ),
                "en": (
                    "The 2008 Framework Law on Secondary Vocational Education and Training sets "
                    "out common principles for the whole country. The details are determined by "
                    "the school laws of Republika Srpska, the cantons of the Federation and the "
                    "Brčko District."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Seit den 2000er-Jahren wurden mit internationaler Unterstützung modulare "
                    "Lehrpläne eingeführt, die stärker auf Kompetenzen ausgerichtet sind. Die Zahl "
                    "der Ausbildungsprofile wurde dabei deutlich verringert und an den Bedarf der "
                    "Wirtschaft angepasst."
                ),
                "en": (
                    "Since the 2000s, modular curricula with a stronger focus on competences have "
                    "been introduced with international support. The number of training profiles "
                    "was significantly reduced in the process and adapted to the needs of the "
                    "economy."
                ),
            },
        ],
    },
    {
        "code": "RS",
        "historical": False,
        "region": "europe",
        "official_languages_de": "Serbisch",
        "official_languages_en": "Serbian",
        "valid_since": "2013-07-04",
        "valid_until": None,
        "summary_de": (
            "Serbien bildet an drei- und vierjährigen Berufsschulen aus und hat 2017 mit dem "
            "Gesetz über die duale Bildung die Zusammenarbeit mit Unternehmen ausgebaut. Zeugnisse "
            "werden in kyrillischer Schrift ausgestellt."
        ),
        "summary_en": (
            "Serbia provides training at three- and four-year vocational schools and expanded "
            "cooperation with companies through the 2017 Law on Dual Education. Certificates are "
            "issued in Cyrillic script."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Berufsschulen bieten dreijährige Programme für Facharbeiter und vierjährige "
                    "Programme für Techniker an, die mit einer Abschlussprüfung beziehungsweise "
                    "einer beruflichen Matura enden. Im dualen Modell steigt der Anteil der "
                    "Ausbildungszeit im Unternehmen vom ersten bis zum letzten Schuljahr. Die "
                    "Wirtschaftskammer Serbiens akkreditiert die beteiligten Betriebe."
                ),
                "en": (
                    "Vocational schools offer three-year programmes for skilled workers and "
                    "four-year programmes for technicians, ending with a final examination or a "
                    "vocational matura respectively. In the dual model, the share of training time "
                    "spent in the company increases from the first to the last school year. The "
                    "Chamber of Commerce and Industry of Serbia accredits the companies involved."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Den Rahmen bilden das Gesetz über die Grundlagen des Bildungssystems, das "
                    "Gesetz über die Mittelschulbildung von 2013 und das Gesetz über die duale "
                    "Bildung von 2017. Seit 2018 ordnet der Nationale Qualifikationsrahmen "
                    "Serbiens (NOKS) die Abschlüsse acht Niveaus zu."
                ),
                "en": (
                    "The framework consists of the Law on the Foundations of the Education System, "
                    "the 2013 Law on Secondary Education and the 2017 Law on Dual Education. Since "
                    "2018, the National Qualifications Framework of Serbia (NOKS) has assigned "
                    "qualifications to eight levels."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Bis in die 1990er-Jahre galten die Strukturen der jugoslawischen "
                    "Berufsbildung fort, einschließlich der Einstufung in qualifizierte (KV) und "
                    "hochqualifizierte Arbeiter (VKV). Seit den 2000er-Jahren wurden die "
                    "Bildungsprofile schrittweise modernisiert und modular aufgebaut."
                ),
                "en": (
                    "Until the 1990s, the structures of Yugoslav vocational education continued to "
                    "apply, including the classification into skilled (KV) and highly skilled "
                    "workers (VKV). Since the 2000s, the training profiles have gradually been "
                    "modernised and given a modular structure."
                ),
            },
        ],
    },
    {
        "code": "XK",
        "historical": False,
        "region": "europe",
        "official_languages_de": "Albanisch, Serbisch",
        "official_languages_en": "Albanian, Serbian",
        "valid_since": "2013-12-05",
        "valid_until": None,
        "summary_de": (
            "Kosovo organisiert berufliche Bildung vor allem an beruflichen Oberschulen der "
            "Klassen 10 bis 12 und an Kompetenzzentren. Das Qualifikationssystem wird von der "
            "Nationalen Qualifikationsbehörde verwaltet."
        ),
        "summary_en": (
            "Kosovo organises vocational education mainly at vocational upper secondary schools "
            "covering grades 10 to 12 and at centres of competence. The qualifications system is "
            "administered by the National Qualifications Authority."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Berufliche Oberschulen bieten dreijährige Programme an, nach denen eine "
                    "staatliche Abschlussprüfung (Matura) abgelegt werden kann. Kompetenzzentren "
                    "mit eigenen Werkstätten und engen Betriebskontakten verbinden Unterricht und "
                    "Praxis. Kurzzeitige Programme für Erwachsene bieten die "
                    "Berufsausbildungszentren des Arbeitsministeriums an."
                ),
                "en": (
                    "Vocational upper secondary schools offer three-year programmes after which a "
                    "state leaving examination (matura) can be taken. Centres of competence with "
                    "their own workshops and close links to companies combine classroom teaching "
                    "and practice. Short programmes for adults are offered by the vocational "
                    "training centres of the Ministry of Labour."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Grundlage ist das Gesetz Nr. 04/L-138 über Berufsbildung und "
                    "Erwachsenenbildung von 2013 sowie das Gesetz über nationale Qualifikationen. "
                    "Berufsstandards und Lehrpläne entwickelt das Bildungsministerium gemeinsam "
                    "mit der Agentur für Berufsbildung und Erwachsenenbildung (AAPARR)."
                ),
                "en": (
                    "The legal basis is Law No. 04/L-138 on Vocational Education and Training and "
                    "Adult Education of 2013 and the Law on National Qualifications. Occupational "
                    "standards and curricula are developed by the Ministry of Education together "
                    "with the Agency for Vocational Education and Training and Adult Education "
                    "(AAPARR)."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Die Nationale Qualifikationsbehörde (AKK) akkreditiert Anbieter und validiert "
                    "Qualifikationen für den Nationalen Qualifikationsrahmen. Zeugnisse werden in "
                    "albanischer und teilweise in serbischer Sprache ausgestellt."
                ),
                "en": (
                    "The National Qualifications Authority (AKK) accredits providers and validates "
                    "qualifications for the National Qualifications Framework. Certificates are "
                    "issued in Albanian and in some cases in Serbian."
                ),
            },
        ],
    },
    {
        "code": "UA",
        "historical": False,
        "region": "europe",
        "official_languages_de": "Ukrainisch",
        "official_languages_en": "Ukrainian",
        "valid_since": "2017-09-28",
        "valid_until": None,
        "summary_de": (
            "Die Ukraine unterscheidet zwischen der beruflichen (berufstechnischen) Bildung für "
            "Arbeiterberufe und der fachlichen Vor-Hochschulbildung an Colleges. "
            "Arbeiterqualifikationen werden in Qualifikationsgrade (розряди) eingestuft."
        ),
        "summary_en": (
            "Ukraine distinguishes between vocational (vocational-technical) education for "
            "skilled-worker occupations and professional pre-higher education at colleges. "
            "Skilled-worker qualifications are graded in qualification grades (розряди)."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Nach dem Bildungsgesetz von 2017 wird die allgemeine Schulbildung "
                    "schrittweise auf zwölf Jahre verlängert. Berufsbildende Einrichtungen "
                    "vermitteln Arbeiterqualifikationen und in vielen Fällen zugleich die "
                    "vollständige allgemeine Sekundarbildung. Colleges und Technika bilden "
                    "Fachkräfte der mittleren Ebene aus."
                ),
                "en": (
                    "Under the 2017 Law on Education, general schooling is being gradually "
                    "extended to twelve years. Vocational institutions provide skilled-worker "
                    "qualifications and in many cases complete general secondary education at the "
                    "same time. Colleges and technical schools train mid-level specialists."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Arbeiterinnen und Arbeiter werden an berufstechnischen Lyzeen und Schulen "
                    "ausgebildet und erhalten eine Qualifikation mit Angabe des "
                    "Qualifikationsgrades, zum Beispiel des 3. oder 4. Grades. Der praktische Teil "
                    "umfasst Werkstattunterricht und ein Betriebspraktikum. Die Abschlussprüfung "
                    "wird vor einer Qualifikationskommission abgelegt, an der Arbeitgeber "
                    "beteiligt sind."
                ),
                "en": (
                    "Skilled workers are trained at vocational lyceums and schools and receive a "
                    "qualification stating the qualification grade, for example the 3rd or 4th "
                    "grade. The practical part comprises workshop training and a company "
                    "placement. The final examination is taken before a qualification board on "
                    "which employers are represented."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Der Abschluss Junior-Spezialist (молодший спеціаліст) wurde mit dem Gesetz "
                    "über die fachliche Vor-Hochschulbildung von 2019 durch den Fachlichen "
                    "Junior-Bachelor ersetzt. Ältere Diplome bleiben gültig und werden bei der "
                    "Bewertung weiterhin herangezogen."
                ),
                "en": (
                    "The junior specialist qualification (молодший спеціаліст) was replaced by the "
                    "professional junior bachelor under the 2019 Law on Professional Pre-Higher "
                    "Education. Older diplomas remain valid and continue to be used in assessments."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Neben dem Bildungsgesetz von 2017 gelten das Gesetz über die berufliche "
                    "(berufstechnische) Bildung von 1998 und das Gesetz über die fachliche "
                    "Vor-Hochschulbildung. Die Einstufung der Arbeiterberufe folgt dem nationalen "
                    "Berufsklassifikator ДК 003:2010."
                ),
                "en": (
                    "In addition to the 2017 Law on Education, the 1998 Law on Vocational "
                    "(Vocational-Technical) Education and the Law on Professional Pre-Higher "
                    "Education apply. The grading of skilled-worker occupations follows the "
                    "national classification of occupations ДК 003:2010."
                ),
            },
        ],
    },
    {
        "code": "RU",
        "historical": False,
        "region": "europe",
        "official_languages_de": "Russisch",
        "official_languages_en": "Russian",
        "valid_since": "2013-09-01",
        "valid_until": None,
        "summary_de": (
            "Russland bündelt die berufliche Erstausbildung im System der mittleren Berufsbildung "
            "(SPO), das sowohl qualifizierte Arbeiter als auch Fachkräfte der mittleren Ebene "
            "ausbildet. Die Inhalte sind in föderalen Bildungsstandards festgelegt."
        ),
        "summary_en": (
            "Russia brings initial vocational training together in the system of secondary "
            "vocational education (SPO), which trains both skilled workers and mid-level "
            "specialists. The content is laid down in federal educational standards."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Die mittlere Berufsbildung wird an Colleges und Technika angeboten und "
                    "umfasst Programme für qualifizierte Arbeiter sowie für Fachkräfte der "
                    "mittleren Ebene. Nach der neunten Klasse dauert die Ausbildung meist knapp "
                    "drei bis vier Jahre, weil die allgemeine Sekundarbildung integriert ist. Seit "
                    "2020 können Abschlussprüfungen in Form einer Demonstrationsprüfung abgelegt "
                    "werden."
                ),
                "en": (
                    "Secondary vocational education is offered at colleges and technical schools "
                    "and includes programmes for skilled workers and for mid-level specialists. "
                    "After the ninth grade, training usually takes just under three to four years "
                    "because general secondary education is integrated. Since 2020, final "
                    "examinations can be taken in the form of a demonstration examination."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das föderale Gesetz Nr. 273-FZ über die Bildung in der Russischen Föderation "
                    "vom 29. Dezember 2012 ist seit dem 1. September 2013 in Kraft. Es ersetzte "
                    "die Unterscheidung zwischen beruflicher Grundbildung und mittlerer "
                    "Berufsbildung durch ein einheitliches Niveau."
                ),
                "en": (
                    "Federal Law No. 273-FZ on Education in the Russian Federation of 29 December "
                    "2012 has been in force since 1 September 2013. It replaced the distinction "
                    "between initial and secondary vocational education with a single level."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Bis 2013 wurden Arbeiter an Einrichtungen der beruflichen Grundbildung "
                    "ausgebildet, die auf die sowjetischen Berufsschulen (PTU) zurückgehen. "
                    "Diplome aus dieser Zeit tragen andere Bezeichnungen, entsprechen inhaltlich "
                    "aber häufig den heutigen Programmen für qualifizierte Arbeiter."
                ),
                "en": (
                    "Until 2013, skilled workers were trained at initial vocational education "
                    "institutions that go back to the Soviet vocational schools (PTU). Diplomas "
                    "from this period bear different titles but often correspond in content to "
                    "today's programmes for skilled workers."
                ),
            },
        ],
    },
    {
        "code": "SY",
        "historical": False,
        "region": "asia",
        "official_languages_de": "Arabisch",
        "official_languages_en": "Arabic",
        "valid_since": "2002-09-01",
        "valid_until": None,
        "summary_de": (
            "In Syrien wird berufliche Bildung an industriellen, kaufmännischen und "
            "landwirtschaftlichen Oberschulen sowie an zweijährigen technischen Instituten "
            "vermittelt. Betriebliche Ausbildung im deutschen Sinn ist wenig verbreitet."
        ),
        "summary_en": (
            "In Syria, vocational education is provided at industrial, commercial and agricultural "
            "upper secondary schools and at two-year technical institutes. In-company training in "
            "the German sense is not widespread."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Auf die neunjährige Grundbildung folgt eine dreijährige Sekundarstufe, die "
                    "allgemeinbildend oder beruflich ausgerichtet ist. Die beruflichen Oberschulen "
                    "enden mit einer landesweiten Abschlussprüfung, deren Ergebnis über den Zugang "
                    "zu technischen Instituten entscheidet. Das Hochschulwesen umfasst staatliche "
                    "Universitäten und seit 2001 auch private Hochschulen."
                ),
                "en": (
                    "Nine years of basic education are followed by three years of upper secondary "
                    "education with a general or vocational orientation. Vocational upper "
                    "secondary schools end with a national final examination whose result "
                    "determines access to technical institutes. Higher education comprises state "
                    "universities and, since 2001, private universities as well."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Die technischen Institute sind verschiedenen Fachministerien zugeordnet, etwa "
                    "dem Hochschul-, dem Gesundheits- oder dem Industrieministerium. Sie bieten "
                    "zweijährige Programme mit Übungen in Werkstätten und Laboren an. Praktika in "
                    "Betrieben sind meist kurz, der Unterricht ist stark theoretisch geprägt."
                ),
                "en": (
                    "The technical institutes are attached to various line ministries, such as the "
                    "ministries of higher education, health or industry. They offer two-year "
                    "programmes with exercises in workshops and laboratories. Company placements "
                    "are usually short, and teaching is strongly theory-based."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Die beruflichen Oberschulen unterstehen dem Bildungsministerium, die "
                    "Berufsbildungszentren dem Industrie- oder dem Sozialministerium. Infolge des "
                    "Krieges seit 2011 wurden zahlreiche Einrichtungen beschädigt, sodass "
                    "Ausbildungsverläufe häufig unterbrochen sind und Nachweise fehlen können."
                ),
                "en": (
                    "The vocational upper secondary schools report to the Ministry of Education, "
                    "while the vocational training centres report to the Ministry of Industry or "
                    "the Ministry of Social Affairs. As a result of the war since 2011, many "
                    "institutions have been damaged, so training paths are often interrupted and "
                    "documents may be missing."
                ),
            },
        ],
    },
    {
        "code": "AF",
        "historical": False,
        "region": "asia",
        "official_languages_de": "Paschtu, Dari",
        "official_languages_en": "Pashto, Dari",
        "valid_since": "2008-04-06",
        "valid_until": None,
        "summary_de": (
            "Afghanistan bietet berufliche Bildung an Berufsoberschulen (Klassen 10 bis 12) und an "
            "technischen Instituten an, die mit dem Diplom der 14. Klasse abschließen. Viele "
            "Fachkräfte haben ihre Kenntnisse zudem informell in Werkstätten erworben."
        ),
        "summary_en": (
            "Afghanistan offers vocational education at vocational upper secondary schools (grades "
            "10 to 12) and at technical institutes that end with the grade 14 diploma. Many "
            "skilled workers have also acquired their skills informally in workshops."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Die allgemeine Schulbildung umfasst sechs Jahre Grundschule, drei Jahre "
                    "Mittelstufe und drei Jahre Oberstufe. Nach der neunten oder zwölften Klasse "
                    "können Jugendliche an eine Berufsschule oder ein technisches Institut "
                    "wechseln. Zeugnisse werden in Dari oder Paschtu ausgestellt, häufig mit "
                    "englischer Übersetzung."
                ),
                "en": (
                    "General schooling comprises six years of primary school, three years of lower "
                    "secondary and three years of upper secondary school. After grade nine or "
                    "twelve, young people can transfer to a vocational school or a technical "
                    "institute. Certificates are issued in Dari or Pashto, often with an English "
                    "translation."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Technische Institute bieten nach der zwölften Klasse zweijährige Programme "
                    "an, die mit dem Diplom der 14. Klasse (Grade 14) enden. Der Unterricht "
                    "umfasst Fachtheorie, Werkstattübungen und allgemeinbildende Fächer wie Dari, "
                    "Englisch und islamische Studien. Traditionell verbreitet ist außerdem die "
                    "informelle Lehre bei einem Meister (ustad)."
                ),
                "en": (
                    "After grade twelve, technical institutes offer two-year programmes ending "
                    "with the grade 14 diploma. Teaching covers technical theory, workshop "
                    "exercises and general subjects such as Dari, English and Islamic studies. "
                    "Informal apprenticeship with a master (ustad) is also traditionally "
                    "widespread."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Das Bildungsgesetz von 2008 schuf die rechtliche Grundlage für ein "
                    "eigenständiges Berufsbildungssystem, 2018 wurde eine nationale "
                    "Berufsbildungsbehörde gegründet. Seit 2021 haben sich die Rahmenbedingungen "
                    "stark verändert, insbesondere für Frauen. Bei der Bewertung kommt es daher "
                    "häufig auf den Zeitpunkt des Abschlusses und auf beglaubigte Unterlagen an."
                ),
                "en": (
                    "The 2008 Education Law created the legal basis for a separate vocational "
                    "training system, and a national TVET authority was established in 2018. Since "
                    "2021, conditions have changed considerably, particularly for women. "
                    "Assessments therefore often depend on the date of the qualification and on "
                    "certified documents."
                ),
            },
        ],
    },
    {
        "code": "IR",
        "historical": False,
        "region": "asia",
        "official_languages_de": "Persisch",
        "official_languages_en": "Persian",
        "valid_since": "2012-09-22",
        "valid_until": None,
        "summary_de": (
            "Im Iran gliedert sich die Oberstufe in einen theoretischen Zweig, einen "
            "technisch-beruflichen Zweig und den Kar-o-Danesch-Zweig. Zweijährige "
            "Kardani-Studiengänge bietet vor allem die Technische und Berufliche Universität an."
        ),
        "summary_en": (
            "In Iran, upper secondary education is divided into a theoretical branch, a "
            "technical-vocational branch and the Kar-o-Danesh branch. Two-year Kardani (associate) "
            "programmes are offered mainly by the Technical and Vocational University."
        ),
        "sections": [
            {
                "topic": "school_system",
                "de": (
                    "Mit der Reform ab 2012 wurde die Schulzeit in zwei Stufen zu je sechs Jahren "
                    "gegliedert (6-3-3). In der Oberstufe wählen die Schülerinnen und Schüler "
                    "zwischen dem theoretischen Zweig, dem technisch-beruflichen Zweig und dem "
                    "Kar-o-Danesch-Zweig, der stärker auf Kompetenznachweise setzt. Alle Zweige "
                    "enden nach der zwölften Klasse mit einem Diplom."
                ),
                "en": (
                    "With the reform from 2012 onwards, schooling was divided into two stages of "
                    "six years each (6-3-3). In upper secondary school, pupils choose between the "
                    "theoretical branch, the technical-vocational branch and the Kar-o-Danesh "
                    "branch, which places more emphasis on proof of competence. All branches end "
                    "with a diploma after grade twelve."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Die Organisation für technische und berufliche Bildung (TVTO) des "
                    "Arbeitsministeriums bietet kurze, modulare Lehrgänge mit staatlichen "
                    "Kompetenzzertifikaten an. Diese Zertifikate werden häufig zusätzlich zu "
                    "schulischen Abschlüssen erworben und im Kar-o-Danesch-Zweig angerechnet. "
                    "Betriebliche Lehre ist vor allem im traditionellen Handwerk verbreitet."
                ),
                "en": (
                    "The Technical and Vocational Training Organization (TVTO) of the Ministry of "
                    "Labour offers short modular courses with state skills certificates. These "
                    "certificates are often obtained in addition to school qualifications and "
                    "credited in the Kar-o-Danesh branch. In-company apprenticeship is common "
                    "mainly in traditional crafts."
                ),
            },
            {
                "topic": "higher_education",
                "de": (
                    "Die Technische und Berufliche Universität (TVU) betreibt landesweit "
                    "zahlreiche Fakultäten, die zweijährige Kardani-Studiengänge und darauf "
                    "aufbauende Bachelorprogramme anbieten. Die Aufnahme erfolgt über die "
                    "nationale Aufnahmeprüfung (Konkur) oder aufgrund der Schulnoten."
                ),
                "en": (
                    "The Technical and Vocational University (TVU) runs numerous faculties across "
                    "the country offering two-year Kardani programmes and bachelor's programmes "
                    "building on them. Admission is via the national entrance examination (Konkur) "
                    "or on the basis of school marks."
                ),
            },
        ],
    },
    {
        "code": "IN",
        "historical": False,
        "region": "asia",
        "official_languages_de": "Hindi, Englisch und weitere Amtssprachen der Bundesstaaten",
        "official_languages_en": "Hindi, English and further official languages of the states",
        "valid_since": "2020-07-29",
        "valid_until": None,
        "summary_de": (
            "Indien vermittelt berufliche Erstausbildung vor allem an Industrial Training "
            "Institutes (ITI), die ein- und zweijährige Trade-Kurse nach nationalen Standards "
            "anbieten. Ergänzend gibt es betriebliche Lehre nach dem Apprentices Act und "
            "dreijährige Diplome an Polytechnics."
        ),
        "summary_en": (
            "India provides initial vocational training mainly at Industrial Training Institutes "
            "(ITIs), which offer one- and two-year trade courses to national standards. In "
            "addition, there is in-company apprenticeship under the Apprentices Act and three-year "
            "diplomas at polytechnics."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Die Trade-Kurse an ITIs folgen dem Craftsmen Training Scheme und schließen "
                    "mit dem National Trade Certificate ab, das der National Council for "
                    "Vocational Training (NCVT) vergibt. Der Unterricht teilt sich in "
                    "Werkstattpraxis, Fachtheorie und Querschnittsfächer wie Workshop Calculation "
                    "und Engineering Drawing. Die Abschlussprüfung ist landesweit einheitlich."
                ),
                "en": (
                    "Trade courses at ITIs follow the Craftsmen Training Scheme and end with the "
                    "National Trade Certificate awarded by the National Council for Vocational "
                    "Training (NCVT). Teaching is divided into workshop practice, trade theory and "
                    "cross-cutting subjects such as workshop calculation and engineering drawing. "
                    "The final examination is uniform nationwide."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Für die ITIs ist die Generaldirektion für Ausbildung (DGT) im Ministerium für "
                    "Qualifizierung und Unternehmertum zuständig, die Polytechnics unterstehen den "
                    "Behörden für technische Bildung der Bundesstaaten. Der 2018 gegründete "
                    "National Council for Vocational Education and Training (NCVET) reguliert die "
                    "Qualifikationen im nationalen Qualifikationsrahmen NSQF."
                ),
                "en": (
                    "The ITIs are the responsibility of the Directorate General of Training (DGT) "
                    "in the Ministry of Skill Development and Entrepreneurship, while the "
                    "polytechnics report to the state boards of technical education. The National "
                    "Council for Vocational Education and Training (NCVET), established in 2018, "
                    "regulates qualifications in the national qualifications framework NSQF."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Die betriebliche Lehre ist im Apprentices Act von 1961 geregelt. Die "
                    "Nationale Bildungspolitik von 2020 sieht vor, berufliche Bildung stärker in "
                    "Schulen und Hochschulen zu integrieren. Qualifikationen werden seit 2013 den "
                    "Niveaus des NSQF zugeordnet."
                ),
                "en": (
                    "In-company apprenticeship is governed by the Apprentices Act of 1961. The "
                    "2020 National Education Policy provides for vocational education to be "
                    "integrated more closely into schools and higher education. Since 2013, "
                    "qualifications have been assigned to the levels of the NSQF."
                ),
            },
        ],
    },
    {
        "code": "VN",
        "historical": False,
        "region": "asia",
        "official_languages_de": "Vietnamesisch",
        "official_languages_en": "Vietnamese",
        "valid_since": "2015-07-01",
        "valid_until": None,
        "summary_de": (
            "Vietnam gliedert die Berufsbildung in drei Niveaus: Grundstufe (sơ cấp), mittlere "
            "Stufe (trung cấp) und College-Stufe (cao đẳng). Die Zuständigkeit lag lange beim "
            "Ministerium für Arbeit, Invaliden und Soziales und ist 2025 auf das "
            "Bildungsministerium übergegangen."
        ),
        "summary_en": (
            "Vietnam divides vocational education into three levels: elementary (sơ cấp), "
            "intermediate (trung cấp) and college (cao đẳng). Responsibility long lay with the "
            "Ministry of Labour, Invalids and Social Affairs and was transferred to the Ministry "
            "of Education and Training in 2025."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Die Grundstufe umfasst Kurse von drei bis zwölf Monaten, die mittlere Stufe "
                    "ein- bis zweijährige Programme und die College-Stufe zwei- bis dreijährige "
                    "Programme. Jugendliche mit Abschluss der Mittelschule können die mittlere "
                    "Stufe zusammen mit allgemeinbildenden Fächern belegen. Ein großer Teil der "
                    "Ausbildungszeit entfällt auf praktische Übungen in Werkstätten."
                ),
                "en": (
                    "The elementary level comprises courses of three to twelve months, the "
                    "intermediate level one- to two-year programmes and the college level two- to "
                    "three-year programmes. Young people who have completed lower secondary school "
                    "can take the intermediate level together with general subjects. A large part "
                    "of the training time is spent on practical exercises in workshops."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Grundlage ist das Berufsbildungsgesetz Nr. 74/2014/QH13, das am 1. Juli 2015 "
                    "in Kraft trat. Die Ausbildungsprogramme beruhen auf Rahmenvorgaben zu "
                    "Mindeststunden und Kompetenzen, die von den Colleges und Berufsschulen selbst "
                    "ausgestaltet werden."
                ),
                "en": (
                    "The legal basis is Vocational Education Law No. 74/2014/QH13, which came into "
                    "force on 1 July 2015. Training programmes are based on framework requirements "
                    "for minimum hours and competences, which the colleges and vocational schools "
                    "design themselves."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Berufsbildung wird an Colleges, Berufsmittelschulen und Berufsbildungszentren "
                    "der Bezirke angeboten. Viele Einrichtungen arbeiten mit ausländischen "
                    "Partnern zusammen und bieten Programme nach deutschen oder australischen "
                    "Standards an."
                ),
                "en": (
                    "Vocational education is offered at colleges, vocational secondary schools and "
                    "district vocational training centres. Many institutions cooperate with "
                    "foreign partners and offer programmes based on German or Australian standards."
                ),
            },
        ],
    },
    {
        "code": "PH",
        "historical": False,
        "region": "asia",
        "official_languages_de": "Filipino, Englisch",
        "official_languages_en": "Filipino, English",
        "valid_since": "1994-08-25",
        "valid_until": None,
        "summary_de": (
            "Auf den Philippinen regelt die Technical Education and Skills Development Authority "
            "(TESDA) die berufliche Bildung über Trainingsstandards und nationale Zertifikate (NC "
            "I bis NC IV). Die Zertifikate bescheinigen Kompetenzen nach einer Prüfung, unabhängig "
            "davon, wo sie erworben wurden."
        ),
        "summary_en": (
            "In the Philippines, the Technical Education and Skills Development Authority (TESDA) "
            "regulates vocational education through training regulations and national certificates "
            "(NC I to NC IV). The certificates attest to competences after an assessment, "
            "regardless of where they were acquired."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Seit Einführung des K-12-Systems umfasst die Schulbildung einen "
                    "Kindergartenjahrgang, sechs Jahre Grundschule, vier Jahre Junior High School "
                    "und zwei Jahre Senior High School. In der Senior High School gibt es einen "
                    "technisch-beruflichen Zweig (TVL), in dem Schülerinnen und Schüler bereits "
                    "NC-Zertifikate erwerben können."
                ),
                "en": (
                    "Since the introduction of the K-12 system, schooling has comprised one year "
                    "of kindergarten, six years of primary school, four years of junior high "
                    "school and two years of senior high school. Senior high school includes a "
                    "technical-vocational-livelihood (TVL) track in which pupils can already "
                    "obtain NC certificates."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Für jede Qualifikation legt eine Training Regulation die Kompetenzeinheiten, "
                    "die Mindeststundenzahl und die Anforderungen an Ausbilder und Ausstattung "
                    "fest. Die Kurse dauern häufig nur wenige Monate und werden an staatlichen und "
                    "privaten Bildungseinrichtungen oder betriebsnah angeboten. Die "
                    "Kompetenzprüfung wird in akkreditierten Assessment Centers abgelegt."
                ),
                "en": (
                    "For each qualification, a training regulation specifies the units of "
                    "competency, the minimum number of hours and the requirements for trainers and "
                    "equipment. Courses often last only a few months and are offered at public and "
                    "private institutions or close to the workplace. The competency assessment is "
                    "taken at accredited assessment centres."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Die TESDA wurde 1994 durch den Republic Act 7796 gegründet und vereint "
                    "Regulierung, Zertifizierung und eigene Ausbildungsangebote. Für "
                    "Hochschulabschlüsse ist die Commission on Higher Education (CHED) zuständig, "
                    "für Schulen das Department of Education."
                ),
                "en": (
                    "TESDA was established in 1994 by Republic Act 7796 and combines regulation, "
                    "certification and its own training provision. The Commission on Higher "
                    "Education (CHED) is responsible for higher education degrees and the "
                    "Department of Education for schools."
                ),
            },
        ],
    },
    {
        "code": "BR",
        "historical": False,
        "region": "americas",
        "official_languages_de": "Portugiesisch",
        "official_languages_en": "Portuguese",
        "valid_since": "1996-12-20",
        "valid_until": None,
        "summary_de": (
            "Brasilien unterscheidet zwischen der Lehre (aprendizagem) nach dem Arbeitsrecht und "
            "technischen Bildungsgängen auf Sekundarniveau (cursos técnicos). Eine zentrale Rolle "
            "spielen die von der Wirtschaft getragenen Ausbildungsdienste wie SENAI und SENAC."
        ),
        "summary_en": (
            "Brazil distinguishes between apprenticeship (aprendizagem) under labour law and "
            "technical programmes at secondary level (cursos técnicos). The training services run "
            "by business associations, such as SENAI and SENAC, play a central role."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Technische Kurse können integriert mit der Oberstufe, parallel zu ihr oder im "
                    "Anschluss daran belegt werden und umfassen je nach Beruf 800 bis 1200 "
                    "Stunden. Der Nationale Katalog der technischen Kurse legt Mindeststunden und "
                    "Berufsprofile fest. Lehrlinge zwischen 14 und 24 Jahren schließen einen "
                    "besonderen Arbeitsvertrag und besuchen parallel Kurse bei SENAI, SENAC oder "
                    "anderen Anbietern."
                ),
                "en": (
                    "Technical courses can be taken integrated with upper secondary school, "
                    "alongside it or after it, and comprise 800 to 1,200 hours depending on the "
                    "occupation. The National Catalogue of Technical Courses specifies minimum "
                    "hours and occupational profiles. Apprentices aged 14 to 24 sign a special "
                    "employment contract and attend courses at SENAI, SENAC or other providers at "
                    "the same time."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Der Nationale Dienst für industrielle Ausbildung (SENAI) und der Nationale "
                    "Dienst für kaufmännische Ausbildung (SENAC) werden über eine Abgabe der "
                    "Unternehmen finanziert. Daneben bieten die Bundesinstitute für Bildung, "
                    "Wissenschaft und Technologie (Institutos Federais) technische Kurse und "
                    "Studiengänge an."
                ),
                "en": (
                    "The National Service for Industrial Training (SENAI) and the National Service "
                    "for Commercial Training (SENAC) are financed by a levy on companies. In "
                    "addition, the Federal Institutes of Education, Science and Technology "
                    "(Institutos Federais) offer technical courses and degree programmes."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das Gesetz über die Richtlinien und Grundlagen des Bildungswesens (LDB, "
                    "Gesetz Nr. 9.394/1996) regelt auch die berufliche Bildung. Die Lehre beruht "
                    "auf dem Gesetz Nr. 10.097/2000, das die Arbeitsgesetze (CLT) ergänzt. "
                    "Technische Berufe wie Techniker in der Industrie werden zusätzlich bei "
                    "Berufsräten registriert."
                ),
                "en": (
                    "The Law of Guidelines and Bases of National Education (LDB, Law No. "
                    "9,394/1996) also governs vocational education. Apprenticeship is based on Law "
                    "No. 10,097/2000, which supplements the labour code (CLT). Technical "
                    "occupations such as industrial technicians are also registered with "
                    "professional councils."
                ),
            },
        ],
    },
    {
        "code": "MA",
        "historical": False,
        "region": "africa",
        "official_languages_de": "Arabisch, Tamazight",
        "official_languages_en": "Arabic, Tamazight",
        "valid_since": "2019-08-19",
        "valid_until": None,
        "summary_de": (
            "In Marokko wird Berufsbildung überwiegend vom Amt für Berufsbildung und "
            "Arbeitsförderung (OFPPT) angeboten und ist in die Niveaus Spezialisierung, "
            "Qualifikation, Techniker und spezialisierter Techniker gegliedert. In technischen "
            "Programmen ist die Unterrichtssprache meist Französisch."
        ),
        "summary_en": (
            "In Morocco, vocational training is provided mainly by the Office for Vocational "
            "Training and Employment Promotion (OFPPT) and is divided into the levels of "
            "specialisation, qualification, technician and specialised technician. In technical "
            "programmes, the language of instruction is usually French."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Die Niveaus richten sich nach der Vorbildung: Die Qualifikation setzt den "
                    "Abschluss der Mittelschule voraus, die Technikerausbildung das Niveau des "
                    "Abiturs und der spezialisierte Techniker das Abitur (baccalauréat). Die "
                    "Programme dauern in der Regel ein bis zwei Jahre und schließen Praktika in "
                    "Unternehmen ein. Ein Teil der Ausbildung wird in alternierender Form oder als "
                    "Lehre angeboten."
                ),
                "en": (
                    "The levels depend on prior education: the qualification level requires "
                    "completion of lower secondary school, the technician level the final year of "
                    "upper secondary school and the specialised technician level the "
                    "baccalaureate. Programmes usually last one to two years and include company "
                    "placements. Some training is offered in alternating form or as apprenticeship."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das Rahmengesetz 51-17 über das Bildungs- und Ausbildungssystem von 2019 "
                    "setzt die strategische Vision 2015 bis 2030 um. Die Lehre ist im Gesetz 12-00 "
                    "geregelt, die alternierende Ausbildung im Gesetz 36-96."
                ),
                "en": (
                    "Framework Law 51-17 on the education and training system of 2019 implements "
                    "the strategic vision for 2015 to 2030. Apprenticeship is governed by Law "
                    "12-00 and alternating training by Law 36-96."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Neben dem OFPPT bilden Fachministerien wie das Landwirtschafts- oder das "
                    "Tourismusministerium in eigenen Instituten aus. Seit 2022 werden in allen "
                    "Regionen Kompetenzstädte (Cités des Métiers et des Compétences) eröffnet, die "
                    "mehrere Bereiche unter einem Dach bündeln."
                ),
                "en": (
                    "In addition to OFPPT, line ministries such as the ministries of agriculture "
                    "and tourism provide training at their own institutes. Since 2022, skills and "
                    "trades cities (Cités des Métiers et des Compétences), bringing several "
                    "sectors together under one roof, have been opening in all regions."
                ),
            },
        ],
    },
    {
        "code": "TN",
        "historical": False,
        "region": "africa",
        "official_languages_de": (
            "Arabisch; Französisch ist als Bildungs- und Verwaltungssprache verbreitet"
        ),
        "official_languages_en": "Arabic; French is widely used in education and administration",
        "valid_since": "2008-02-11",
        "valid_until": None,
        "summary_de": (
            "Tunesien bietet Berufsbildung in den Zentren der Tunesischen Agentur für "
            "Berufsbildung (ATFP) an, vielfach im Wechsel zwischen Zentrum und Unternehmen. Die "
            "Abschlüsse CAP, BTP und BTS bauen aufeinander auf."
        ),
        "summary_en": (
            "Tunisia provides vocational training at the centres of the Tunisian Vocational "
            "Training Agency (ATFP), often alternating between the centre and a company. The CAP, "
            "BTP and BTS qualifications build on one another."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Das Berufsbefähigungszeugnis (CAP) setzt den Abschluss der neunten Klasse "
                    "voraus, das Berufstechnikerzeugnis (BTP) die zweite Klasse der Oberstufe und "
                    "das Höhere Technikerzeugnis (BTS) das Abitur. Die Ausbildung dauert jeweils "
                    "etwa zwei Jahre. Ein erheblicher Teil wird in Betrieben absolviert, mit denen "
                    "die Zentren Ausbildungsvereinbarungen schließen."
                ),
                "en": (
                    "The certificate of vocational aptitude (CAP) requires completion of the ninth "
                    "grade, the vocational technician certificate (BTP) the second year of upper "
                    "secondary school and the higher technician certificate (BTS) the "
                    "baccalaureate. Each programme lasts about two years. A significant part is "
                    "completed in companies with which the centres conclude training agreements."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das Gesetz Nr. 2008-10 vom 11. Februar 2008 über die Berufsbildung legt die "
                    "Struktur der Abschlüsse und die Beteiligung der Unternehmen fest. Die "
                    "Programme werden nach dem Kompetenzansatz (approche par compétences) "
                    "entwickelt."
                ),
                "en": (
                    "Law No. 2008-10 of 11 February 2008 on vocational training sets out the "
                    "structure of the qualifications and the involvement of companies. Programmes "
                    "are developed according to the competency-based approach (approche par "
                    "compétences)."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Die ATFP betreibt landesweit über 130 Zentren, darunter sektorale Zentren für "
                    "Bau, Elektrik, Mechanik oder Tourismus. Für Landwirtschaft, Tourismus und "
                    "Gesundheit bestehen zusätzliche Einrichtungen der jeweiligen Fachministerien."
                ),
                "en": (
                    "ATFP runs more than 130 centres nationwide, including sectoral centres for "
                    "construction, electrical engineering, mechanics and tourism. Additional "
                    "institutions run by the relevant line ministries exist for agriculture, "
                    "tourism and health."
                ),
            },
        ],
    },
    {
        "code": "EG",
        "historical": False,
        "region": "africa",
        "official_languages_de": "Arabisch (Hocharabisch; im Alltag ägyptisches Arabisch)",
        "official_languages_en": "Arabic (Modern Standard Arabic; Egyptian Arabic in everyday use)",
        "valid_since": "1981-08-27",
        "valid_until": None,
        "summary_de": (
            "In Ägypten besucht ein großer Teil der Jugendlichen nach der Mittelschule eine "
            "technische Oberschule mit industrieller, kaufmännischer, landwirtschaftlicher oder "
            "touristischer Ausrichtung. Das duale System nach deutschem Vorbild wird an "
            "ausgewählten Schulen in Kooperation mit Unternehmen angeboten."
        ),
        "summary_en": (
            "In Egypt, a large proportion of young people attend a technical upper secondary "
            "school with an industrial, commercial, agricultural or tourism focus after lower "
            "secondary school. The dual system based on the German model is offered at selected "
            "schools in cooperation with companies."
        ),
        "sections": [
            {
                "topic": "school_system",
                "de": (
                    "Auf sechs Jahre Grundschule und drei Jahre Vorbereitungsschule folgt die "
                    "allgemeine oder die technische Sekundarschule. Technische Schulen bieten "
                    "drei- und fünfjährige Programme an; das fünfjährige Programm führt zu einem "
                    "Abschluss als Techniker. Der Zugang richtet sich nach den Noten der "
                    "Abschlussprüfung der Vorbereitungsschule."
                ),
                "en": (
                    "Six years of primary school and three years of preparatory school are "
                    "followed by general or technical secondary school. Technical schools offer "
                    "three- and five-year programmes, with the five-year programme leading to a "
                    "technician qualification. Access depends on the marks in the preparatory "
                    "school leaving examination."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Im dualen System, das auf die Mubarak-Kohl-Initiative der 1990er-Jahre "
                    "zurückgeht, verbringen die Lernenden zwei Tage pro Woche in der Schule und "
                    "vier Tage im Betrieb. Seit 2018 werden zudem Schulen für angewandte "
                    "Technologie gegründet, die gemeinsam mit Unternehmen betrieben werden und "
                    "internationale Standards anwenden."
                ),
                "en": (
                    "In the dual system, which goes back to the Mubarak-Kohl Initiative of the "
                    "1990s, learners spend two days a week at school and four days in the company. "
                    "Since 2018, applied technology schools have also been set up, which are run "
                    "together with companies and apply international standards."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Grundlage ist das Bildungsgesetz Nr. 139 von 1981 mit seinen Änderungen. Der "
                    "Ministerialerlass über das duale System von 2001 regelt die Zusammenarbeit "
                    "mit Investorenverbänden und Unternehmen."
                ),
                "en": (
                    "The legal basis is Education Law No. 139 of 1981 and its amendments. The 2001 "
                    "ministerial decree on the dual system governs cooperation with investor "
                    "associations and companies."
                ),
            },
        ],
    },
    {
        "code": "YUCS",
        "historical": True,
        "name_de": "Jugoslawien",
        "name_en": "Yugoslavia",
        "region": "europe",
        "official_languages_de": "Serbokroatisch, Slowenisch, Makedonisch",
        "official_languages_en": "Serbo-Croatian, Slovenian, Macedonian",
        "valid_since": "1945-11-29",
        "valid_until": "1992-04-27",
        "summary_de": (
            "Die Sozialistische Föderative Republik Jugoslawien überließ das Bildungswesen "
            "weitgehend den Teilrepubliken, sodass Schulformen und Zeugnisse je nach Republik "
            "unterschiedlich gestaltet sind. Berufsabschlüsse wurden nach Qualifikationsstufen wie "
            "KV (qualifizierter Arbeiter) und VKV (hochqualifizierter Arbeiter) eingeordnet."
        ),
        "summary_en": (
            "The Socialist Federal Republic of Yugoslavia largely left education to the "
            "constituent republics, so types of school and certificates differ from republic to "
            "republic. Vocational qualifications were classified according to qualification levels "
            "such as KV (skilled worker) and VKV (highly skilled worker)."
        ),
        "sections": [
            {
                "topic": "education_system",
                "de": (
                    "Auf die achtjährige Grundschule folgten Berufsschulen, technische Schulen und "
                    "Gymnasien, ab Mitte der 1970er-Jahre in vielen Republiken zusammengefasst in "
                    "der sogenannten gelenkten Bildung (usmjereno obrazovanje). Zeugnisse wurden "
                    "in der Sprache der jeweiligen Republik ausgestellt, etwa auf Serbokroatisch, "
                    "Slowenisch oder Makedonisch, in lateinischer oder kyrillischer Schrift."
                ),
                "en": (
                    "Eight years of primary school were followed by vocational schools, technical "
                    "schools and grammar schools, which from the mid-1970s were combined in many "
                    "republics in the so-called directed education (usmjereno obrazovanje). "
                    "Certificates were issued in the language of the respective republic, such as "
                    "Serbo-Croatian, Slovenian or Macedonian, in Latin or Cyrillic script."
                ),
            },
            {
                "topic": "vocational_training",
                "de": (
                    "Die Ausbildung zum qualifizierten Arbeiter dauerte meist drei Jahre und "
                    "schloss mit einer Abschlussprüfung aus praktischer Arbeit und mündlichem Teil "
                    "ab. Nach mehrjähriger Berufspraxis konnte eine Prüfung zum hochqualifizierten "
                    "Arbeiter abgelegt werden, die in manchen Bereichen einer Meisterqualifikation "
                    "nahekommt. Techniker wurden an vierjährigen technischen Mittelschulen "
                    "ausgebildet."
                ),
                "en": (
                    "Training as a skilled worker usually lasted three years and ended with a "
                    "final examination consisting of practical work and an oral part. After "
                    "several years of professional practice, an examination as a highly skilled "
                    "worker could be taken, which in some fields comes close to a master "
                    "craftsperson qualification. Technicians were trained at four-year technical "
                    "secondary schools."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Mit der Reform der gelenkten Bildung ab 1975 wurden die Sekundarschulen in "
                    "eine zweijährige gemeinsame Grundstufe und eine anschließende berufliche "
                    "Phase gegliedert. Ab 1990 kehrten die meisten Nachfolgestaaten zu getrennten "
                    "Gymnasien und Berufsschulen zurück. Dokumente aus dieser Zeit werden heute "
                    "meist von den Behörden der Nachfolgestaaten bestätigt."
                ),
                "en": (
                    "With the reform of directed education from 1975, secondary schools were "
                    "divided into a two-year common foundation stage followed by a vocational "
                    "phase. From 1990, most successor states returned to separate grammar schools "
                    "and vocational schools. Documents from this period are now usually confirmed "
                    "by the authorities of the successor states."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Seit der Verfassung von 1974 erließen die Republiken und autonomen Provinzen "
                    "eigene Bildungsgesetze, etwa das Gesetz über die gelenkte Bildung der SR "
                    "Kroatien. Die Einstufung der Arbeiterqualifikationen beruhte auf bundesweit "
                    "vereinbarten Nomenklaturen der Berufe."
                ),
                "en": (
                    "Following the 1974 constitution, the republics and autonomous provinces "
                    "passed their own education laws, such as the Law on Directed Education of the "
                    "SR of Croatia. The grading of workers' qualifications was based on nationally "
                    "agreed nomenclatures of occupations."
                ),
            },
        ],
    },
    {
        "code": "SUHH",
        "historical": True,
        "name_de": "Sowjetunion",
        "name_en": "Soviet Union",
        "region": "europe",
        "official_languages_de": "Russisch und die Sprachen der Unionsrepubliken",
        "official_languages_en": "Russian and the languages of the union republics",
        "valid_since": "1922-12-30",
        "valid_until": "1991-12-26",
        "summary_de": (
            "In der Sowjetunion wurden Arbeiter an berufstechnischen Schulen (PTU) ausgebildet, "
            "Fachkräfte der mittleren Ebene an Technika. Das System war zentral geplant und eng "
            "mit den Betrieben der Planwirtschaft verbunden."
        ),
        "summary_en": (
            "In the Soviet Union, skilled workers were trained at vocational-technical schools "
            "(PTU) and mid-level specialists at technical schools (tekhnikums). The system was "
            "centrally planned and closely linked to the enterprises of the planned economy."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Berufstechnische Schulen bildeten in Hunderten von Berufen aus, die in einem "
                    "einheitlichen Verzeichnis festgelegt waren. Ab 1969 wurden mittlere "
                    "berufstechnische Schulen (SPTU) eingerichtet, die neben dem Beruf auch die "
                    "vollständige Sekundarbildung vermittelten. Der zugeordnete Basisbetrieb "
                    "stellte Werkstätten und übernahm die Absolventen häufig direkt."
                ),
                "en": (
                    "Vocational-technical schools trained people in hundreds of occupations laid "
                    "down in a uniform list. From 1969, secondary vocational-technical schools "
                    "(SPTU) were set up which provided complete secondary education in addition to "
                    "the occupation. The assigned base enterprise provided workshops and often "
                    "took on the graduates directly."
                ),
            },
            {
                "topic": "institutions",
                "de": (
                    "Technika und Fachschulen unterstanden meist den Branchenministerien und "
                    "bildeten Techniker, Agronomen oder Krankenschwestern aus. Die Zuteilung der "
                    "Absolventen auf Arbeitsplätze erfolgte planmäßig. Für die berufstechnische "
                    "Bildung war ein eigenes Staatskomitee zuständig."
                ),
                "en": (
                    "Technical schools and specialised schools were mostly subordinate to the "
                    "sectoral ministries and trained technicians, agronomists or nurses. Graduates "
                    "were assigned to jobs according to the plan. A separate state committee was "
                    "responsible for vocational-technical education."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Nach der Auflösung der Sowjetunion 1991 gingen die Einrichtungen in die "
                    "Bildungssysteme der Nachfolgestaaten über. Diplome sowjetischer Einrichtungen "
                    "werden daher oft von den heutigen Bildungsministerien etwa Russlands, der "
                    "Ukraine oder Kasachstans bestätigt. Lehrpläne aus der Zeit sind in Archiven "
                    "teilweise noch verfügbar."
                ),
                "en": (
                    "After the dissolution of the Soviet Union in 1991, the institutions passed "
                    "into the education systems of the successor states. Diplomas from Soviet "
                    "institutions are therefore often confirmed by today's ministries of education "
                    "of Russia, Ukraine or Kazakhstan, for example. Curricula from the period are "
                    "partly still available in archives."
                ),
            },
        ],
    },
    {
        "code": "CSHH",
        "historical": True,
        "name_de": "Tschechoslowakei",
        "name_en": "Czechoslovakia",
        "region": "europe",
        "official_languages_de": "Tschechisch, Slowakisch",
        "official_languages_en": "Czech, Slovak",
        "valid_since": "1918-10-28",
        "valid_until": "1992-12-31",
        "summary_de": (
            "In der Tschechoslowakei erfolgte die Facharbeiterausbildung an mittleren "
            "Berufsschulen (SOU) mit betrieblicher Praxis, Techniker wurden an mittleren "
            "Fachschulen ausgebildet. Typische Abschlüsse sind der Lehrbrief (výuční list) und das "
            "Reifezeugnis (maturita)."
        ),
        "summary_en": (
            "In Czechoslovakia, skilled workers were trained at secondary vocational schools (SOU) "
            "with practical training in enterprises, while technicians were trained at secondary "
            "technical schools. Typical qualifications are the apprenticeship certificate (výuční "
            "list) and the school-leaving certificate (maturita)."
        ),
        "sections": [
            {
                "topic": "vocational_training",
                "de": (
                    "Lehrlinge waren an einen Betrieb gebunden, der den praktischen Unterricht in "
                    "eigenen Lehrwerkstätten durchführte und die Ausbildung finanzierte. Der "
                    "theoretische Unterricht fand an der mittleren Berufsschule statt, die "
                    "Ausbildung endete mit der Lehrabschlussprüfung und dem Lehrbrief. Vierjährige "
                    "Lehrberufe mit Reifeprüfung verbanden die Facharbeiterausbildung mit der "
                    "Matura."
                ),
                "en": (
                    "Apprentices were tied to an enterprise that provided practical instruction in "
                    "its own training workshops and financed the training. Theoretical instruction "
                    "took place at the secondary vocational school, and training ended with the "
                    "final apprenticeship examination and the apprenticeship certificate. "
                    "Four-year apprenticeships with a school-leaving examination combined "
                    "skilled-worker training with the maturita."
                ),
            },
            {
                "topic": "legal_basis",
                "de": (
                    "Das Schulgesetz Nr. 29/1984 Slg. regelte das System der Grund- und "
                    "Mittelschulen bis über das Ende der Tschechoslowakei hinaus. Zuvor galten "
                    "unter anderem die Schulgesetze von 1960 und 1978."
                ),
                "en": (
                    "School Act No. 29/1984 Coll. governed the system of primary and secondary "
                    "schools until beyond the end of Czechoslovakia. Before that, the school acts "
                    "of 1960 and 1978 applied, among others."
                ),
            },
            {
                "topic": "reforms_history",
                "de": (
                    "Nach der Teilung des Landes zum 1. Januar 1993 übernahmen Tschechien und die "
                    "Slowakei die Schulstrukturen und entwickelten sie getrennt weiter. Zeugnisse "
                    "aus der Zeit vor 1993 wurden je nach Landesteil auf Tschechisch oder "
                    "Slowakisch ausgestellt."
                ),
                "en": (
                    "After the division of the country on 1 January 1993, the Czech Republic and "
                    "Slovakia took over the school structures and developed them separately. "
                    "Certificates from before 1993 were issued in Czech or Slovak depending on the "
                    "part of the country."
                ),
            },
        ],
    },
]

PROFESSIONAL_PROFILES = [
    {
        "key": "tr-elektrik-elektronik-ustalik",
        "country": "TR",
        "original_name": "Elektrik-Elektronik Teknolojisi Alanı – Ustalık Belgesi",
        "transliteration": "",
        "name_de": "Meisterbrief im Berufsfeld Elektrik-Elektronik-Technologie",
        "name_en": "Master craftsperson certificate in electrical and electronics technology",
        "qualification_type": "further_training",
        "isced": 4,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": [
            "elektrotechnikermeister",
            "elektroniker-energie-gebaeudetechnik",
        ],
        "duration_months": 12,
        "valid_from": "2016-12-09",
        "valid_until": None,
        "legal_basis_de": (
            "Berufsbildungsgesetz Nr. 3308 in der Fassung des Gesetzes Nr. 6764 von 2016 und der "
            "Rahmenlehrplan des Bildungsministeriums für das Berufsfeld "
            "Elektrik-Elektronik-Technologie."
        ),
        "legal_basis_en": (
            "Vocational Education Law No. 3308 as amended by Law No. 6764 of 2016 and the Ministry "
            "of National Education's framework curriculum for the field of electrical and "
            "electronics technology."
        ),
        "institutions_de": (
            "Die Meisterausbildung wird an Berufsbildungszentren (MESEM) und an "
            "Volksbildungszentren (Halk Eğitim Merkezleri) angeboten, die dem Bildungsministerium "
            "unterstehen."
        ),
        "institutions_en": (
            "Master craftsperson training is offered at vocational education centres (MESEM) and "
            "public education centres (Halk Eğitim Merkezleri) under the Ministry of National "
            "Education."
        ),
        "admission_de": (
            "Voraussetzung ist ein Gesellenbrief (Kalfalık Belgesi) in derselben Fachrichtung oder "
            "ein einschlägiges Diplom eines Berufsgymnasiums mit nachgewiesener Berufspraxis."
        ),
        "admission_en": (
            "Applicants need a journeyman certificate (Kalfalık Belgesi) in the same "
            "specialisation or a relevant vocational high school diploma with proven work "
            "experience."
        ),
        "summary_de": (
            "Der Meisterbrief bescheinigt die höchste Stufe der Handwerksqualifikation im "
            "Elektrohandwerk und berechtigt zur Gründung eines eigenen Betriebs sowie zur "
            "Ausbildung von Lehrlingen."
        ),
        "summary_en": (
            "The master craftsperson certificate attests to the highest level of craft "
            "qualification in the electrical trade and entitles holders to set up their own "
            "business and train apprentices."
        ),
        "learning_objectives_de": (
            "Meisterinnen und Meister planen elektrische Anlagen in Wohn- und Gewerbegebäuden, "
            "kalkulieren Aufträge und führen die Abnahme durch. Sie leiten Gesellen und Lehrlinge "
            "an und kennen die Grundlagen der Betriebsführung. Ein eigenes Modul behandelt die "
            "Berufspädagogik für Ausbildende (usta öğreticilik)."
        ),
        "learning_objectives_en": (
            "Master craftspeople plan electrical installations in residential and commercial "
            "buildings, calculate quotations and carry out acceptance inspections. They instruct "
            "journeymen and apprentices and know the basics of running a business. A separate "
            "module covers vocational pedagogy for trainers (usta öğreticilik)."
        ),
        "subjects": [
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 120},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 80},
            {"de": "Betriebsführung", "en": "Business management", "hours": 64},
            {"de": "Berufspädagogik", "en": "Vocational pedagogy", "hours": 40},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 24},
        ],
        "practical_de": (
            "Die Berufserfahrung wird überwiegend vor der Meisterausbildung als Geselle im Betrieb "
            "erworben; im Lehrgang kommen Planungs- und Messübungen in der Werkstatt hinzu."
        ),
        "practical_en": (
            "Work experience is mainly gained as a journeyman in a company before master training; "
            "the course adds planning and measurement exercises in the workshop."
        ),
        "examination_de": (
            "Die Meisterprüfung besteht aus einer schriftlichen Theorieprüfung und einer "
            "praktischen Prüfung, die eine Kommission des Bildungsministeriums mit Vertretern der "
            "Handwerkerverbände abnimmt."
        ),
        "examination_en": (
            "The master examination consists of a written theory test and a practical examination "
            "conducted by a board of the Ministry of National Education with representatives of "
            "the craft associations."
        ),
        "certificate_de": (
            "Ausgestellt wird der Meisterbrief (Ustalık Belgesi) des türkischen "
            "Bildungsministeriums mit Angabe von Berufsfeld und Fachrichtung."
        ),
        "certificate_en": (
            "The Turkish Ministry of National Education issues the master craftsperson certificate "
            "(Ustalık Belgesi), stating the occupational field and specialisation."
        ),
    },
    {
        "key": "tr-meslek-lisesi-muhasebe",
        "country": "TR",
        "original_name": "Mesleki ve Teknik Anadolu Lisesi Diploması – Muhasebe ve Finansman Alanı",
        "transliteration": "",
        "name_de": (
            "Diplom des beruflich-technischen Anatolischen Gymnasiums – Berufsfeld Rechnungswesen "
            "und Finanzen"
        ),
        "name_en": (
            "Vocational and technical Anatolian high school diploma – accounting and finance"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "4311",
        "field": "commerce",
        "reference_occupations": ["steuerfachangestellte", "industriekaufmann"],
        "duration_months": 48,
        "valid_from": "2014-09-15",
        "valid_until": None,
        "legal_basis_de": (
            "Verordnung des Bildungsministeriums über die Sekundarbildungseinrichtungen und der "
            "Rahmenlehrplan für das Berufsfeld Muhasebe ve Finansman in der Fassung von 2014."
        ),
        "legal_basis_en": (
            "Regulation of the Ministry of National Education on secondary education institutions "
            "and the framework curriculum for the accounting and finance field as amended in 2014."
        ),
        "institutions_de": (
            "Die Ausbildung findet an staatlichen beruflich-technischen Anatolischen Gymnasien "
            "statt, die häufig eigene Übungsbüros mit Buchhaltungssoftware betreiben."
        ),
        "institutions_en": (
            "Training takes place at state vocational and technical Anatolian high schools, which "
            "often run their own practice offices with accounting software."
        ),
        "admission_de": (
            "Zugelassen werden Schülerinnen und Schüler nach Abschluss der achtjährigen Grund- und "
            "Mittelschule; die Platzvergabe richtet sich nach den Noten der Mittelschule."
        ),
        "admission_en": (
            "Pupils are admitted after completing eight years of primary and lower secondary "
            "school; places are allocated according to lower secondary school marks."
        ),
        "summary_de": (
            "Der vierjährige Bildungsgang verbindet die Hochschulzugangsberechtigung mit einer "
            "kaufmännischen Ausbildung im Rechnungswesen. Ab der elften Klasse spezialisieren sich "
            "die Lernenden auf eine Fachrichtung wie Buchhaltung oder Bankwesen."
        ),
        "summary_en": (
            "The four-year programme combines a higher education entrance qualification with "
            "commercial training in accounting. From the eleventh grade, learners specialise in a "
            "field such as bookkeeping or banking."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen erfassen Geschäftsvorfälle nach dem türkischen "
            "Einheitskontenrahmen, erstellen Lohnabrechnungen und bereiten Umsatz- und "
            "Einkommensteuererklärungen vor. Sie arbeiten mit verbreiteter Buchhaltungssoftware "
            "und kennen die Grundlagen des Handels- und Steuerrechts. Deutsche Rechnungslegung "
            "nach HGB wird nicht vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates record business transactions according to the Turkish uniform chart of "
            "accounts, prepare payrolls and draft VAT and income tax returns. They work with "
            "widely used accounting software and know the basics of commercial and tax law. German "
            "accounting under the Commercial Code (HGB) is not taught."
        ),
        "subjects": [
            {
                "de": "Türkische Sprache und Literatur",
                "en": "Turkish language and literature",
                "hours": 432,
            },
            {"de": "Mathematik", "en": "Mathematics", "hours": 360},
            {"de": "Buchführung", "en": "Bookkeeping", "hours": 540},
            {"de": "Steuerrecht", "en": "Tax law", "hours": 144},
            {"de": "Kostenrechnung", "en": "Cost accounting", "hours": 144},
            {
                "de": "Computergestützte Buchhaltung",
                "en": "Computer-based accounting",
                "hours": 288,
            },
            {"de": "Wirtschaftsrecht", "en": "Commercial law", "hours": 72},
        ],
        "practical_de": (
            "In der zwölften Klasse arbeiten die Lernenden drei Tage pro Woche in "
            "Steuerberatungskanzleien, Handelsunternehmen oder Banken und besuchen an zwei Tagen "
            "die Schule."
        ),
        "practical_en": (
            "In the twelfth grade, learners work three days a week in tax advisory firms, trading "
            "companies or banks and attend school on two days."
        ),
        "examination_de": (
            "Eine zentrale Berufsabschlussprüfung gibt es nicht; der Abschluss beruht auf den "
            "Jahresnoten und der Bewertung der betrieblichen Ausbildung durch die Schule."
        ),
        "examination_en": (
            "There is no central final vocational examination; the qualification is based on "
            "annual marks and the school's assessment of the in-company training."
        ),
        "certificate_de": (
            "Ausgestellt wird das Gymnasialdiplom mit Angabe von Berufsfeld und Fachrichtung, das "
            "zugleich zum Hochschulzugang berechtigt."
        ),
        "certificate_en": (
            "Graduates receive the high school diploma stating the occupational field and "
            "specialisation, which also grants access to higher education."
        ),
    },
    {
        "key": "tr-motorlu-araclar-kalfalik",
        "country": "TR",
        "original_name": "Motorlu Araçlar Teknolojisi Alanı – Kalfalık Belgesi",
        "transliteration": "",
        "name_de": "Gesellenbrief im Berufsfeld Kraftfahrzeugtechnik",
        "name_en": "Journeyman certificate in motor vehicle technology",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 36,
        "valid_from": "2017-02-01",
        "valid_until": None,
        "legal_basis_de": (
            "Berufsbildungsgesetz Nr. 3308 und die Verordnung über die Berufsbildungszentren, nach "
            "denen Lehrverträge zwischen Betrieb und Lehrling schriftlich abgeschlossen werden."
        ),
        "legal_basis_en": (
            "Vocational Education Law No. 3308 and the regulation on vocational education centres, "
            "under which apprenticeship contracts between company and apprentice are concluded in "
            "writing."
        ),
        "institutions_de": (
            "Die betriebliche Ausbildung erfolgt in Kfz-Werkstätten, der begleitende Unterricht an "
            "einem Berufsbildungszentrum (Mesleki Eğitim Merkezi) an einem Tag pro Woche."
        ),
        "institutions_en": (
            "In-company training takes place in motor vehicle workshops, with accompanying classes "
            "at a vocational education centre (Mesleki Eğitim Merkezi) one day a week."
        ),
        "admission_de": (
            "Voraussetzung sind der Abschluss der Mittelschule, ein Mindestalter von 14 Jahren und "
            "ein Lehrvertrag mit einem Betrieb, der einen Ausbildungsmeister beschäftigt."
        ),
        "admission_en": (
            "Requirements are completion of lower secondary school, a minimum age of 14 and an "
            "apprenticeship contract with a company employing a master trainer."
        ),
        "summary_de": (
            "Die Lehre im Kfz-Bereich führt zum Gesellenbrief und findet überwiegend in kleinen "
            "und mittleren Werkstätten statt. Seit 2016 ist sie Teil der Schulpflicht und kann "
            "durch Zusatzkurse zu einem Gymnasialdiplom ergänzt werden."
        ),
        "summary_en": (
            "Apprenticeship in the motor vehicle sector leads to the journeyman certificate and "
            "mostly takes place in small and medium-sized workshops. Since 2016, it has been part "
            "of compulsory education and can be supplemented with additional courses leading to a "
            "high school diploma."
        ),
        "learning_objectives_de": (
            "Die Lehrlinge warten und reparieren Motoren, Getriebe, Fahrwerk und Bremsanlagen von "
            "Pkw und leichten Nutzfahrzeugen. Sie führen Fehlerdiagnosen mit Testgeräten durch und "
            "wechseln Verschleißteile nach Herstellervorgaben. Hochvolttechnik und vernetzte "
            "Fahrzeugsysteme werden nur in Grundzügen behandelt."
        ),
        "learning_objectives_en": (
            "Apprentices service and repair engines, gearboxes, chassis and brake systems of cars "
            "and light commercial vehicles. They carry out fault diagnosis with test equipment and "
            "replace wear parts according to manufacturer specifications. High-voltage technology "
            "and networked vehicle systems are covered only in outline."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 216},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 144},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 108},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 72},
            {"de": "Berufsrechnen", "en": "Vocational arithmetic", "hours": 72},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 36},
        ],
        "practical_de": (
            "Rund vier Fünftel der Ausbildungszeit verbringen die Lehrlinge in der Werkstatt, wo "
            "sie von einem Meister mit pädagogischer Zusatzqualifikation angeleitet werden."
        ),
        "practical_en": (
            "Apprentices spend around four fifths of their training time in the workshop, where "
            "they are instructed by a master with an additional teaching qualification."
        ),
        "examination_de": (
            "Die Gesellenprüfung umfasst eine schriftliche Prüfung in Fachtheorie und eine "
            "praktische Arbeitsprobe, etwa die Instandsetzung einer Bremsanlage oder die "
            "Einstellung eines Motors."
        ),
        "examination_en": (
            "The journeyman examination comprises a written test in trade theory and a practical "
            "work sample, such as repairing a brake system or adjusting an engine."
        ),
        "certificate_de": (
            "Die Lehrlinge erhalten den Gesellenbrief (Kalfalık Belgesi) des Bildungsministeriums "
            "im Berufsfeld Motorlu Araçlar Teknolojisi."
        ),
        "certificate_en": (
            "Apprentices receive the journeyman certificate (Kalfalık Belgesi) of the Ministry of "
            "National Education in the field of motor vehicle technology."
        ),
    },
    {
        "key": "tr-tesisat-iklimlendirme",
        "country": "TR",
        "original_name": (
            "Tesisat Teknolojisi ve İklimlendirme Alanı – Mesleki ve Teknik Anadolu Lisesi "
            "Diploması"
        ),
        "transliteration": "",
        "name_de": (
            "Diplom des beruflich-technischen Anatolischen Gymnasiums – Installations- und "
            "Klimatechnik"
        ),
        "name_en": (
            "Vocational and technical Anatolian high school diploma – installation and "
            "air-conditioning technology"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7126",
        "field": "construction",
        "reference_occupations": ["anlagenmechaniker-shk"],
        "duration_months": 48,
        "valid_from": "2017-09-18",
        "valid_until": None,
        "legal_basis_de": (
            "Rahmenlehrplan des Bildungsministeriums für das Berufsfeld Tesisat Teknolojisi ve "
            "İklimlendirme, zuletzt 2017 im Zuge der Modularisierung überarbeitet."
        ),
        "legal_basis_en": (
            "Framework curriculum of the Ministry of National Education for the field of "
            "installation technology and air conditioning, last revised in 2017 as part of "
            "modularisation."
        ),
        "institutions_de": (
            "Unterrichtet wird an beruflich-technischen Anatolischen Gymnasien mit Werkstätten für "
            "Sanitär-, Heizungs-, Erdgas- und Kältetechnik."
        ),
        "institutions_en": (
            "Teaching takes place at vocational and technical Anatolian high schools with "
            "workshops for sanitary, heating, natural gas and refrigeration technology."
        ),
        "admission_de": (
            "Aufnahmevoraussetzung ist der Mittelschulabschluss; die Schulen vergeben ihre Plätze "
            "über ein zentrales Verfahren anhand der Zeugnisnoten."
        ),
        "admission_en": (
            "The admission requirement is the lower secondary school certificate; schools allocate "
            "places through a central procedure based on report marks."
        ),
        "summary_de": (
            "Der Bildungsgang bereitet auf Tätigkeiten in der Haustechnik vor und führt in den "
            "Fachrichtungen Sanitärinstallation, Erdgasinstallation oder Kälte- und Klimatechnik "
            "zum Abschluss. Neben der Berufsbildung erwerben die Lernenden die "
            "Hochschulzugangsberechtigung."
        ),
        "summary_en": (
            "The programme prepares learners for work in building services and leads to a "
            "qualification in sanitary installation, natural gas installation or refrigeration and "
            "air-conditioning technology. In addition to vocational training, learners obtain a "
            "higher education entrance qualification."
        ),
        "learning_objectives_de": (
            "Die Lernenden verlegen Trink- und Abwasserleitungen, installieren Heizkessel und "
            "Heizkörper und nehmen Erdgasanlagen nach den Vorschriften der Gasversorger in "
            "Betrieb. In der Fachrichtung Klimatechnik montieren sie Split-Geräte und befüllen "
            "Kältekreisläufe. Regelungstechnik und Energieeffizienz werden weniger ausführlich "
            "behandelt als in der deutschen Ausbildung."
        ),
        "learning_objectives_en": (
            "Learners lay drinking water and waste water pipes, install boilers and radiators and "
            "commission natural gas systems in accordance with the gas suppliers' regulations. In "
            "the air-conditioning specialisation, they install split units and charge refrigerant "
            "circuits. Control technology and energy efficiency are covered in less depth than in "
            "German training."
        ),
        "subjects": [
            {"de": "Sanitärtechnik", "en": "Sanitary engineering", "hours": 288},
            {"de": "Heizungstechnik", "en": "Heating technology", "hours": 252},
            {"de": "Klimatechnik", "en": "Air-conditioning technology", "hours": 180},
            {"de": "Erdgasinstallation", "en": "Natural gas installation", "hours": 144},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 108},
            {"de": "Mathematik", "en": "Mathematics", "hours": 360},
        ],
        "practical_de": (
            "Nach der elften Klasse absolvieren die Lernenden ein Pflichtpraktikum von 40 "
            "Arbeitstagen in Installationsbetrieben oder bei Gasversorgern."
        ),
        "practical_en": (
            "After the eleventh grade, learners complete a compulsory placement of 40 working days "
            "in installation companies or with gas suppliers."
        ),
        "examination_de": (
            "Abgeschlossen wird mit den Jahresnoten; wer zusätzlich die Gesellenprüfung ablegt, "
            "erhält einen Gesellenbrief im gleichen Berufsfeld."
        ),
        "examination_en": (
            "The programme is completed on the basis of annual marks; those who also pass the "
            "journeyman examination receive a journeyman certificate in the same field."
        ),
        "certificate_de": (
            "Die Lernenden erhalten das Diplom eines beruflich-technischen Anatolischen Gymnasiums "
            "mit Angabe der Fachrichtung, zum Beispiel Doğalgaz ve Tesisat Teknolojisi."
        ),
        "certificate_en": (
            "Learners receive the diploma of a vocational and technical Anatolian high school "
            "stating the specialisation, for example natural gas and installation technology."
        ),
    },
    {
        "key": "tr-bilgisayar-programciligi-onlisans",
        "country": "TR",
        "original_name": "Bilgisayar Programcılığı – Önlisans Diploması",
        "transliteration": "",
        "name_de": "Associate-Abschluss (Önlisans) Computerprogrammierung",
        "name_en": "Associate degree (önlisans) in computer programming",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "2514",
        "field": "it",
        "reference_occupations": ["fachinformatiker-anwendungsentwicklung"],
        "duration_months": 24,
        "valid_from": "2011-11-04",
        "valid_until": None,
        "legal_basis_de": (
            "Hochschulgesetz Nr. 2547 und die Rahmenvorgaben des Hochschulrats (YÖK) für "
            "zweijährige Studiengänge an Berufshochschulen."
        ),
        "legal_basis_en": (
            "Higher Education Law No. 2547 and the Council of Higher Education's (YÖK) framework "
            "requirements for two-year programmes at vocational schools of higher education."
        ),
        "institutions_de": (
            "Angeboten wird der Studiengang an Berufshochschulen (Meslek Yüksekokulu) staatlicher "
            "Universitäten und privater Stiftungsuniversitäten in nahezu allen Provinzen."
        ),
        "institutions_en": (
            "The programme is offered at vocational schools of higher education (Meslek "
            "Yüksekokulu) of state and private foundation universities in almost all provinces."
        ),
        "admission_de": (
            "Zugangsvoraussetzung sind das Gymnasialdiplom und ein ausreichendes Ergebnis im "
            "Basisteil (TYT) der zentralen Hochschulaufnahmeprüfung YKS."
        ),
        "admission_en": (
            "Admission requires the high school diploma and a sufficient score in the basic part "
            "(TYT) of the central university entrance examination YKS."
        ),
        "summary_de": (
            "Der viersemestrige Studiengang vermittelt Grundlagen der Softwareentwicklung mit "
            "Schwerpunkt auf Web- und Datenbankanwendungen. Er umfasst 120 ECTS-Punkte und ein "
            "Pflichtpraktikum."
        ),
        "summary_en": (
            "The four-semester programme teaches the fundamentals of software development with a "
            "focus on web and database applications. It comprises 120 ECTS credits and a "
            "compulsory internship."
        ),
        "learning_objectives_de": (
            "Die Studierenden entwickeln objektorientierte Programme, gestalten relationale "
            "Datenbanken und erstellen Webanwendungen mit verbreiteten Frameworks. Sie lernen "
            "Grundlagen der Softwaretests und der Versionsverwaltung. Projektmanagement und "
            "Kundenberatung spielen eine untergeordnete Rolle."
        ),
        "learning_objectives_en": (
            "Students develop object-oriented programs, design relational databases and build web "
            "applications with common frameworks. They learn the basics of software testing and "
            "version control. Project management and customer advice play a minor role."
        ),
        "subjects": [
            {"de": "Programmierung", "en": "Programming", "hours": 224},
            {"de": "Datenbanken", "en": "Databases", "hours": 112},
            {"de": "Webentwicklung", "en": "Web development", "hours": 168},
            {"de": "Betriebssysteme", "en": "Operating systems", "hours": 56},
            {"de": "Mathematik", "en": "Mathematics", "hours": 56},
            {"de": "Englisch", "en": "English", "hours": 112},
        ],
        "practical_de": (
            "Vorgeschrieben ist ein Praktikum von 30 Arbeitstagen in einem Unternehmen, meist nach "
            "dem zweiten Semester; einige Hochschulen bieten ein Modell mit einem ganzen "
            "Praxissemester an."
        ),
        "practical_en": (
            "A 30-working-day internship in a company is compulsory, usually after the second "
            "semester; some universities offer a model with a full practical semester."
        ),
        "examination_de": (
            "Jedes Modul endet mit Zwischen- und Semesterabschlussprüfungen; eine übergreifende "
            "Abschlussprüfung oder Abschlussarbeit gibt es nicht."
        ),
        "examination_en": (
            "Each module ends with midterm and end-of-semester examinations; there is no overall "
            "final examination or thesis."
        ),
        "certificate_de": (
            "Verliehen wird das Önlisans-Diplom der Universität, dem in der Regel ein "
            "englischsprachiges Diploma Supplement beiliegt."
        ),
        "certificate_en": (
            "The university awards the associate degree diploma, usually accompanied by a Diploma "
            "Supplement in English."
        ),
    },
    {
        "key": "tr-tibbi-dokumantasyon-sekreterlik",
        "country": "TR",
        "original_name": "Tıbbi Dokümantasyon ve Sekreterlik – Önlisans Diploması",
        "transliteration": "",
        "name_de": "Associate-Abschluss (Önlisans) Medizinische Dokumentation und Sekretariat",
        "name_en": "Associate degree (önlisans) in medical documentation and secretarial work",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3344",
        "field": "health_care",
        "reference_occupations": ["medizinische-fachangestellte"],
        "duration_months": 24,
        "valid_from": "2012-06-01",
        "valid_until": None,
        "legal_basis_de": (
            "Hochschulgesetz Nr. 2547 sowie die Vorgaben des Gesundheitsministeriums zu "
            "Tätigkeiten in der Patientenverwaltung von Krankenhäusern."
        ),
        "legal_basis_en": (
            "Higher Education Law No. 2547 and the Ministry of Health's requirements for "
            "activities in hospital patient administration."
        ),
        "institutions_de": (
            "Ausgebildet wird an Berufshochschulen für Gesundheitsdienste (Sağlık Hizmetleri "
            "Meslek Yüksekokulu), die an medizinische Fakultäten oder Universitätskliniken "
            "angebunden sind."
        ),
        "institutions_en": (
            "Training is provided at vocational schools of health services (Sağlık Hizmetleri "
            "Meslek Yüksekokulu) affiliated with medical faculties or university hospitals."
        ),
        "admission_de": (
            "Erforderlich sind das Gymnasialdiplom und ein ausreichender Punktwert in der "
            "Hochschulaufnahmeprüfung; Absolventinnen und Absolventen einschlägiger "
            "Berufsgymnasien werden bevorzugt."
        ),
        "admission_en": (
            "Applicants need the high school diploma and a sufficient score in the university "
            "entrance examination; graduates of relevant vocational high schools are given "
            "preference."
        ),
        "summary_de": (
            "Der Studiengang bereitet auf Verwaltungs- und Dokumentationsaufgaben in "
            "Krankenhäusern, Arztpraxen und Gesundheitszentren vor. Klinische Tätigkeiten wie "
            "Blutentnahmen oder Injektionen gehören nicht zum Ausbildungsumfang."
        ),
        "summary_en": (
            "The programme prepares students for administrative and documentation tasks in "
            "hospitals, doctors' surgeries and health centres. Clinical tasks such as taking blood "
            "or giving injections are not part of the training."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen führen Patientenakten, kodieren Diagnosen nach "
            "ICD-10 und organisieren Termine, Aufnahme und Abrechnung mit der Sozialversicherung. "
            "Sie beherrschen die medizinische Fachsprache und den Umgang mit "
            "Krankenhausinformationssystemen. Assistenztätigkeiten bei Untersuchungen, wie sie die "
            "deutsche MFA-Ausbildung vorsieht, werden nicht vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates keep patient records, code diagnoses according to ICD-10 and organise "
            "appointments, admission and billing with the social security institution. They master "
            "medical terminology and the use of hospital information systems. Assisting with "
            "examinations, as provided for in German medical assistant training, is not taught."
        ),
        "subjects": [
            {"de": "Medizinische Terminologie", "en": "Medical terminology", "hours": 112},
            {"de": "Anatomie", "en": "Anatomy", "hours": 84},
            {"de": "Medizinische Dokumentation", "en": "Medical documentation", "hours": 168},
            {"de": "Gesundheitsrecht", "en": "Health law", "hours": 56},
            {"de": "Zehnfingerschreiben", "en": "Touch typing", "hours": 112},
            {
                "de": "Kommunikation im Gesundheitswesen",
                "en": "Communication in health care",
                "hours": 56,
            },
        ],
        "practical_de": (
            "Im vierten Semester absolvieren die Studierenden ein Praktikum von 30 Arbeitstagen in "
            "der Patientenaufnahme oder im Archiv eines Krankenhauses."
        ),
        "practical_en": (
            "In the fourth semester, students complete a 30-working-day internship in the patient "
            "admissions department or the records office of a hospital."
        ),
        "examination_de": (
            "Die Module werden mit schriftlichen Prüfungen und praktischen Übungen am "
            "Krankenhausinformationssystem abgeschlossen."
        ),
        "examination_en": (
            "The modules are completed with written examinations and practical exercises on the "
            "hospital information system."
        ),
        "certificate_de": (
            "Die Universität verleiht das Önlisans-Diplom im Programm Tıbbi Dokümantasyon ve "
            "Sekreterlik."
        ),
        "certificate_en": (
            "The university awards the associate degree diploma in the medical documentation and "
            "secretarial programme."
        ),
    },
    {
        "key": "pl-elektryk",
        "country": "PL",
        "original_name": "Elektryk (741103) – dyplom zawodowy",
        "transliteration": "",
        "name_de": "Elektriker/-in (Berufscode 741103) – Berufsdiplom",
        "name_en": "Electrician (occupation code 741103) – vocational diploma",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2019-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Verordnung des Bildungsministers vom 16. Mai 2019 über die Kernlehrpläne für Berufe, "
            "Qualifikation ELE.02 Montage, Inbetriebnahme und Instandhaltung elektrischer Anlagen, "
            "Maschinen und Geräte."
        ),
        "legal_basis_en": (
            "Regulation of the Minister of Education of 16 May 2019 on the core curricula for "
            "occupations, qualification ELE.02 installation, commissioning and maintenance of "
            "electrical installations, machines and equipment."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt an Branchenschulen ersten Grades; der praktische Unterricht "
            "findet in Schulwerkstätten, in Zentren für praktische Ausbildung oder bei "
            "Arbeitgebern statt."
        ),
        "institutions_en": (
            "Training takes place at first-stage sectoral vocational schools; practical classes "
            "are held in school workshops, in practical training centres or at employers' premises."
        ),
        "admission_de": (
            "Aufgenommen werden Absolventinnen und Absolventen der achtjährigen Grundschule mit "
            "ärztlicher Bescheinigung über die gesundheitliche Eignung für den Beruf."
        ),
        "admission_en": (
            "Graduates of the eight-year primary school are admitted if they hold a medical "
            "certificate confirming their fitness for the occupation."
        ),
        "summary_de": (
            "Der dreijährige Bildungsgang führt zur Qualifikation ELE.02 und bereitet auf die "
            "Installation und Wartung elektrischer Anlagen, Maschinen und Geräte vor. Mit einer "
            "weiteren Qualifikation ist später der Technikerabschluss möglich."
        ),
        "summary_en": (
            "The three-year programme leads to qualification ELE.02 and prepares learners for "
            "installing and maintaining electrical installations, machines and equipment. With an "
            "additional qualification, a technician qualification can be obtained later."
        ),
        "learning_objectives_de": (
            "Die Lernenden montieren Elektroinstallationen in Wohngebäuden, schließen Motoren und "
            "Schaltgeräte an und führen Prüfmessungen der Schutzmaßnahmen durch. Sie lesen "
            "Schaltpläne und bereiten sich auf die Berechtigung für Arbeiten an Anlagen bis 1 kV "
            "vor. Gebäudesystemtechnik wie KNX wird nur an einzelnen Schulen angeboten."
        ),
        "learning_objectives_en": (
            "Learners install electrical wiring in residential buildings, connect motors and "
            "switchgear and carry out test measurements of protective measures. They read circuit "
            "diagrams and prepare for the authorisation to work on installations up to 1 kV. "
            "Building automation such as KNX is offered only at some schools."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 160,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 320},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 192},
            {"de": "Messtechnik", "en": "Measurement technology", "hours": 128},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 900},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 30},
        ],
        "practical_de": (
            "Der praktische Unterricht umfasst mehr als die Hälfte der Berufsstunden; Lernende mit "
            "Arbeitsvertrag als jugendliche Arbeitnehmer verbringen drei Tage pro Woche im Betrieb."
        ),
        "practical_en": (
            "Practical classes account for more than half of the vocational hours; learners with "
            "an employment contract as juvenile employees spend three days a week in the company."
        ),
        "examination_de": (
            "Die Berufsprüfung ELE.02 besteht aus einem schriftlichen Teil mit 40 Aufgaben am "
            "Computer und einem praktischen Teil von 180 Minuten, in dem eine Installation "
            "ausgeführt und geprüft wird."
        ),
        "examination_en": (
            "The ELE.02 vocational examination consists of a written part with 40 computer-based "
            "questions and a 180-minute practical part in which an installation is carried out and "
            "tested."
        ),
        "certificate_de": (
            "Nach bestandener Prüfung erhalten die Lernenden das Zertifikat über die Qualifikation "
            "ELE.02 und mit dem Schulabschluss das Berufsdiplom (dyplom zawodowy)."
        ),
        "certificate_en": (
            "After passing the examination, learners receive the certificate for qualification "
            "ELE.02 and, together with the school-leaving certificate, the vocational diploma "
            "(dyplom zawodowy)."
        ),
    },
    {
        "key": "pl-technik-mechatronik",
        "country": "PL",
        "original_name": "Technik mechatronik (311410) – dyplom zawodowy",
        "transliteration": "",
        "name_de": "Techniker/-in für Mechatronik – Berufsdiplom",
        "name_en": "Mechatronics technician – vocational diploma",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3114",
        "field": "metal",
        "reference_occupations": ["mechatroniker", "elektroniker-betriebstechnik"],
        "duration_months": 60,
        "valid_from": "2019-09-02",
        "valid_until": None,
        "legal_basis_de": (
            "Kernlehrplan vom 16. Mai 2019 mit den Qualifikationen ELM.03 (Montage, Inbetriebnahme "
            "und Wartung mechatronischer Geräte und Systeme) und ELM.06 (Betrieb und "
            "Programmierung mechatronischer Systeme)."
        ),
        "legal_basis_en": (
            "Core curriculum of 16 May 2019 with qualifications ELM.03 (installation, "
            "commissioning and maintenance of mechatronic devices and systems) and ELM.06 "
            "(operation and programming of mechatronic systems)."
        ),
        "institutions_de": (
            "Angeboten wird der Beruf an fünfjährigen Technika, häufig in Schulverbünden mit gut "
            "ausgestatteten Laboren für Pneumatik, SPS-Technik und Robotik."
        ),
        "institutions_en": (
            "The occupation is offered at five-year technical upper secondary schools, often in "
            "school groups with well-equipped laboratories for pneumatics, PLC technology and "
            "robotics."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss der achtjährigen Grundschule; die Aufnahme richtet "
            "sich nach dem Ergebnis der Abschlussprüfung der Grundschule und den Zeugnisnoten."
        ),
        "admission_en": (
            "Completion of the eight-year primary school is required; admission depends on the "
            "result of the primary school leaving examination and report marks."
        ),
        "summary_de": (
            "Das Technikum verbindet eine fünfjährige allgemeine Oberschulbildung mit zwei "
            "Berufsqualifikationen im Bereich Mechatronik. Neben dem Berufsdiplom kann die Matura "
            "abgelegt werden."
        ),
        "summary_en": (
            "The technikum combines five years of general upper secondary education with two "
            "vocational qualifications in mechatronics. In addition to the vocational diploma, "
            "learners can take the matura."
        ),
        "learning_objectives_de": (
            "Die Lernenden montieren und prüfen mechatronische Baugruppen, bauen pneumatische und "
            "elektropneumatische Steuerungen auf und programmieren speicherprogrammierbare "
            "Steuerungen. Sie erstellen technische Dokumentationen mit CAD-Programmen und "
            "übernehmen die Instandhaltung von Anlagen. Die Fertigungstechnik wird weniger "
            "vertieft als in der deutschen Ausbildung."
        ),
        "learning_objectives_en": (
            "Learners assemble and test mechatronic components, build pneumatic and "
            "electro-pneumatic control systems and program PLCs. They produce technical "
            "documentation with CAD software and carry out plant maintenance. Manufacturing "
            "technology is covered in less depth than in German training."
        ),
        "subjects": [
            {"de": "Mechatronische Systeme", "en": "Mechatronic systems", "hours": 256},
            {"de": "Hydraulik und Pneumatik", "en": "Hydraulics and pneumatics", "hours": 160},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 224},
            {"de": "Elektronik", "en": "Electronics", "hours": 160},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 96},
            {"de": "Mathematik", "en": "Mathematics", "hours": 480},
        ],
        "practical_de": (
            "Vorgeschrieben ist ein Berufspraktikum von insgesamt acht Wochen in "
            "Industriebetrieben, das meist auf die dritte und vierte Klasse verteilt wird."
        ),
        "practical_en": (
            "A total of eight weeks of work placement in industrial companies is compulsory, "
            "usually spread over the third and fourth years."
        ),
        "examination_de": (
            "Für jede der beiden Qualifikationen ist eine Berufsprüfung mit schriftlichem und "
            "praktischem Teil abzulegen, die von der regionalen Prüfungskommission bewertet wird."
        ),
        "examination_en": (
            "For each of the two qualifications, a vocational examination with a written and a "
            "practical part must be taken and is marked by the regional examination board."
        ),
        "certificate_de": (
            "Wer beide Qualifikationszertifikate und den Schulabschluss nachweist, erhält das "
            "Berufsdiplom mit der Berufsbezeichnung Technik mechatronik."
        ),
        "certificate_en": (
            "Those who hold both qualification certificates and the school-leaving certificate "
            "receive the vocational diploma with the occupational title Technik mechatronik."
        ),
    },
    {
        "key": "pl-mechanik-pojazdow",
        "country": "PL",
        "original_name": "Mechanik pojazdów samochodowych (723103)",
        "transliteration": "",
        "name_de": "Kraftfahrzeugmechaniker/-in (Berufscode 723103)",
        "name_en": "Motor vehicle mechanic (occupation code 723103)",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 36,
        "valid_from": "2019-09-03",
        "valid_until": None,
        "legal_basis_de": (
            "Schulrechtsgesetz von 2016 und Verordnung über die praktische Berufsausbildung; die "
            "Qualifikation MOT.05 Betrieb und Instandsetzung von Kraftfahrzeugen ist im "
            "Kernlehrplan von 2019 beschrieben."
        ),
        "legal_basis_en": (
            "Education Law of 2016 and the regulation on practical vocational training; "
            "qualification MOT.05 operation and repair of motor vehicles is described in the 2019 "
            "core curriculum."
        ),
        "institutions_de": (
            "Die Lernenden sind als jugendliche Arbeitnehmer in einer Kfz-Werkstatt angestellt und "
            "besuchen eine Branchenschule ersten Grades, teils im Blockunterricht."
        ),
        "institutions_en": (
            "Learners are employed as juvenile employees in a motor vehicle workshop and attend a "
            "first-stage sectoral vocational school, in some cases in block teaching."
        ),
        "admission_de": (
            "Voraussetzung sind der Grundschulabschluss, ein Arbeitsvertrag zur Berufsausbildung "
            "mit einem Betrieb und ein ärztliches Attest."
        ),
        "admission_en": (
            "Requirements are a primary school leaving certificate, an employment contract for "
            "vocational training with a company and a medical certificate."
        ),
        "summary_de": (
            "Der Beruf wird in Polen häufig dual ausgebildet: Der Betrieb vermittelt die Praxis, "
            "die Branchenschule die Theorie und die Allgemeinbildung. Am Ende steht die "
            "Berufsprüfung MOT.05 oder alternativ die Gesellenprüfung vor der Handwerkskammer."
        ),
        "summary_en": (
            "In Poland, this occupation is often trained on a dual basis: the company provides the "
            "practice, the sectoral school the theory and general education. Training ends with "
            "the MOT.05 vocational examination or, alternatively, the journeyman examination "
            "before the chamber of crafts."
        ),
        "learning_objectives_de": (
            "Die Lernenden diagnostizieren und reparieren Motoren, Antriebsstränge, Lenkungen und "
            "Bremsen und führen Inspektionen nach Herstellervorgaben durch. Sie arbeiten mit "
            "Diagnosetestern und kennen die Vorschriften der technischen Fahrzeugüberwachung. "
            "Elektrische Fahrzeugsysteme werden auf Grundlagenniveau behandelt."
        ),
        "learning_objectives_en": (
            "Learners diagnose and repair engines, drivetrains, steering and brakes and carry out "
            "inspections according to manufacturer specifications. They work with diagnostic "
            "testers and know the rules of technical vehicle inspection. Electrical vehicle "
            "systems are covered at a basic level."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 192},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 128},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 96},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 64},
            {"de": "Polnische Sprache", "en": "Polish language", "hours": 288},
            {"de": "Mathematik", "en": "Mathematics", "hours": 288},
        ],
        "practical_de": (
            "Die praktische Ausbildung im Betrieb umfasst über die drei Jahre mindestens 1.800 "
            "Stunden und wird in einem Ausbildungsnachweis dokumentiert."
        ),
        "practical_en": (
            "In-company practical training covers at least 1,800 hours over the three years and is "
            "documented in a training record."
        ),
        "examination_de": (
            "Die Berufsprüfung MOT.05 wird von einer regionalen Prüfungskommission abgenommen; bei "
            "Ausbildung in einem Handwerksbetrieb kann stattdessen die Gesellenprüfung abgelegt "
            "werden."
        ),
        "examination_en": (
            "The MOT.05 vocational examination is conducted by a regional examination board; "
            "learners trained in a craft business can take the journeyman examination instead."
        ),
        "certificate_de": (
            "Ausgestellt werden das Zertifikat über die Qualifikation MOT.05 und nach dem "
            "Schulabschluss das Berufsdiplom; Handwerkslehrlinge erhalten den Gesellenbrief "
            "(świadectwo czeladnicze)."
        ),
        "certificate_en": (
            "Learners receive the certificate for qualification MOT.05 and, after completing "
            "school, the vocational diploma; craft apprentices receive the journeyman certificate "
            "(świadectwo czeladnicze)."
        ),
    },
    {
        "key": "pl-murarz-tynkarz-czeladnik",
        "country": "PL",
        "original_name": "Murarz-tynkarz – świadectwo czeladnicze",
        "transliteration": "",
        "name_de": "Maurer/-in und Putzer/-in – Gesellenbrief",
        "name_en": "Bricklayer and plasterer – journeyman certificate",
        "qualification_type": "in_company",
        "isced": 3,
        "isco": "7112",
        "field": "construction",
        "reference_occupations": ["maurer"],
        "duration_months": 36,
        "valid_from": "2017-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Handwerksgesetz vom 22. März 1989 und die Verordnung über Gesellen- und "
            "Meisterprüfungen im Handwerk, ergänzt durch den Kernlehrplan für die Qualifikation "
            "BUD.12."
        ),
        "legal_basis_en": (
            "Crafts Act of 22 March 1989 and the regulation on journeyman and master examinations "
            "in the crafts, supplemented by the core curriculum for qualification BUD.12."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt in einem Handwerksbetrieb des Bauhandwerks, der Mitglied einer "
            "Innung ist; den theoretischen Unterricht erteilt eine Branchenschule ersten Grades."
        ),
        "institutions_en": (
            "Training takes place in a construction craft business that is a member of a guild; "
            "theoretical instruction is provided by a first-stage sectoral vocational school."
        ),
        "admission_de": (
            "Erforderlich sind der Grundschulabschluss, ein Mindestalter von 15 Jahren und ein "
            "Ausbildungsvertrag mit einem Meister des Maurerhandwerks."
        ),
        "admission_en": (
            "Requirements are a primary school leaving certificate, a minimum age of 15 and a "
            "training contract with a master bricklayer."
        ),
        "summary_de": (
            "Der Gesellenbrief wird nach einer Lehre im Handwerksbetrieb von der Handwerkskammer "
            "vergeben und genießt in Polen traditionell hohes Ansehen. Der Beruf verbindet Mauer-, "
            "Putz- und einfache Betonarbeiten."
        ),
        "summary_en": (
            "The journeyman certificate is awarded by the chamber of crafts after an "
            "apprenticeship in a craft business and traditionally enjoys high prestige in Poland. "
            "The occupation combines bricklaying, plastering and simple concrete work."
        ),
        "learning_objectives_de": (
            "Die Gesellen errichten Mauerwerk aus Ziegeln und Porenbeton, stellen Putze her und "
            "bringen sie von Hand oder maschinell auf. Sie lesen Baupläne, berechnen den "
            "Materialbedarf und führen einfache Schal- und Betonarbeiten aus. "
            "Wärmedämmverbundsysteme gehören seit 2019 zum Lehrplan."
        ),
        "learning_objectives_en": (
            "Journeymen build masonry from bricks and aerated concrete, prepare plasters and apply "
            "them by hand or by machine. They read construction drawings, calculate material "
            "requirements and carry out simple formwork and concrete work. External thermal "
            "insulation composite systems have been part of the curriculum since 2019."
        ),
        "subjects": [
            {"de": "Mauerwerksbau", "en": "Masonry", "hours": 160},
            {"de": "Putztechnik", "en": "Plastering technology", "hours": 96},
            {"de": "Baukonstruktion", "en": "Building construction", "hours": 96},
            {"de": "Bauzeichnen", "en": "Construction drawing", "hours": 64},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 64},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 32},
        ],
        "practical_de": (
            "Die Lernenden arbeiten an drei bis vier Tagen pro Woche auf den Baustellen ihres "
            "Ausbildungsbetriebs und führen ein Berichtsheft, das die Innung prüft."
        ),
        "practical_en": (
            "Learners work three to four days a week on their training company's building sites "
            "and keep a training logbook that is checked by the guild."
        ),
        "examination_de": (
            "Die Gesellenprüfung vor der Prüfungskommission der Handwerkskammer umfasst einen "
            "theoretischen Teil und eine praktische Arbeit, etwa die Errichtung einer Mauerecke "
            "mit Putz."
        ),
        "examination_en": (
            "The journeyman examination before the examination board of the chamber of crafts "
            "comprises a theoretical part and a practical task, such as building a plastered wall "
            "corner."
        ),
        "certificate_de": (
            "Die Handwerkskammer stellt den Gesellenbrief (świadectwo czeladnicze) im Beruf "
            "murarz-tynkarz aus."
        ),
        "certificate_en": (
            "The chamber of crafts issues the journeyman certificate (świadectwo czeladnicze) in "
            "the occupation of bricklayer and plasterer."
        ),
    },
    {
        "key": "pl-technik-architektury-krajobrazu",
        "country": "PL",
        "original_name": "Technik architektury krajobrazu (314207) – dyplom zawodowy",
        "transliteration": "",
        "name_de": "Techniker/-in für Landschaftsarchitektur – Berufsdiplom",
        "name_en": "Landscape architecture technician – vocational diploma",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3142",
        "field": "agriculture",
        "reference_occupations": ["gaertner-galabau"],
        "duration_months": 60,
        "valid_from": "2019-09-04",
        "valid_until": None,
        "legal_basis_de": (
            "Kernlehrplan vom 16. Mai 2019 mit den Qualifikationen OGR.03 (Gestaltung, Anlage und "
            "Pflege von Grünflächen) und OGR.04 (Organisation von Arbeiten der "
            "Landschaftsarchitektur)."
        ),
        "legal_basis_en": (
            "Core curriculum of 16 May 2019 with qualifications OGR.03 (design, construction and "
            "maintenance of green spaces) and OGR.04 (organisation of landscape architecture work)."
        ),
        "institutions_de": (
            "Unterrichtet wird an Technika mit gartenbaulichem oder landwirtschaftlichem Profil, "
            "die häufig über Gewächshäuser, Baumschulquartiere und Schulgärten verfügen."
        ),
        "institutions_en": (
            "Teaching takes place at technical schools with a horticultural or agricultural "
            "profile, which often have greenhouses, nursery plots and school gardens."
        ),
        "admission_de": (
            "Zugelassen werden Absolventinnen und Absolventen der Grundschule; gute Noten in "
            "Biologie und Kunst werden bei der Aufnahme teilweise stärker gewichtet."
        ),
        "admission_en": (
            "Primary school graduates are admitted; good marks in biology and art are sometimes "
            "given greater weight in admission."
        ),
        "summary_de": (
            "Der Bildungsgang verbindet gärtnerische Praxis mit Planung und Bauleitung im Bereich "
            "Grünflächen. Er führt nach fünf Jahren zum Technikerdiplom und ermöglicht die Matura."
        ),
        "summary_en": (
            "The programme combines horticultural practice with planning and site supervision for "
            "green spaces. After five years, it leads to the technician diploma and allows "
            "learners to take the matura."
        ),
        "learning_objectives_de": (
            "Die Lernenden bestimmen Pflanzen, planen Gärten und Grünanlagen mit CAD-Programmen "
            "und legen Rasenflächen, Pflanzungen und Wege an. Sie pflegen Bäume und Sträucher, "
            "kalkulieren Leistungen und beaufsichtigen kleinere Bauabschnitte. Pflasterarbeiten "
            "und Mauerbau nehmen weniger Raum ein als im deutschen Garten- und Landschaftsbau."
        ),
        "learning_objectives_en": (
            "Learners identify plants, plan gardens and parks with CAD software and lay out lawns, "
            "plantings and paths. They care for trees and shrubs, calculate costs and supervise "
            "smaller construction phases. Paving and wall construction take up less space than in "
            "German gardening and landscaping."
        ),
        "subjects": [
            {"de": "Pflanzenkunde", "en": "Plant science", "hours": 192},
            {"de": "Landschaftsgestaltung", "en": "Landscape design", "hours": 224},
            {"de": "Grünflächenpflege", "en": "Green space maintenance", "hours": 160},
            {"de": "Bodenkunde", "en": "Soil science", "hours": 64},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 128},
            {"de": "Mathematik", "en": "Mathematics", "hours": 480},
        ],
        "practical_de": (
            "Neben dem praktischen Unterricht in schuleigenen Anlagen absolvieren die Lernenden "
            "ein achtwöchiges Berufspraktikum in Gartenbaubetrieben oder kommunalen "
            "Grünflächenämtern."
        ),
        "practical_en": (
            "In addition to practical classes in the school's own grounds, learners complete an "
            "eight-week work placement in horticultural businesses or municipal parks departments."
        ),
        "examination_de": (
            "Für OGR.03 und OGR.04 ist jeweils eine zentrale Berufsprüfung abzulegen; der "
            "praktische Teil besteht häufig aus einem Pflanzplan mit Kostenschätzung."
        ),
        "examination_en": (
            "A central vocational examination must be taken for each of OGR.03 and OGR.04; the "
            "practical part often consists of a planting plan with a cost estimate."
        ),
        "certificate_de": (
            "Mit beiden Qualifikationszertifikaten und dem Abschluss des Technikums erhalten die "
            "Absolventinnen und Absolventen das Berufsdiplom Technik architektury krajobrazu."
        ),
        "certificate_en": (
            "With both qualification certificates and completion of the technikum, graduates "
            "receive the vocational diploma Technik architektury krajobrazu."
        ),
    },
    {
        "key": "ro-electrician-constructii",
        "country": "RO",
        "original_name": (
            "Certificat de calificare profesională nivel 3 – Electrician în construcții"
        ),
        "transliteration": "",
        "name_de": "Berufsqualifikationszertifikat Stufe 3 – Elektriker/-in im Bauwesen",
        "name_en": "Level 3 vocational qualification certificate – construction electrician",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2016-09-12",
        "valid_until": None,
        "legal_basis_de": (
            "Standard für die Berufsausbildung Electrician în construcții, genehmigt durch Erlass "
            "des Bildungsministeriums auf Grundlage des Bildungsgesetzes Nr. 1/2011."
        ),
        "legal_basis_en": (
            "Vocational training standard for construction electrician, approved by order of the "
            "Ministry of Education on the basis of Education Law No. 1/2011."
        ),
        "institutions_de": (
            "Die Ausbildung findet an technologischen Lyzeen mit Bauprofil statt; die praktische "
            "Ausbildung erfolgt in Schulwerkstätten und bei Partnerunternehmen."
        ),
        "institutions_en": (
            "Training takes place at technological high schools with a construction profile; "
            "practical training is provided in school workshops and at partner companies."
        ),
        "admission_de": (
            "Aufgenommen werden Absolventinnen und Absolventen der achten Klasse nach der "
            "nationalen Prüfung; bei mehr Bewerbungen als Plätzen entscheidet der "
            "Zulassungsdurchschnitt."
        ),
        "admission_en": (
            "Eighth-grade graduates are admitted after the national examination; if there are more "
            "applicants than places, the admission average decides."
        ),
        "summary_de": (
            "Der dreijährige Berufsschulgang qualifiziert für Elektroinstallationen in Wohn- und "
            "Gewerbebauten. Über ein Ergänzungsjahr kann in das technologische Lyzeum gewechselt "
            "werden."
        ),
        "summary_en": (
            "The three-year vocational programme qualifies learners for electrical installation "
            "work in residential and commercial buildings. A bridging year allows transfer to the "
            "technological high school."
        ),
        "learning_objectives_de": (
            "Die Lernenden verlegen Leitungen unter und auf Putz, installieren Verteilungen, "
            "Schalter und Leuchten und prüfen Installationen vor der Inbetriebnahme. Sie lesen "
            "Installationspläne und wenden die rumänischen Normen für Niederspannungsanlagen an. "
            "Für die selbstständige Ausführung ist zusätzlich eine Autorisierung durch die "
            "Energieregulierungsbehörde ANRE erforderlich."
        ),
        "learning_objectives_en": (
            "Learners lay concealed and surface-mounted wiring, install distribution boards, "
            "switches and luminaires and test installations before commissioning. They read "
            "installation plans and apply Romanian standards for low-voltage installations. "
            "Independent work additionally requires authorisation by the energy regulator ANRE."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 150,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 330},
            {"de": "Messtechnik", "en": "Measurement technology", "hours": 90},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 60},
            {
                "de": "Rumänische Sprache und Literatur",
                "en": "Romanian language and literature",
                "hours": 180,
            },
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 840},
        ],
        "practical_de": (
            "Im zweiten und dritten Jahr ist ein großer Teil der Zeit für Praxisphasen in "
            "Elektroinstallationsbetrieben vorgesehen."
        ),
        "practical_en": (
            "In the second and third years, a large part of the time is set aside for practical "
            "phases in electrical installation companies."
        ),
        "examination_de": (
            "Die Prüfung zur Zertifizierung der Qualifikation besteht aus einer praktischen Probe "
            "und einer Projektarbeit mit Präsentation."
        ),
        "examination_en": (
            "The qualification certification examination consists of a practical test and a "
            "project with a presentation."
        ),
        "certificate_de": (
            "Ausgestellt werden das Berufsqualifikationszertifikat Stufe 3 und eine "
            "Europass-Zeugniserläuterung."
        ),
        "certificate_en": (
            "The level 3 vocational qualification certificate and a Europass certificate "
            "supplement are issued."
        ),
    },
    {
        "key": "ro-tehnician-mecatronist",
        "country": "RO",
        "original_name": "Certificat de calificare profesională nivel 4 – Tehnician mecatronist",
        "transliteration": "",
        "name_de": "Berufsqualifikationszertifikat Stufe 4 – Mechatroniktechniker/-in",
        "name_en": "Level 4 vocational qualification certificate – mechatronics technician",
        "qualification_type": "school",
        "isced": 3,
        "isco": "",
        "field": "metal",
        "reference_occupations": ["mechatroniker"],
        "duration_months": 48,
        "valid_from": "2016-09-13",
        "valid_until": None,
        "legal_basis_de": (
            "Standard für die Berufsausbildung Tehnician mecatronist und Rahmenlehrplan für das "
            "technologische Lyzeum, Profil Technik, Bereich Mechatronik."
        ),
        "legal_basis_en": (
            "Vocational training standard for mechatronics technician and framework curriculum for "
            "the technological high school, technical profile, mechatronics field."
        ),
        "institutions_de": (
            "Unterrichtet wird an technologischen Lyzeen, häufig in Industrieregionen wie Brașov, "
            "Timișoara oder Pitești mit Zulieferern der Automobilindustrie."
        ),
        "institutions_en": (
            "Teaching takes place at technological high schools, often in industrial regions such "
            "as Brașov, Timișoara or Pitești with automotive suppliers."
        ),
        "admission_de": (
            "Zugang haben Absolventinnen und Absolventen der achten Klasse; die Verteilung erfolgt "
            "zentral nach Durchschnittsnote und Prüfungsergebnis."
        ),
        "admission_en": (
            "Eighth-grade graduates are eligible; places are allocated centrally according to "
            "average marks and examination results."
        ),
        "summary_de": (
            "Das technologische Lyzeum verbindet die Oberstufenbildung mit einer "
            "Technikerqualifikation in der Mechatronik. Die Abiturprüfung (bacalaureat) ist "
            "freiwillig, wird aber meist abgelegt."
        ),
        "summary_en": (
            "The technological high school combines upper secondary education with a technician "
            "qualification in mechatronics. The baccalaureate examination is optional but usually "
            "taken."
        ),
        "learning_objectives_de": (
            "Die Lernenden montieren und warten mechatronische Systeme, programmieren Steuerungen "
            "und messen elektrische und mechanische Größen. Sie lesen technische Dokumentationen "
            "auch in englischer Sprache und dokumentieren Instandhaltungsarbeiten. Der praktische "
            "Anteil ist geringer als in einer dualen Ausbildung."
        ),
        "learning_objectives_en": (
            "Learners assemble and maintain mechatronic systems, program controllers and measure "
            "electrical and mechanical quantities. They read technical documentation, including in "
            "English, and document maintenance work. The practical share is smaller than in dual "
            "training."
        ),
        "subjects": [
            {"de": "Mechatronische Systeme", "en": "Mechatronic systems", "hours": 240},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 180},
            {"de": "Elektronik", "en": "Electronics", "hours": 150},
            {"de": "Hydraulik und Pneumatik", "en": "Hydraulics and pneumatics", "hours": 90},
            {"de": "Mathematik", "en": "Mathematics", "hours": 450},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 420},
        ],
        "practical_de": (
            "Jedes Schuljahr enthält mehrwöchige Praxisphasen, die ab der elften Klasse "
            "überwiegend in Unternehmen stattfinden."
        ),
        "practical_en": (
            "Each school year includes practical phases lasting several weeks, which from the "
            "eleventh grade mainly take place in companies."
        ),
        "examination_de": (
            "Nach der zwölften Klasse wird eine Zertifizierungsprüfung mit Projektarbeit und "
            "praktischer Probe abgelegt; unabhängig davon kann das Abitur erworben werden."
        ),
        "examination_en": (
            "After the twelfth grade, learners take a certification examination with a project and "
            "a practical test; the baccalaureate can be obtained independently of this."
        ),
        "certificate_de": (
            "Die Schule stellt das Berufsqualifikationszertifikat Stufe 4 aus; mit bestandenem "
            "Abitur kommt das Abiturdiplom hinzu."
        ),
        "certificate_en": (
            "The school issues the level 4 vocational qualification certificate; those who pass "
            "the baccalaureate also receive the baccalaureate diploma."
        ),
    },
    {
        "key": "ro-bucatar-dual",
        "country": "RO",
        "original_name": (
            "Certificat de calificare profesională nivel 3 – Bucătar (învățământ dual)"
        ),
        "transliteration": "",
        "name_de": "Berufsqualifikationszertifikat Stufe 3 – Koch/Köchin (duales Modell)",
        "name_en": "Level 3 vocational qualification certificate – cook (dual model)",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "5120",
        "field": "hospitality",
        "reference_occupations": ["koch"],
        "duration_months": 36,
        "valid_from": "2017-09-11",
        "valid_until": None,
        "legal_basis_de": (
            "Dringlichkeitsverordnung der Regierung Nr. 81/2016 über die duale Berufsbildung und "
            "der Standard für die Berufsausbildung Bucătar."
        ),
        "legal_basis_en": (
            "Government Emergency Ordinance No. 81/2016 on dual vocational education and the "
            "vocational training standard for cook."
        ),
        "institutions_de": (
            "Die Lernenden besuchen ein technologisches Lyzeum mit Tourismusprofil und werden im "
            "Partnerbetrieb, etwa einem Hotel oder Restaurant, praktisch ausgebildet."
        ),
        "institutions_en": (
            "Learners attend a technological high school with a tourism profile and receive "
            "practical training at a partner company, such as a hotel or restaurant."
        ),
        "admission_de": (
            "Voraussetzung sind der Abschluss der achten Klasse und ein individueller "
            "Ausbildungsvertrag mit einem Partnerunternehmen; einige Betriebe führen "
            "Auswahlgespräche."
        ),
        "admission_en": (
            "Requirements are completion of the eighth grade and an individual training contract "
            "with a partner company; some companies hold selection interviews."
        ),
        "summary_de": (
            "Im dualen Modell übernimmt der Betrieb einen großen Teil der praktischen Ausbildung "
            "und zahlt den Lernenden eine monatliche Vergütung. Die Inhalte entsprechen dem "
            "dreijährigen Berufsschulprogramm für Köche."
        ),
        "summary_en": (
            "In the dual model, the company provides a large part of the practical training and "
            "pays learners a monthly allowance. The content corresponds to the three-year "
            "vocational school programme for cooks."
        ),
        "learning_objectives_de": (
            "Die Lernenden bereiten Vorspeisen, Hauptgerichte und Desserts der rumänischen und "
            "internationalen Küche zu und wenden Hygienevorschriften nach dem HACCP-Konzept an. "
            "Sie nehmen Waren an, lagern sie fachgerecht und arbeiten im Service mit. Menüplanung "
            "und Kalkulation werden im dritten Jahr vertieft."
        ),
        "learning_objectives_en": (
            "Learners prepare starters, main courses and desserts of Romanian and international "
            "cuisine and apply hygiene rules based on the HACCP concept. They receive goods, store "
            "them properly and help in the service area. Menu planning and costing are covered in "
            "depth in the third year."
        ),
        "subjects": [
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 900},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 90},
            {"de": "Hygiene", "en": "Hygiene", "hours": 60},
            {"de": "Ernährungslehre", "en": "Nutrition", "hours": 60},
            {
                "de": "Rumänische Sprache und Literatur",
                "en": "Romanian language and literature",
                "hours": 180,
            },
        ],
        "practical_de": (
            "Der Anteil der Ausbildung im Betrieb steigt von etwa 20 Prozent im ersten auf mehr "
            "als 60 Prozent im dritten Jahr."
        ),
        "practical_en": (
            "The share of training in the company rises from about 20 per cent in the first year "
            "to more than 60 per cent in the third year."
        ),
        "examination_de": (
            "Die Zertifizierungsprüfung wird gemeinsam von Schule und Betrieb abgenommen und "
            "umfasst die Zubereitung eines Menüs sowie ein kurzes Projekt."
        ),
        "examination_en": (
            "The certification examination is conducted jointly by the school and the company and "
            "comprises preparing a menu and a short project."
        ),
        "certificate_de": (
            "Ausgestellt wird das Berufsqualifikationszertifikat Stufe 3 mit dem Vermerk über die "
            "Ausbildung im dualen System."
        ),
        "certificate_en": (
            "The level 3 vocational qualification certificate is issued with a note that training "
            "took place in the dual system."
        ),
    },
    {
        "key": "it-operatore-elettrico",
        "country": "IT",
        "original_name": "Qualifica professionale di Operatore elettrico (IeFP)",
        "transliteration": "",
        "name_de": "Berufliche Qualifikation Elektrofachkraft (IeFP)",
        "name_en": "Vocational qualification as electrical operator (IeFP)",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2019-08-01",
        "valid_until": None,
        "legal_basis_de": (
            "Vereinbarung zwischen Staat und Regionen vom 1. August 2019 über das nationale "
            "Verzeichnis der Qualifikationen der beruflichen Erstausbildung sowie die jeweiligen "
            "Regionalgesetze."
        ),
        "legal_basis_en": (
            "Agreement between the state and the regions of 1 August 2019 on the national register "
            "of initial vocational training qualifications and the relevant regional laws."
        ),
        "institutions_de": (
            "Angeboten wird die Qualifikation von akkreditierten Bildungszentren der Regionen und "
            "von staatlichen beruflichen Instituten im Rahmen der ergänzenden Ausbildung."
        ),
        "institutions_en": (
            "The qualification is offered by accredited regional training centres and by state "
            "vocational institutes as part of complementary provision."
        ),
        "admission_de": (
            "Zugelassen werden Jugendliche nach der dreijährigen Mittelschule im Alter von etwa 14 "
            "Jahren."
        ),
        "admission_en": (
            "Young people are admitted after three years of lower secondary school at around the "
            "age of 14."
        ),
        "summary_de": (
            "Die dreijährige Qualifikation der Regionen bereitet auf die Installation und Wartung "
            "elektrischer Anlagen in Gebäuden vor. Sie erfüllt die Bildungspflicht und kann durch "
            "ein viertes Jahr zum Diplom als Elektrotechniker erweitert werden."
        ),
        "summary_en": (
            "The regions' three-year qualification prepares learners for installing and "
            "maintaining electrical systems in buildings. It fulfils compulsory education and can "
            "be extended by a fourth year to a diploma as an electrical technician."
        ),
        "learning_objectives_de": (
            "Die Lernenden installieren elektrische Anlagen in Wohnungen und kleinen "
            "Gewerbebetrieben, schließen Hausautomation und Beleuchtung an und prüfen die Anlagen "
            "nach den Normen des CEI. Sie lesen Schaltpläne und dokumentieren ihre Arbeit. Die "
            "Berechtigung zur Ausstellung der Konformitätserklärung nach dem Ministerialdekret "
            "37/2008 setzt zusätzliche Berufserfahrung voraus."
        ),
        "learning_objectives_en": (
            "Learners install electrical systems in flats and small businesses, connect home "
            "automation and lighting and test installations according to CEI standards. They read "
            "wiring diagrams and document their work. Authorisation to issue the declaration of "
            "conformity under Ministerial Decree 37/2008 requires additional work experience."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 150,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 360},
            {"de": "Italienische Sprache", "en": "Italian language", "hours": 300},
            {"de": "Mathematik", "en": "Mathematics", "hours": 250},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 40},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 600},
        ],
        "practical_de": (
            "Im zweiten und dritten Jahr absolvieren die Lernenden betriebliche Praktika von "
            "insgesamt mindestens 400 Stunden in Elektroinstallationsbetrieben."
        ),
        "practical_en": (
            "In the second and third years, learners complete company placements totalling at "
            "least 400 hours in electrical installation firms."
        ),
        "examination_de": (
            "Die Abschlussprüfung vor einer regionalen Kommission umfasst eine schriftliche "
            "Prüfung, eine praktische Aufgabe und ein Prüfungsgespräch."
        ),
        "examination_en": (
            "The final examination before a regional board comprises a written test, a practical "
            "task and an oral interview."
        ),
        "certificate_de": (
            "Die Region stellt das Qualifikationszeugnis (attestato di qualifica professionale) "
            "aus, das der EQF-Stufe 3 zugeordnet ist."
        ),
        "certificate_en": (
            "The region issues the qualification certificate (attestato di qualifica "
            "professionale), which is assigned to EQF level 3."
        ),
    },
    {
        "key": "it-diploma-meccanica-meccatronica",
        "country": "IT",
        "original_name": (
            "Diploma di istruzione tecnica – Meccanica, Meccatronica ed Energia, articolazione "
            "Meccanica e Meccatronica"
        ),
        "transliteration": "",
        "name_de": "Diplom der technischen Oberschule – Maschinenbau, Mechatronik und Energie",
        "name_en": "Technical education diploma – mechanical engineering, mechatronics and energy",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["mechatroniker", "industriemechaniker"],
        "duration_months": 60,
        "valid_from": "2010-03-15",
        "valid_until": None,
        "legal_basis_de": (
            "Präsidialdekret Nr. 88 vom 15. März 2010 über die Neuordnung der technischen "
            "Institute und die Richtlinien für den Fachbereich Maschinenbau, Mechatronik und "
            "Energie."
        ),
        "legal_basis_en": (
            "Presidential Decree No. 88 of 15 March 2010 on the reorganisation of technical "
            "institutes and the guidelines for the mechanics, mechatronics and energy field."
        ),
        "institutions_de": (
            "Der Bildungsgang wird an staatlichen technischen Instituten mit Werkstätten für "
            "Werkzeugmaschinen, Messtechnik und Automatisierung angeboten."
        ),
        "institutions_en": (
            "The programme is offered at state technical institutes with workshops for machine "
            "tools, metrology and automation."
        ),
        "admission_de": (
            "Voraussetzung ist das Abschlusszeugnis der Mittelschule; eine Aufnahmeprüfung gibt es "
            "nicht."
        ),
        "admission_en": (
            "The lower secondary school leaving certificate is required; there is no entrance "
            "examination."
        ),
        "summary_de": (
            "Der fünfjährige Bildungsgang führt zur staatlichen Abschlussprüfung und zu einem "
            "Technikerdiplom im Maschinenbau. Er ist stärker schulisch und theoretisch "
            "ausgerichtet als eine deutsche Ausbildung."
        ),
        "summary_en": (
            "The five-year programme leads to the state examination and a technician diploma in "
            "mechanical engineering. It is more school-based and theoretical than German "
            "vocational training."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen konstruieren Bauteile mit CAD, planen "
            "Fertigungsabläufe und programmieren CNC-Maschinen. Sie analysieren mechanische und "
            "thermische Systeme und kennen Grundlagen der Automatisierung. Praktische Routine in "
            "Montage und Instandhaltung erwerben sie vor allem im Betrieb nach dem Abschluss."
        ),
        "learning_objectives_en": (
            "Graduates design components with CAD, plan production sequences and program CNC "
            "machines. They analyse mechanical and thermal systems and know the basics of "
            "automation. They acquire practical routine in assembly and maintenance mainly in the "
            "workplace after graduating."
        ),
        "subjects": [
            {
                "de": "Mechanik, Maschinen und Energie",
                "en": "Mechanics, machines and energy",
                "hours": 330,
            },
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 300},
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 330},
            {"de": "Automatisierungstechnik", "en": "Automation technology", "hours": 200},
            {"de": "Mathematik", "en": "Mathematics", "hours": 500},
            {"de": "Englisch", "en": "English", "hours": 300},
        ],
        "practical_de": (
            "Seit 2015 sind Praxisphasen in Unternehmen (PCTO) vorgeschrieben, die an technischen "
            "Instituten heute mindestens 150 Stunden in den letzten drei Jahren umfassen."
        ),
        "practical_en": (
            "Since 2015, work-based learning phases (PCTO) have been compulsory; at technical "
            "institutes they now comprise at least 150 hours over the last three years."
        ),
        "examination_de": (
            "Die staatliche Abschlussprüfung umfasst eine Prüfung in Italienisch, eine "
            "fachspezifische schriftliche Prüfung und ein Kolloquium."
        ),
        "examination_en": (
            "The state examination comprises an Italian test, a subject-specific written test and "
            "an oral colloquium."
        ),
        "certificate_de": (
            "Verliehen wird das Diploma di istruzione tecnica, das zusammen mit dem "
            "Europass-Zeugnis die Fachrichtung ausweist."
        ),
        "certificate_en": (
            "The Diploma di istruzione tecnica is awarded and, together with the Europass "
            "certificate, states the specialisation."
        ),
    },
    {
        "key": "it-abilitazione-ottico",
        "country": "IT",
        "original_name": "Diploma di abilitazione all'esercizio dell'arte ausiliaria di ottico",
        "transliteration": "",
        "name_de": "Befähigungsdiplom zur Ausübung des Gesundheitshilfsberufs Optiker/-in",
        "name_en": "Licensing diploma for the auxiliary health profession of optician",
        "qualification_type": "other",
        "isced": 4,
        "isco": "3254",
        "field": "health_care",
        "reference_occupations": ["augenoptiker"],
        "duration_months": 60,
        "valid_from": "2018-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Königliches Dekret Nr. 1334/1928 über die Gesundheitshilfsberufe und Gesetzesdekret "
            "Nr. 61/2017 über die Neuordnung der beruflichen Institute, Fachrichtung Optik."
        ),
        "legal_basis_en": (
            "Royal Decree No. 1334/1928 on auxiliary health professions and Legislative Decree No. "
            "61/2017 on the reorganisation of vocational institutes, optics specialisation."
        ),
        "institutions_de": (
            "Die Ausbildung findet an staatlichen beruflichen Instituten mit der Fachrichtung "
            "Optik statt, die Labore für Brillenfertigung und Refraktion unterhalten."
        ),
        "institutions_en": (
            "Training takes place at state vocational institutes with an optics specialisation, "
            "which maintain laboratories for spectacle making and refraction."
        ),
        "admission_de": (
            "Nach der Mittelschule wird der fünfjährige Bildungsgang belegt; zur "
            "Befähigungsprüfung werden nur Absolventinnen und Absolventen dieses Bildungsgangs "
            "zugelassen."
        ),
        "admission_en": (
            "After lower secondary school, learners take the five-year programme; only graduates "
            "of this programme are admitted to the licensing examination."
        ),
        "summary_de": (
            "In Italien ist Optiker ein reglementierter Gesundheitshilfsberuf, dessen Ausübung "
            "eine staatliche Befähigungsprüfung voraussetzt. Der Abschluss verbindet das "
            "Schulabschlussdiplom mit dieser Berufsberechtigung."
        ),
        "summary_en": (
            "In Italy, optician is a regulated auxiliary health profession that requires a state "
            "licensing examination. The qualification combines the school-leaving diploma with "
            "this licence to practise."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen messen Brillengläser aus, zentrieren und schleifen "
            "sie ein und passen Brillen an. Sie bestimmen unter Anleitung die Sehschärfe, beraten "
            "Kundinnen und Kunden und kennen die Grundlagen der Kontaktlinsenanpassung. "
            "Betriebswirtschaftliche Inhalte zur Führung eines Optikgeschäfts werden nur in "
            "Ansätzen vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates measure, centre and edge spectacle lenses and fit spectacles. Under "
            "guidance, they determine visual acuity, advise customers and know the basics of "
            "contact lens fitting. Business content on running an optician's shop is covered only "
            "in part."
        ),
        "subjects": [
            {"de": "Optik", "en": "Optics", "hours": 300},
            {"de": "Brillenanpassung", "en": "Spectacle fitting", "hours": 330},
            {"de": "Anatomie", "en": "Anatomy", "hours": 100},
            {"de": "Kontaktlinsenkunde", "en": "Contact lens studies", "hours": 130},
            {"de": "Mathematik", "en": "Mathematics", "hours": 400},
            {"de": "Englisch", "en": "English", "hours": 300},
        ],
        "practical_de": (
            "Die praktische Ausbildung erfolgt in den schulischen Laboren und in Praxisphasen bei "
            "Augenoptikbetrieben."
        ),
        "practical_en": (
            "Practical training takes place in the school laboratories and during placements with "
            "opticians."
        ),
        "examination_de": (
            "Nach der staatlichen Abschlussprüfung legen die Kandidatinnen und Kandidaten die "
            "Befähigungsprüfung mit theoretischem und praktischem Teil vor einer Kommission ab, "
            "der auch ein Augenarzt angehört."
        ),
        "examination_en": (
            "After the state examination, candidates take the licensing examination with a "
            "theoretical and a practical part before a board that includes an ophthalmologist."
        ),
        "certificate_de": (
            "Ausgestellt wird das Befähigungsdiplom (diploma di abilitazione), das zur Eintragung "
            "als Optiker und zur Eröffnung eines Geschäfts berechtigt."
        ),
        "certificate_en": (
            "The licensing diploma (diploma di abilitazione) is issued, entitling holders to "
            "register as opticians and open a shop."
        ),
    },
    {
        "key": "es-tecnico-instalaciones-electricas",
        "country": "ES",
        "original_name": "Título de Técnico en Instalaciones Eléctricas y Automáticas",
        "transliteration": "",
        "name_de": "Titel Techniker/-in für elektrische und automatische Anlagen",
        "name_en": "Technician in electrical and automatic installations",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": [
            "elektroniker-energie-gebaeudetechnik",
            "elektroniker-betriebstechnik",
        ],
        "duration_months": 24,
        "valid_from": "2008-02-08",
        "valid_until": None,
        "legal_basis_de": (
            "Königliches Dekret 177/2008 vom 8. Februar, das den Titel und die Mindestinhalte "
            "festlegt, ergänzt durch die Lehrpläne der Autonomen Gemeinschaften."
        ),
        "legal_basis_en": (
            "Royal Decree 177/2008 of 8 February, which establishes the title and its minimum "
            "content, supplemented by the curricula of the autonomous communities."
        ),
        "institutions_de": (
            "Unterrichtet wird an öffentlichen und privaten Berufsbildungszentren sowie an "
            "Sekundarschulen mit Berufsbildungsangebot."
        ),
        "institutions_en": (
            "Teaching takes place at public and private vocational training centres and at "
            "secondary schools offering vocational programmes."
        ),
        "admission_de": (
            "Zugang haben Personen mit dem Abschluss der Sekundarstufe I (ESO) oder mit einer "
            "bestandenen Zugangsprüfung ab 17 Jahren."
        ),
        "admission_en": (
            "Access is open to holders of the lower secondary certificate (ESO) or to those aged "
            "17 or over who pass an entrance test."
        ),
        "summary_de": (
            "Der Bildungsgang der mittleren Stufe umfasst 2.000 Stunden und bereitet auf "
            "Installationen in Gebäuden, Industrieanlagen und Telekommunikation vor. Er gehört zur "
            "Berufsfamilie Elektrizität und Elektronik."
        ),
        "summary_en": (
            "This intermediate-level programme comprises 2,000 hours and prepares learners for "
            "installation work in buildings, industrial plants and telecommunications. It belongs "
            "to the electricity and electronics occupational family."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen installieren Niederspannungsanlagen in Wohn- und "
            "Gewerbegebäuden, verdrahten Schaltschränke und bauen Steuerungen mit SPS auf. Sie "
            "installieren Antennen- und Telekommunikationsanlagen und warten elektrische "
            "Maschinen. Für die Tätigkeit als autorisierter Installateur ist eine Registrierung "
            "bei der Industriebehörde der Region erforderlich."
        ),
        "learning_objectives_en": (
            "Graduates install low-voltage systems in residential and commercial buildings, wire "
            "control cabinets and build PLC-based control systems. They install antenna and "
            "telecommunications systems and maintain electrical machines. Working as an authorised "
            "installer requires registration with the regional industry authority."
        ),
        "subjects": [
            {"de": "Elektrotechnik", "en": "Electrotechnics", "hours": 200},
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 264},
            {"de": "Automatisierte Anlagen", "en": "Automated installations", "hours": 231},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 132},
            {"de": "Verteilungsanlagen", "en": "Distribution installations", "hours": 126},
            {"de": "Ausbildung in Arbeitsstätten", "en": "Workplace training", "hours": 400},
        ],
        "practical_de": (
            "Das Modul Ausbildung in Arbeitsstätten umfasst rund 400 Stunden in "
            "Installationsbetrieben und findet in der Regel am Ende des zweiten Jahres statt."
        ),
        "practical_en": (
            "The workplace training module comprises around 400 hours in installation companies "
            "and usually takes place at the end of the second year."
        ),
        "examination_de": (
            "Eine zentrale Abschlussprüfung gibt es nicht; der Titel wird vergeben, wenn alle "
            "Module einschließlich des Betriebsmoduls bestanden sind."
        ),
        "examination_en": (
            "There is no central final examination; the title is awarded once all modules, "
            "including the workplace module, have been passed."
        ),
        "certificate_de": (
            "Das Bildungsministerium oder die Bildungsbehörde der Autonomen Gemeinschaft stellt "
            "den Titel Técnico en Instalaciones Eléctricas y Automáticas aus."
        ),
        "certificate_en": (
            "The Ministry of Education or the education authority of the autonomous community "
            "issues the title Técnico en Instalaciones Eléctricas y Automáticas."
        ),
    },
    {
        "key": "es-tecnico-superior-daw",
        "country": "ES",
        "original_name": "Título de Técnico Superior en Desarrollo de Aplicaciones Web",
        "transliteration": "",
        "name_de": "Titel Höhere/-r Techniker/-in für Webanwendungsentwicklung",
        "name_en": "Higher technician in web application development",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "2513",
        "field": "it",
        "reference_occupations": ["fachinformatiker-anwendungsentwicklung"],
        "duration_months": 24,
        "valid_from": "2010-05-20",
        "valid_until": None,
        "legal_basis_de": (
            "Königliches Dekret 686/2010 vom 20. Mai über den Titel und die Mindestinhalte des "
            "Bildungsgangs Entwicklung von Webanwendungen."
        ),
        "legal_basis_en": (
            "Royal Decree 686/2010 of 20 May on the title and minimum content of the web "
            "application development programme."
        ),
        "institutions_de": (
            "Angeboten wird der Bildungsgang an Berufsbildungszentren und Sekundarschulen sowie "
            "zunehmend im Fernunterricht über Online-Plattformen der Regionen."
        ),
        "institutions_en": (
            "The programme is offered at vocational training centres and secondary schools and "
            "increasingly by distance learning via the regions' online platforms."
        ),
        "admission_de": (
            "Voraussetzung ist das Bachillerato, ein Titel der mittleren Stufe oder eine "
            "Zugangsprüfung für die höhere Stufe."
        ),
        "admission_en": (
            "Admission requires the Bachillerato, an intermediate-level title or an entrance test "
            "for the higher level."
        ),
        "summary_de": (
            "Der zweijährige Bildungsgang der höheren Stufe umfasst 2.000 Stunden und ist der "
            "EQF-Stufe 5 zugeordnet. Er bildet Entwicklerinnen und Entwickler für server- und "
            "clientseitige Webanwendungen aus."
        ),
        "summary_en": (
            "This two-year higher-level programme comprises 2,000 hours and is assigned to EQF "
            "level 5. It trains developers for server-side and client-side web applications."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen programmieren Webanwendungen mit JavaScript, PHP "
            "oder Java, entwerfen Datenbanken und richten Webserver ein. Sie gestalten "
            "Benutzeroberflächen barrierearm und setzen Anwendungen auf Servern in Betrieb. Ein "
            "Projektmodul verbindet die Inhalte zu einer eigenständigen Anwendung."
        ),
        "learning_objectives_en": (
            "Graduates program web applications in JavaScript, PHP or Java, design databases and "
            "set up web servers. They design accessible user interfaces and deploy applications on "
            "servers. A project module brings the content together in a stand-alone application."
        ),
        "subjects": [
            {"de": "Programmierung", "en": "Programming", "hours": 256},
            {"de": "Datenbanken", "en": "Databases", "hours": 198},
            {"de": "Webentwicklung", "en": "Web development", "hours": 420},
            {"de": "Auszeichnungssprachen", "en": "Markup languages", "hours": 132},
            {"de": "Englisch", "en": "English", "hours": 96},
            {"de": "Ausbildung in Arbeitsstätten", "en": "Workplace training", "hours": 370},
        ],
        "practical_de": (
            "Das Modul Ausbildung in Arbeitsstätten umfasst etwa 370 Stunden in "
            "Softwareunternehmen oder IT-Abteilungen; im dualen Modell ist der betriebliche Anteil "
            "deutlich höher."
        ),
        "practical_en": (
            "The workplace training module comprises about 370 hours in software companies or IT "
            "departments; in the dual model, the company share is considerably higher."
        ),
        "examination_de": (
            "Der Abschluss setzt das Bestehen aller Module und eines Abschlussprojekts voraus, das "
            "vor einer Kommission aus Lehrkräften präsentiert wird."
        ),
        "examination_en": (
            "The qualification requires passing all modules and a final project presented to a "
            "board of teachers."
        ),
        "certificate_de": (
            "Ausgestellt wird der Titel Técnico Superior en Desarrollo de Aplicaciones Web, der "
            "zum Studium an Universitäten mit Anrechnung von ECTS-Punkten berechtigt."
        ),
        "certificate_en": (
            "The title Técnico Superior en Desarrollo de Aplicaciones Web is issued, giving access "
            "to university studies with recognition of ECTS credits."
        ),
    },
    {
        "key": "es-tecnico-cocina-gastronomia",
        "country": "ES",
        "original_name": "Título de Técnico en Cocina y Gastronomía",
        "transliteration": "",
        "name_de": "Titel Techniker/-in für Küche und Gastronomie",
        "name_en": "Technician in cookery and gastronomy",
        "qualification_type": "school",
        "isced": 3,
        "isco": "5120",
        "field": "hospitality",
        "reference_occupations": ["koch"],
        "duration_months": 24,
        "valid_from": "2007-10-29",
        "valid_until": None,
        "legal_basis_de": (
            "Königliches Dekret 1396/2007 vom 29. Oktober über den Titel Técnico en Cocina y "
            "Gastronomía und seine Mindestinhalte."
        ),
        "legal_basis_en": (
            "Royal Decree 1396/2007 of 29 October on the title Técnico en Cocina y Gastronomía and "
            "its minimum content."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt an Schulen für Hotellerie und Tourismus und an "
            "Berufsbildungszentren mit Lehrrestaurants."
        ),
        "institutions_en": (
            "Training takes place at hotel and tourism schools and at vocational training centres "
            "with training restaurants."
        ),
        "admission_de": (
            "Aufgenommen wird mit dem Abschluss der Sekundarstufe I (ESO), einem Titel der "
            "Grundstufe oder einer Zugangsprüfung."
        ),
        "admission_en": (
            "Admission requires the lower secondary certificate (ESO), a basic-level title or an "
            "entrance test."
        ),
        "summary_de": (
            "Der Bildungsgang umfasst 2.000 Stunden und qualifiziert für die Zubereitung von "
            "Speisen in Restaurants, Hotels und Cateringbetrieben. Die spanische und regionale "
            "Küche nimmt breiten Raum ein."
        ),
        "summary_en": (
            "The programme comprises 2,000 hours and qualifies learners to prepare food in "
            "restaurants, hotels and catering businesses. Spanish and regional cuisine take up a "
            "large share."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen wählen Rohstoffe aus, bereiten kalte und warme "
            "Gerichte sowie Desserts zu und präsentieren sie. Sie wenden Garverfahren und "
            "Konservierungstechniken an und halten die Hygieneregeln ein. Kalkulation und "
            "Menügestaltung bereiten auf Aufgaben als Postenchef vor."
        ),
        "learning_objectives_en": (
            "Graduates select raw ingredients, prepare and present cold and hot dishes and "
            "desserts. They apply cooking methods and preservation techniques and observe hygiene "
            "rules. Costing and menu design prepare them for tasks as chef de partie."
        ),
        "subjects": [
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 640},
            {
                "de": "Grundlegende Vorbereitungstechniken",
                "en": "Basic preparation techniques",
                "hours": 330,
            },
            {"de": "Süßspeisen und Desserts", "en": "Sweets and desserts", "hours": 130},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 130},
            {"de": "Hygiene", "en": "Hygiene", "hours": 60},
            {"de": "Ausbildung in Arbeitsstätten", "en": "Workplace training", "hours": 400},
        ],
        "practical_de": (
            "Im Modul Ausbildung in Arbeitsstätten arbeiten die Lernenden etwa elf Wochen in "
            "Restaurant- oder Hotelküchen."
        ),
        "practical_en": (
            "In the workplace training module, learners work for about eleven weeks in restaurant "
            "or hotel kitchens."
        ),
        "examination_de": (
            "Jedes Modul wird durch praktische und theoretische Leistungsnachweise abgeschlossen; "
            "eine übergreifende Abschlussprüfung ist nicht vorgesehen."
        ),
        "examination_en": (
            "Each module is completed with practical and theoretical assessments; there is no "
            "overall final examination."
        ),
        "certificate_de": (
            "Die zuständige Bildungsbehörde stellt den Titel Técnico en Cocina y Gastronomía aus."
        ),
        "certificate_en": (
            "The competent education authority issues the title Técnico en Cocina y Gastronomía."
        ),
    },
    {
        "key": "gr-epal-ilektrologos",
        "country": "GR",
        "original_name": (
            "Πτυχίο ΕΠΑΛ – Τεχνικός Ηλεκτρολογικών Συστημάτων, Εγκαταστάσεων και Δικτύων"
        ),
        "transliteration": (
            "Ptychio EPAL – Technikos Ilektrologikon Systimaton, Egkatastaseon kai Diktyon"
        ),
        "name_de": (
            "Abschlusszeugnis des berufsbildenden Lyzeums – Techniker/-in für elektrische Systeme, "
            "Anlagen und Netze"
        ),
        "name_en": (
            "Vocational lyceum degree – technician for electrical systems, installations and "
            "networks"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2013-09-17",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz 4186/2013 über die Neuordnung der Sekundarbildung und Ministerialerlasse über "
            "die Stundentafeln der Fachrichtung im Sektor Elektrotechnik, Elektronik und "
            "Automation."
        ),
        "legal_basis_en": (
            "Law 4186/2013 on the reorganisation of secondary education and ministerial decisions "
            "on the timetables of the specialisation in the electrical engineering, electronics "
            "and automation sector."
        ),
        "institutions_de": (
            "Der Bildungsgang wird an öffentlichen berufsbildenden Lyzeen (EPAL) mit Laboren für "
            "Installationen und elektrische Maschinen angeboten."
        ),
        "institutions_en": (
            "The programme is offered at public vocational lyceums (EPAL) with laboratories for "
            "installations and electrical machines."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss des dreijährigen Gymnasiums; die Fachrichtung wird ab "
            "der zweiten Klasse gewählt."
        ),
        "admission_en": (
            "Completion of the three-year lower secondary school is required; the specialisation "
            "is chosen from the second year."
        ),
        "summary_de": (
            "Das Abschlusszeugnis ist der EQF-Stufe 4 zugeordnet und berechtigt nach einer Zeit "
            "der Berufspraxis zum Erwerb der staatlichen Installateurlizenz. Zugleich ermöglicht "
            "es die Teilnahme an den Hochschulaufnahmeprüfungen."
        ),
        "summary_en": (
            "The degree is assigned to EQF level 4 and, after a period of work experience, "
            "entitles holders to obtain the state installer licence. It also allows them to sit "
            "the university entrance examinations."
        ),
        "learning_objectives_de": (
            "Die Lernenden planen und errichten elektrische Installationen in Gebäuden, schließen "
            "Motoren an und bauen einfache Steuerungen mit Schützen und SPS. Sie führen Messungen "
            "und Fehlersuchen durch und kennen die griechischen Vorschriften für "
            "Niederspannungsanlagen. Photovoltaikanlagen werden in einem eigenen Fach behandelt."
        ),
        "learning_objectives_en": (
            "Learners plan and install electrical systems in buildings, connect motors and build "
            "simple control circuits with contactors and PLCs. They carry out measurements and "
            "troubleshooting and know the Greek regulations for low-voltage installations. "
            "Photovoltaic systems are covered in a separate subject."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 150,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 240},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 180},
            {"de": "Photovoltaik", "en": "Photovoltaics", "hours": 60},
            {"de": "Neugriechische Sprache", "en": "Modern Greek", "hours": 200},
            {"de": "Mathematik", "en": "Mathematics", "hours": 200},
        ],
        "practical_de": (
            "Absolventinnen und Absolventen können ein freiwilliges postsekundäres Lehrlingsjahr "
            "anschließen, das vier Tage Arbeit im Betrieb und einen Tag Unterricht pro Woche "
            "umfasst."
        ),
        "practical_en": (
            "Graduates can add a voluntary post-secondary apprenticeship year comprising four days "
            "of work in a company and one day of classes per week."
        ),
        "examination_de": (
            "Die Abschlussprüfungen der dritten Klasse werden in allen Fächern an der Schule "
            "durchgeführt; für die Lizenz folgt später eine Prüfung der Regionalverwaltung."
        ),
        "examination_en": (
            "Final examinations in the third year are held at the school in all subjects; the "
            "licence requires a later examination by the regional administration."
        ),
        "certificate_de": (
            "Ausgestellt wird das Ptychio EPAL mit der Bezeichnung der Fachrichtung und der "
            "Einordnung in Stufe 4 des nationalen Qualifikationsrahmens."
        ),
        "certificate_en": (
            "The Ptychio EPAL is issued stating the specialisation and its classification at level "
            "4 of the national qualifications framework."
        ),
    },
    {
        "key": "gr-iek-mageiras",
        "country": "GR",
        "original_name": (
            "Δίπλωμα Επαγγελματικής Κατάρτισης – Τεχνικός Μαγειρικής Τέχνης (Μάγειρας)"
        ),
        "transliteration": (
            "Diploma Epangelmatikis Katartisis – Technikos Mageirikis Technis (Mageiras)"
        ),
        "name_de": "Diplom der Berufsausbildung – Techniker/-in für Kochkunst (Koch/Köchin)",
        "name_en": "Vocational training diploma – culinary arts technician (cook)",
        "qualification_type": "school",
        "isced": 4,
        "isco": "5120",
        "field": "hospitality",
        "reference_occupations": ["koch"],
        "duration_months": 30,
        "valid_from": "2021-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz 4763/2020 über das nationale System der beruflichen Bildung und der "
            "Ausbildungsleitfaden für die Fachrichtung Kochkunst."
        ),
        "legal_basis_en": (
            "Law 4763/2020 on the national vocational education and training system and the "
            "training guide for the culinary arts specialisation."
        ),
        "institutions_de": (
            "Ausgebildet wird an öffentlichen und privaten Instituten für berufliche Bildung "
            "(IEK), darunter spezialisierte Institute für Tourismusberufe."
        ),
        "institutions_en": (
            "Training is provided at public and private vocational training institutes (IEK), "
            "including specialised institutes for tourism occupations."
        ),
        "admission_de": (
            "Zugelassen werden Inhaberinnen und Inhaber eines Abschlusszeugnisses der Oberstufe "
            "(Lyzeum oder EPAL); die Auswahl erfolgt nach Punkten."
        ),
        "admission_en": (
            "Holders of an upper secondary leaving certificate (lyceum or EPAL) are admitted; "
            "selection is based on points."
        ),
        "summary_de": (
            "Das Programm umfasst vier Semester Unterricht und ein Betriebspraktikum und führt zu "
            "einem Diplom der EQF-Stufe 5. Es bereitet auf die Arbeit in Hotels, Restaurants und "
            "Cateringbetrieben vor."
        ),
        "summary_en": (
            "The programme comprises four semesters of teaching and a company placement and leads "
            "to a diploma at EQF level 5. It prepares learners for work in hotels, restaurants and "
            "catering businesses."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen bereiten griechische, mediterrane und "
            "internationale Gerichte zu, organisieren einen Küchenposten und achten auf "
            "Lebensmittelsicherheit. Sie kalkulieren Rezepturen und bestellen Waren. "
            "Grundkenntnisse in Patisserie und Bäckerei ergänzen die Ausbildung."
        ),
        "learning_objectives_en": (
            "Graduates prepare Greek, Mediterranean and international dishes, run a kitchen "
            "station and ensure food safety. They cost recipes and order goods. Basic knowledge of "
            "patisserie and baking complements the training."
        ),
        "subjects": [
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 700},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 100},
            {"de": "Hygiene", "en": "Hygiene", "hours": 50},
            {"de": "Ernährungslehre", "en": "Nutrition", "hours": 50},
            {"de": "Küchenorganisation", "en": "Kitchen organisation", "hours": 80},
            {"de": "Englisch", "en": "English", "hours": 100},
        ],
        "practical_de": (
            "Auf den Unterricht folgt ein Betriebspraktikum von 960 Stunden, das häufig während "
            "der Saison in Hotels der Tourismusregionen absolviert wird."
        ),
        "practical_en": (
            "Teaching is followed by a 960-hour company placement, often completed during the "
            "season in hotels in tourist regions."
        ),
        "examination_de": (
            "Die Zertifizierungsprüfung der EOPPEP besteht aus einem theoretischen und einem "
            "praktischen Teil und wird landesweit einheitlich durchgeführt."
        ),
        "examination_en": (
            "The EOPPEP certification examination consists of a theoretical and a practical part "
            "and is conducted uniformly nationwide."
        ),
        "certificate_de": (
            "Nach bestandener Zertifizierung stellt die EOPPEP das Diplom der Berufsausbildung aus."
        ),
        "certificate_en": (
            "After successful certification, EOPPEP issues the vocational training diploma."
        ),
    },
    {
        "key": "gr-epas-technikos-ochimaton",
        "country": "GR",
        "original_name": "Πτυχίο ΕΠΑΣ Μαθητείας – Τεχνικός Αυτοκινήτων Οχημάτων",
        "transliteration": "Ptychio EPAS Mathiteias – Technikos Aftokiniton Ochimaton",
        "name_de": "Abschluss der Lehrlingsschule – Kraftfahrzeugtechniker/-in",
        "name_en": "Apprenticeship school degree – motor vehicle technician",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 24,
        "valid_from": "2014-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz 4186/2013 und die Bestimmungen der öffentlichen Arbeitsverwaltung über die "
            "Lehrlingsschulen (EPAS) in der Fachrichtung Kraftfahrzeugtechnik."
        ),
        "legal_basis_en": (
            "Law 4186/2013 and the public employment service's provisions on apprenticeship "
            "schools (EPAS) in the motor vehicle technology specialisation."
        ),
        "institutions_de": (
            "Träger sind die Lehrlingsschulen der öffentlichen Arbeitsverwaltung (früher OAED, "
            "heute DYPA), die Unterricht mit bezahlter Arbeit in Kfz-Werkstätten verbinden."
        ),
        "institutions_en": (
            "The providers are the apprenticeship schools of the public employment service "
            "(formerly OAED, now DYPA), which combine classes with paid work in motor vehicle "
            "workshops."
        ),
        "admission_de": (
            "Aufgenommen werden Jugendliche im Alter von 16 bis 23 Jahren nach der ersten Klasse "
            "des Lyzeums oder mit höherem Abschluss."
        ),
        "admission_en": (
            "Young people aged 16 to 23 are admitted after the first year of the lyceum or with a "
            "higher qualification."
        ),
        "summary_de": (
            "Die zweijährige Lehre ist die griechische Form der dualen Ausbildung und führt zu "
            "einem Abschluss der EQF-Stufe 4. Die Lernenden sind sozialversichert und erhalten "
            "eine Vergütung."
        ),
        "summary_en": (
            "The two-year apprenticeship is the Greek form of dual training and leads to a "
            "qualification at EQF level 4. Learners are covered by social insurance and receive "
            "pay."
        ),
        "learning_objectives_de": (
            "Die Lernenden warten und reparieren Pkw, prüfen Bremsen, Fahrwerk und Motorsteuerung "
            "und lesen Fehlerspeicher aus. Sie kennen die Abläufe der technischen "
            "Fahrzeugüberwachung (KTEO). Elektro- und Hybridfahrzeuge werden in jüngeren "
            "Lehrplänen berücksichtigt."
        ),
        "learning_objectives_en": (
            "Learners service and repair cars, check brakes, chassis and engine management and "
            "read fault memories. They know the procedures of the technical vehicle inspection "
            "(KTEO). Electric and hybrid vehicles are covered in more recent curricula."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 180},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 120},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 120},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 40},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 1500},
        ],
        "practical_de": (
            "Die Lernenden arbeiten vormittags an vier Tagen pro Woche in einer Werkstatt und "
            "besuchen nachmittags den Unterricht an der Lehrlingsschule."
        ),
        "practical_en": (
            "Learners work in a workshop four mornings a week and attend classes at the "
            "apprenticeship school in the afternoons."
        ),
        "examination_de": (
            "Nach Abschluss der Lehre legen die Absolventinnen und Absolventen eine "
            "Zertifizierungsprüfung der EOPPEP ab."
        ),
        "examination_en": (
            "After completing the apprenticeship, graduates take an EOPPEP certification "
            "examination."
        ),
        "certificate_de": (
            "Ausgestellt werden das Ptychio EPAS und nach bestandener Zertifizierung eine "
            "Bescheinigung der beruflichen Befähigung."
        ),
        "certificate_en": (
            "The Ptychio EPAS is issued and, after successful certification, a certificate of "
            "vocational competence."
        ),
    },
    {
        "key": "hr-elektroinstalater-jmo",
        "country": "HR",
        "original_name": "Elektroinstalater – svjedodžba o završnom ispitu (JMO)",
        "transliteration": "",
        "name_de": "Elektroinstallateur/-in – Abschlusszeugnis im einheitlichen Ausbildungsmodell",
        "name_en": "Electrical installer – final certificate in the unified training model",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2013-06-01",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz über die berufliche Bildung von 2009, Handwerksgesetz und der Rahmenlehrplan "
            "für den Handwerksberuf Elektroinstallateur im einheitlichen Ausbildungsmodell."
        ),
        "legal_basis_en": (
            "2009 Vocational Education and Training Act, the Crafts Act and the framework "
            "curriculum for the craft occupation of electrical installer in the unified training "
            "model."
        ),
        "institutions_de": (
            "Der theoretische Unterricht findet an einer Berufsschule statt, die praktische "
            "Ausbildung in einem von der Handwerkskammer lizenzierten Elektrobetrieb."
        ),
        "institutions_en": (
            "Theoretical instruction takes place at a vocational school and practical training in "
            "an electrical business licensed by the Chamber of Trades and Crafts."
        ),
        "admission_de": (
            "Voraussetzung sind der Abschluss der achtjährigen Grundschule, ein ärztliches "
            "Gutachten und ein Lehrvertrag mit einem lizenzierten Betrieb."
        ),
        "admission_en": (
            "Requirements are completion of the eight-year primary school, a medical report and an "
            "apprenticeship contract with a licensed business."
        ),
        "summary_de": (
            "Das einheitliche Ausbildungsmodell (JMO) ist die kroatische Form der dualen "
            "Ausbildung im Handwerk. Der Abschluss entspricht Stufe 4.1 des Kroatischen "
            "Qualifikationsrahmens."
        ),
        "summary_en": (
            "The unified training model (JMO) is the Croatian form of dual training in the crafts. "
            "The qualification corresponds to level 4.1 of the Croatian Qualifications Framework."
        ),
        "learning_objectives_de": (
            "Die Lernenden installieren Strom-, Licht- und Kommunikationsleitungen in Gebäuden, "
            "montieren Zähler- und Verteilerschränke und führen Prüfungen nach der Fertigstellung "
            "durch. Sie lesen Installationspläne und arbeiten nach den kroatischen technischen "
            "Vorschriften für Niederspannungsanlagen. Grundlagen der Gebäudeautomation und der "
            "Photovoltaik wurden in den Lehrplan aufgenommen."
        ),
        "learning_objectives_en": (
            "Learners install power, lighting and communication lines in buildings, fit meter and "
            "distribution cabinets and carry out tests after completion. They read installation "
            "plans and work according to Croatian technical regulations for low-voltage "
            "installations. The basics of building automation and photovoltaics have been added to "
            "the curriculum."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 175,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 245},
            {"de": "Messtechnik", "en": "Measurement technology", "hours": 70},
            {"de": "Kroatische Sprache", "en": "Croatian language", "hours": 210},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 1500},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 35},
        ],
        "practical_de": (
            "Ab dem zweiten Jahr verbringen die Lernenden den überwiegenden Teil der Woche im "
            "Ausbildungsbetrieb und führen ein Ausbildungsheft, das der Meister abzeichnet."
        ),
        "practical_en": (
            "From the second year, learners spend most of the week in the training company and "
            "keep a training record signed off by the master."
        ),
        "examination_de": (
            "Die Ausbildung endet mit einer Abschlussarbeit an der Schule und der Gesellenprüfung "
            "vor einer Kommission der Handwerkskammer."
        ),
        "examination_en": (
            "Training ends with a final project at school and the journeyman examination before a "
            "board of the Chamber of Trades and Crafts."
        ),
        "certificate_de": (
            "Ausgestellt werden das Zeugnis über den Abschluss der Berufsschule und das Zeugnis "
            "über die bestandene Gesellenprüfung (pomoćnički ispit)."
        ),
        "certificate_en": (
            "Learners receive the vocational school leaving certificate and the certificate of the "
            "passed journeyman examination (pomoćnički ispit)."
        ),
    },
    {
        "key": "hr-tehnicar-za-racunalstvo",
        "country": "HR",
        "original_name": "Tehničar za računalstvo – svjedodžba o završnom radu",
        "transliteration": "",
        "name_de": "Techniker/-in für Computertechnik",
        "name_en": "Computer technician",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3512",
        "field": "it",
        "reference_occupations": ["fachinformatiker-systemintegration", "it-system-elektroniker"],
        "duration_months": 48,
        "valid_from": "2014-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Lehrplan des Ministeriums für Wissenschaft und Bildung für das vierjährige Programm "
            "Techniker für Computertechnik im Sektor Elektrotechnik und Computertechnik."
        ),
        "legal_basis_en": (
            "Curriculum of the Ministry of Science and Education for the four-year computer "
            "technician programme in the electrical engineering and computing sector."
        ),
        "institutions_de": (
            "Unterrichtet wird an technischen und elektrotechnischen Schulen, zum Beispiel in "
            "Zagreb, Split oder Rijeka."
        ),
        "institutions_en": (
            "Teaching takes place at technical and electrical engineering schools, for example in "
            "Zagreb, Split or Rijeka."
        ),
        "admission_de": (
            "Die Aufnahme erfolgt über ein nationales Online-Verfahren nach den Noten der "
            "Grundschule und Zusatzpunkten für Mathematik und Physik."
        ),
        "admission_en": (
            "Admission is via a national online procedure based on primary school marks and "
            "additional points for mathematics and physics."
        ),
        "summary_de": (
            "Der vierjährige Bildungsgang bildet Technikerinnen und Techniker für Hardware, "
            "Netzwerke und einfache Softwareentwicklung aus. Absolventinnen und Absolventen können "
            "die staatliche Matura ablegen und studieren."
        ),
        "summary_en": (
            "The four-year programme trains technicians in hardware, networks and simple software "
            "development. Graduates can take the state matura and go on to study."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen montieren und konfigurieren Computer und Server, "
            "richten lokale Netzwerke ein und installieren Betriebssysteme. Sie programmieren "
            "einfache Anwendungen und Mikrocontroller und betreuen Anwenderinnen und Anwender. "
            "Betriebliche IT-Prozesse lernen sie nur im Praktikum kennen."
        ),
        "learning_objectives_en": (
            "Graduates assemble and configure computers and servers, set up local networks and "
            "install operating systems. They program simple applications and microcontrollers and "
            "support users. They only get to know business IT processes during their placement."
        ),
        "subjects": [
            {"de": "Programmierung", "en": "Programming", "hours": 210},
            {"de": "Netzwerktechnik", "en": "Network technology", "hours": 175},
            {"de": "Digitaltechnik", "en": "Digital electronics", "hours": 140},
            {"de": "Betriebssysteme", "en": "Operating systems", "hours": 105},
            {"de": "Mathematik", "en": "Mathematics", "hours": 420},
            {"de": "Englisch", "en": "English", "hours": 280},
        ],
        "practical_de": (
            "Die Schülerinnen und Schüler absolvieren im dritten Jahr ein Pflichtpraktikum von "
            "etwa 80 Stunden in einem IT-Unternehmen."
        ),
        "practical_en": (
            "In the third year, pupils complete a compulsory placement of about 80 hours in an IT "
            "company."
        ),
        "examination_de": (
            "Die Ausbildung endet mit einer praktischen Abschlussarbeit (završni rad), die vor "
            "einer schulischen Kommission verteidigt wird."
        ),
        "examination_en": (
            "Training ends with a practical final project (završni rad) that is defended before a "
            "school board."
        ),
        "certificate_de": (
            "Ausgestellt wird das Zeugnis über die Abschlussarbeit mit der Berufsbezeichnung "
            "Tehničar za računalstvo."
        ),
        "certificate_en": (
            "The certificate of the final project is issued with the occupational title Tehničar "
            "za računalstvo."
        ),
    },
    {
        "key": "hr-majstorska-diploma-grijanje",
        "country": "HR",
        "original_name": "Majstorska diploma – instalater grijanja i klimatizacije",
        "transliteration": "",
        "name_de": "Meisterdiplom – Installateur/-in für Heizungs- und Klimatechnik",
        "name_en": "Master craftsperson diploma – heating and air-conditioning installer",
        "qualification_type": "further_training",
        "isced": 4,
        "isco": "7126",
        "field": "construction",
        "reference_occupations": ["shk-meister", "anlagenmechaniker-shk"],
        "duration_months": 8,
        "valid_from": "2013-10-01",
        "valid_until": None,
        "legal_basis_de": (
            "Handwerksgesetz und die Verordnung über die Meisterprüfung, nach der die Kroatische "
            "Handwerkskammer Prüfungsordnung und Prüfungsprogramme erlässt."
        ),
        "legal_basis_en": (
            "Crafts Act and the regulation on the master examination, under which the Croatian "
            "Chamber of Trades and Crafts issues the examination rules and programmes."
        ),
        "institutions_de": (
            "Vorbereitungskurse bieten Volkshochschulen und Bildungszentren der Handwerkskammer "
            "an; die Prüfung organisiert die Kroatische Handwerkskammer."
        ),
        "institutions_en": (
            "Preparatory courses are offered by adult education centres and the chamber's training "
            "centres; the examination is organised by the Croatian Chamber of Trades and Crafts."
        ),
        "admission_de": (
            "Zugelassen werden Gesellen mit Gesellenprüfung und mindestens zwei Jahren "
            "Berufserfahrung oder Absolventen verwandter Berufe mit längerer Praxis."
        ),
        "admission_en": (
            "Journeymen with a journeyman examination and at least two years of work experience, "
            "or graduates of related occupations with longer experience, are admitted."
        ),
        "summary_de": (
            "Der Meisterbrief berechtigt zur selbstständigen Ausübung bestimmter Handwerke und zur "
            "Ausbildung von Lehrlingen. Er ist der Stufe 5 des Kroatischen Qualifikationsrahmens "
            "zugeordnet."
        ),
        "summary_en": (
            "The master craftsperson certificate entitles holders to practise certain crafts "
            "independently and to train apprentices. It is assigned to level 5 of the Croatian "
            "Qualifications Framework."
        ),
        "learning_objectives_de": (
            "Meisterinnen und Meister planen Heizungs-, Lüftungs- und Klimaanlagen für "
            "Wohngebäude, berechnen Heizlasten und wählen Anlagenkomponenten aus. Sie kalkulieren "
            "Angebote, führen einen Handwerksbetrieb und bilden Lehrlinge aus. Moderne "
            "Wärmepumpentechnik ist Bestandteil des Prüfungsprogramms."
        ),
        "learning_objectives_en": (
            "Master craftspeople plan heating, ventilation and air-conditioning systems for "
            "residential buildings, calculate heating loads and select system components. They "
            "prepare quotations, run a craft business and train apprentices. Modern heat pump "
            "technology is part of the examination programme."
        ),
        "subjects": [
            {"de": "Heizungstechnik", "en": "Heating technology", "hours": 60},
            {"de": "Klimatechnik", "en": "Air-conditioning technology", "hours": 40},
            {"de": "Betriebsführung", "en": "Business management", "hours": 50},
            {"de": "Berufspädagogik", "en": "Vocational pedagogy", "hours": 40},
            {"de": "Handwerksrecht", "en": "Crafts law", "hours": 20},
        ],
        "practical_de": (
            "Die praktische Kompetenz beruht auf der Berufserfahrung als Geselle; der "
            "Vorbereitungskurs enthält nur wenige praktische Übungen."
        ),
        "practical_en": (
            "Practical competence is based on work experience as a journeyman; the preparatory "
            "course includes only a few practical exercises."
        ),
        "examination_de": (
            "Die Meisterprüfung besteht aus einem praktischen Teil mit Meisterstück, einem "
            "fachtheoretischen Teil sowie Prüfungen in Betriebsführung und Berufspädagogik."
        ),
        "examination_en": (
            "The master examination consists of a practical part with a master piece, a technical "
            "theory part and examinations in business management and vocational pedagogy."
        ),
        "certificate_de": (
            "Die Kroatische Handwerkskammer stellt das Meisterdiplom (majstorska diploma) im Beruf "
            "Installateur für Heizungs- und Klimatechnik aus."
        ),
        "certificate_en": (
            "The Croatian Chamber of Trades and Crafts issues the master craftsperson diploma "
            "(majstorska diploma) in the occupation of heating and air-conditioning installer."
        ),
    },
    {
        "key": "ba-elektrotehnicar-energetike",
        "country": "BA",
        "original_name": "Диплома о завршеној средњој школи – електротехничар енергетике",
        "transliteration": "Diploma o završenoj srednjoj školi – elektrotehničar energetike",
        "name_de": (
            "Diplom der Mittelschule – Elektrotechniker/-in für Energietechnik (Republika Srpska)"
        ),
        "name_en": (
            "Secondary school diploma – electrical technician for power engineering (Republika "
            "Srpska)"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "3113",
        "field": "electrical",
        "reference_occupations": ["elektroniker-betriebstechnik"],
        "duration_months": 48,
        "valid_from": "2009-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz über die Mittelschulbildung der Republika Srpska und der Lehrplan des "
            "Republikanischen Pädagogischen Instituts für das Profil Elektrotechniker für "
            "Energietechnik."
        ),
        "legal_basis_en": (
            "Law on Secondary Education of Republika Srpska and the curriculum of the Republic "
            "Pedagogical Institute for the electrical technician for power engineering profile."
        ),
        "institutions_de": (
            "Ausgebildet wird an elektrotechnischen Schulen, etwa in Banja Luka, Bijeljina oder "
            "Doboj, mit Laboren für elektrische Maschinen und Anlagen."
        ),
        "institutions_en": (
            "Training takes place at electrical engineering schools, for example in Banja Luka, "
            "Bijeljina or Doboj, with laboratories for electrical machines and plants."
        ),
        "admission_de": (
            "Die Aufnahme setzt den Abschluss der neunjährigen Grundschule voraus; die Schulen "
            "vergeben die Plätze nach einer Rangliste aus Noten und Wettbewerbsergebnissen."
        ),
        "admission_en": (
            "Admission requires completion of the nine-year primary school; schools allocate "
            "places according to a ranking based on marks and competition results."
        ),
        "summary_de": (
            "Der vierjährige Bildungsgang bereitet auf Tätigkeiten in Elektrizitätswerken, "
            "Verteilnetzen und der Instandhaltung von Industrieanlagen vor. Er berechtigt zum "
            "Hochschulstudium."
        ),
        "summary_en": (
            "The four-year programme prepares learners for work in power plants, distribution "
            "networks and the maintenance of industrial plants. It gives access to higher "
            "education."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen warten Transformatoren, Schaltanlagen und "
            "elektrische Maschinen und führen Messungen in Verteilnetzen durch. Sie planen "
            "einfache Installationen und verstehen Schutz- und Steuerungstechnik. Die "
            "handwerkliche Routine bei Gebäudeinstallationen ist geringer als bei dreijährigen "
            "Berufsabschlüssen."
        ),
        "learning_objectives_en": (
            "Graduates maintain transformers, switchgear and electrical machines and carry out "
            "measurements in distribution networks. They plan simple installations and understand "
            "protection and control technology. Hands-on routine in building installations is less "
            "developed than with three-year vocational qualifications."
        ),
        "subjects": [
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 210},
            {"de": "Elektrische Anlagen", "en": "Electrical plants", "hours": 210},
            {"de": "Messtechnik", "en": "Measurement technology", "hours": 140},
            {"de": "Elektronik", "en": "Electronics", "hours": 140},
            {"de": "Mathematik", "en": "Mathematics", "hours": 420},
            {
                "de": "Serbische Sprache und Literatur",
                "en": "Serbian language and literature",
                "hours": 420,
            },
        ],
        "practical_de": (
            "Neben Laborübungen ist in jedem Schuljahr ein mehrwöchiges Praktikum in "
            "Elektrizitätsunternehmen oder Industriebetrieben vorgesehen."
        ),
        "practical_en": (
            "In addition to laboratory exercises, each school year includes a placement of several "
            "weeks in electricity companies or industrial enterprises."
        ),
        "examination_de": (
            "Die Ausbildung schließt mit der Matura ab, die eine Prüfung in Muttersprache, eine "
            "Fachprüfung und eine praktische Abschlussarbeit umfasst."
        ),
        "examination_en": (
            "Training ends with the matura, comprising an examination in the mother tongue, a "
            "subject examination and a practical final project."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom über die abgeschlossene Mittelschule in kyrillischer "
            "Schrift mit der Berufsbezeichnung електротехничар енергетике."
        ),
        "certificate_en": (
            "The secondary school diploma is issued in Cyrillic script with the occupational title "
            "електротехничар енергетике."
        ),
    },
    {
        "key": "ba-automehanicar",
        "country": "BA",
        "original_name": "Svjedočanstvo o završenoj srednjoj stručnoj školi – automehaničar",
        "transliteration": "",
        "name_de": (
            "Zeugnis der berufsbildenden Mittelschule – Kfz-Mechaniker/-in (Föderation Bosnien und "
            "Herzegowina)"
        ),
        "name_en": (
            "Vocational secondary school certificate – motor vehicle mechanic (Federation of "
            "Bosnia and Herzegovina)"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 36,
        "valid_from": "2010-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Schulgesetz des Kantons Sarajevo und der modularisierte Lehrplan für den Beruf "
            "Kfz-Mechaniker, der mit Unterstützung von EU-Berufsbildungsprogrammen entwickelt "
            "wurde."
        ),
        "legal_basis_en": (
            "School law of Sarajevo Canton and the modular curriculum for the motor vehicle "
            "mechanic occupation, developed with the support of EU vocational education programmes."
        ),
        "institutions_de": (
            "Der Beruf wird an gemischten Mittelschulen und Verkehrsschulen angeboten, deren "
            "Werkstätten teils mit Spenden von Fahrzeugherstellern ausgestattet sind."
        ),
        "institutions_en": (
            "The occupation is offered at mixed secondary schools and transport schools, whose "
            "workshops are partly equipped with donations from vehicle manufacturers."
        ),
        "admission_de": (
            "Aufgenommen werden Absolventinnen und Absolventen der neunjährigen Grundschule nach "
            "Notendurchschnitt."
        ),
        "admission_en": (
            "Graduates of the nine-year primary school are admitted according to their average "
            "marks."
        ),
        "summary_de": (
            "Die dreijährige Ausbildung vermittelt Wartung und Reparatur von Pkw auf "
            "Facharbeiterniveau. Eine anschließende vierte Klasse zum Techniker ist an einigen "
            "Schulen möglich."
        ),
        "summary_en": (
            "The three-year training covers car servicing and repair at skilled worker level. Some "
            "schools offer a subsequent fourth year leading to a technician qualification."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen zerlegen und montieren Motoren, Getriebe und "
            "Achsen, wechseln Bremsen und Kupplungen und prüfen Fahrzeuge auf Verkehrssicherheit. "
            "Sie verwenden einfache Diagnosegeräte und lesen Reparaturanleitungen. Die Arbeit an "
            "elektronischen Fahrzeugsystemen ist wenig ausgeprägt."
        ),
        "learning_objectives_en": (
            "Graduates dismantle and assemble engines, gearboxes and axles, replace brakes and "
            "clutches and check vehicles for roadworthiness. They use simple diagnostic equipment "
            "and read repair manuals. Work on electronic vehicle systems is not well developed."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 210},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 140},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 70},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 70},
            {
                "de": "Bosnische Sprache und Literatur",
                "en": "Bosnian language and literature",
                "hours": 280,
            },
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 900},
        ],
        "practical_de": (
            "Der praktische Unterricht findet in der Schulwerkstatt und in Vertragswerkstätten "
            "statt, mit denen die Schulen Kooperationsvereinbarungen schließen."
        ),
        "practical_en": (
            "Practical instruction takes place in the school workshop and in authorised garages "
            "with which the schools conclude cooperation agreements."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasst eine praktische Arbeit an einem Fahrzeug und eine "
            "mündliche Prüfung in den Fachfächern."
        ),
        "examination_en": (
            "The final examination comprises a practical task on a vehicle and an oral examination "
            "in the vocational subjects."
        ),
        "certificate_de": (
            "Die Schule stellt das Zeugnis über die abgeschlossene berufsbildende Mittelschule mit "
            "dem Beruf automehaničar aus."
        ),
        "certificate_en": (
            "The school issues the vocational secondary school certificate with the occupation "
            "automehaničar."
        ),
    },
    {
        "key": "ba-stolar",
        "country": "BA",
        "original_name": "Svjedodžba o završnom ispitu – stolar",
        "transliteration": "",
        "name_de": "Zeugnis über die Abschlussprüfung – Tischler/-in (Bosnien und Herzegowina)",
        "name_en": "Final examination certificate – joiner (Bosnia and Herzegovina)",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7522",
        "field": "crafts_design",
        "reference_occupations": ["tischler"],
        "duration_months": 36,
        "valid_from": "2011-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Schulgesetz des Kantons Herzegowina-Neretva und der Lehrplan für den Beruf Tischler "
            "im Bereich Holzverarbeitung."
        ),
        "legal_basis_en": (
            "School law of Herzegovina-Neretva Canton and the curriculum for the joiner occupation "
            "in the woodworking sector."
        ),
        "institutions_de": (
            "Die Ausbildung findet an Mittelschulen für Holzverarbeitung statt, die über "
            "Maschinenräume mit Kreissägen, Hobelmaschinen und CNC-Bearbeitungszentren verfügen."
        ),
        "institutions_en": (
            "Training takes place at woodworking secondary schools with machine rooms equipped "
            "with circular saws, planing machines and CNC machining centres."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss der neunjährigen Grundschule; die körperliche Eignung "
            "wird ärztlich bestätigt."
        ),
        "admission_en": (
            "Completion of the nine-year primary school is required; physical fitness is confirmed "
            "by a doctor."
        ),
        "summary_de": (
            "Die Holzverarbeitung hat in Bosnien und Herzegowina große wirtschaftliche Bedeutung, "
            "entsprechend verbreitet ist der Beruf des Tischlers. Die Ausbildung verbindet "
            "Möbelbau mit Bau- und Innenausbauarbeiten."
        ),
        "summary_en": (
            "Woodworking is of great economic importance in Bosnia and Herzegovina, and the joiner "
            "occupation is correspondingly widespread. Training combines furniture making with "
            "joinery for buildings and interior fitting."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen fertigen Möbel, Türen und Fenster aus Massivholz "
            "und Plattenwerkstoffen, bedienen Holzbearbeitungsmaschinen und behandeln Oberflächen. "
            "Sie lesen Zeichnungen, erstellen Stücklisten und montieren Einbauten beim Kunden. Die "
            "Programmierung von CNC-Maschinen wird in Grundzügen vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates make furniture, doors and windows from solid wood and board materials, "
            "operate woodworking machines and finish surfaces. They read drawings, prepare parts "
            "lists and install fitted units at customers' premises. CNC programming is taught in "
            "outline."
        ),
        "subjects": [
            {"de": "Holztechnik", "en": "Wood technology", "hours": 175},
            {"de": "Möbelbau", "en": "Furniture making", "hours": 210},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 105},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 70},
            {"de": "Kroatische Sprache", "en": "Croatian language", "hours": 280},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 900},
        ],
        "practical_de": (
            "Ab dem zweiten Jahr arbeiten die Lernenden an einem Tag pro Woche in Möbel- und "
            "Tischlereibetrieben der Region."
        ),
        "practical_en": (
            "From the second year, learners work one day a week in furniture and joinery "
            "businesses in the region."
        ),
        "examination_de": (
            "Die Abschlussprüfung besteht aus der Anfertigung eines Möbelstücks nach Zeichnung und "
            "einer mündlichen Prüfung."
        ),
        "examination_en": (
            "The final examination consists of making a piece of furniture from a drawing and an "
            "oral examination."
        ),
        "certificate_de": (
            "Ausgestellt wird die Svjedodžba o završnom ispitu mit der Berufsbezeichnung stolar."
        ),
        "certificate_en": (
            "The Svjedodžba o završnom ispitu is issued with the occupational title stolar."
        ),
    },
    {
        "key": "rs-bravar-zavarivac",
        "country": "RS",
        "original_name": "Диплома о стеченом средњем образовању – бравар-заваривач",
        "transliteration": "Diploma o stečenom srednjem obrazovanju – bravar-zavarivač",
        "name_de": "Diplom der Mittelschulbildung – Schlosser/-in und Schweißer/-in",
        "name_en": "Secondary education diploma – metalworker and welder",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7214",
        "field": "metal",
        "reference_occupations": ["metallbauer-konstruktionstechnik", "konstruktionsmechaniker"],
        "duration_months": 36,
        "valid_from": "2014-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Lehrplan des Instituts zur Verbesserung von Bildung und Erziehung für das "
            "Bildungsprofil Schlosser-Schweißer im Bereich Maschinenbau und Metallverarbeitung."
        ),
        "legal_basis_en": (
            "Curriculum of the Institute for the Improvement of Education for the "
            "metalworker-welder profile in the mechanical engineering and metalworking sector."
        ),
        "institutions_de": (
            "Angeboten wird das Profil an technischen Schulen und Berufsschulen, die häufig mit "
            "Metallbau- und Landmaschinenherstellern zusammenarbeiten."
        ),
        "institutions_en": (
            "The profile is offered at technical and vocational schools, which often cooperate "
            "with metal construction and agricultural machinery manufacturers."
        ),
        "admission_de": (
            "Aufgenommen wird nach der achtjährigen Grundschule auf Grundlage der Abschlussprüfung "
            "und der Noten."
        ),
        "admission_en": (
            "Admission follows the eight-year primary school on the basis of the final examination "
            "and marks."
        ),
        "summary_de": (
            "Das dreijährige Profil verbindet Arbeiten des Metallbaus mit verschiedenen "
            "Schweißverfahren. Es wird in Serbien auch im dualen Modell angeboten."
        ),
        "summary_en": (
            "This three-year profile combines metal construction work with various welding "
            "processes. In Serbia, it is also offered in the dual model."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen fertigen Geländer, Tore und Stahlkonstruktionen, "
            "schneiden und biegen Profile und verbinden sie durch Schweißen, Schrauben und Nieten. "
            "Sie schweißen im MAG- und E-Hand-Verfahren und prüfen Schweißnähte visuell. Die "
            "Ausbildung bereitet auf eine Schweißerprüfung nach europäischer Norm vor, die separat "
            "abgelegt wird."
        ),
        "learning_objectives_en": (
            "Graduates make railings, gates and steel structures, cut and bend profiles and join "
            "them by welding, bolting and riveting. They weld using MAG and manual metal arc "
            "processes and inspect welds visually. Training prepares them for a welder "
            "qualification test to European standards, which is taken separately."
        ),
        "subjects": [
            {"de": "Schweißtechnik", "en": "Welding technology", "hours": 140},
            {"de": "Stahlbau", "en": "Steel construction", "hours": 105},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 105},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 70},
            {
                "de": "Serbische Sprache und Literatur",
                "en": "Serbian language and literature",
                "hours": 315,
            },
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1000},
        ],
        "practical_de": (
            "Der Praxisunterricht findet in Schulwerkstätten und Betrieben statt und umfasst im "
            "dritten Jahr die Hälfte der Unterrichtszeit."
        ),
        "practical_en": (
            "Practical instruction takes place in school workshops and companies and accounts for "
            "half of teaching time in the third year."
        ),
        "examination_de": (
            "Die Abschlussprüfung besteht aus einer praktischen Arbeit, etwa einem geschweißten "
            "Rahmen nach Zeichnung, und einer mündlichen Prüfung."
        ),
        "examination_en": (
            "The final examination consists of a practical task, such as a welded frame made to a "
            "drawing, and an oral examination."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom über die erworbene Mittelschulbildung mit dem "
            "Bildungsprofil бравар-заваривач."
        ),
        "certificate_en": (
            "The secondary education diploma is issued with the educational profile "
            "бравар-заваривач."
        ),
    },
    {
        "key": "rs-tehnicar-mehatronike-dual",
        "country": "RS",
        "original_name": (
            "Диплома о стеченом средњем образовању – техничар мехатронике (дуални модел)"
        ),
        "transliteration": (
            "Diploma o stečenom srednjem obrazovanju – tehničar mehatronike (dualni model)"
        ),
        "name_de": "Diplom der Mittelschulbildung – Mechatroniktechniker/-in (duales Modell)",
        "name_en": "Secondary education diploma – mechatronics technician (dual model)",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "",
        "field": "metal",
        "reference_occupations": ["mechatroniker"],
        "duration_months": 48,
        "valid_from": "2019-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz über die duale Bildung von 2017 und der Lehrplan für das Bildungsprofil "
            "Mechatroniktechniker im Bereich Maschinenbau."
        ),
        "legal_basis_en": (
            "2017 Law on Dual Education and the curriculum for the mechatronics technician profile "
            "in the mechanical engineering sector."
        ),
        "institutions_de": (
            "Die Lernenden besuchen eine technische Schule und werden in einem akkreditierten "
            "Unternehmen ausgebildet, häufig bei internationalen Automobilzulieferern."
        ),
        "institutions_en": (
            "Learners attend a technical school and are trained in an accredited company, often "
            "with international automotive suppliers."
        ),
        "admission_de": (
            "Neben der Aufnahme an der Schule ist ein Lernvertrag mit einem von der "
            "Wirtschaftskammer akkreditierten Unternehmen erforderlich."
        ),
        "admission_en": (
            "In addition to admission to the school, a learning contract with a company accredited "
            "by the Chamber of Commerce is required."
        ),
        "summary_de": (
            "Das vierjährige Profil verbindet die Technikerausbildung mit zunehmenden Praxisphasen "
            "im Betrieb. Die Lernenden erhalten eine Vergütung und sind während der betrieblichen "
            "Ausbildung versichert."
        ),
        "summary_en": (
            "This four-year profile combines technician training with increasing periods of "
            "practice in the company. Learners receive pay and are insured during in-company "
            "training."
        ),
        "learning_objectives_de": (
            "Die Lernenden montieren und warten automatisierte Fertigungsanlagen, programmieren "
            "Steuerungen und Industrieroboter und analysieren Störungen. Sie lesen elektrische, "
            "pneumatische und hydraulische Schaltpläne. Die Inhalte orientieren sich an den "
            "Bedürfnissen der beteiligten Unternehmen."
        ),
        "learning_objectives_en": (
            "Learners assemble and maintain automated production systems, program controllers and "
            "industrial robots and analyse faults. They read electrical, pneumatic and hydraulic "
            "circuit diagrams. The content reflects the needs of the participating companies."
        ),
        "subjects": [
            {"de": "Mechatronische Systeme", "en": "Mechatronic systems", "hours": 210},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 175},
            {"de": "Hydraulik und Pneumatik", "en": "Hydraulics and pneumatics", "hours": 105},
            {"de": "Elektronik", "en": "Electronics", "hours": 140},
            {"de": "Mathematik", "en": "Mathematics", "hours": 420},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 1200},
        ],
        "practical_de": (
            "Der Anteil des Lernens am Arbeitsplatz steigt von etwa einem Viertel im ersten Jahr "
            "auf über die Hälfte im vierten Jahr."
        ),
        "practical_en": (
            "The share of work-based learning rises from about a quarter in the first year to more "
            "than half in the fourth year."
        ),
        "examination_de": (
            "Die Ausbildung endet mit der beruflichen Matura, deren praktischer Teil unter "
            "Beteiligung von Unternehmensvertretern bewertet wird."
        ),
        "examination_en": (
            "Training ends with the vocational matura, whose practical part is assessed with the "
            "participation of company representatives."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom über die erworbene Mittelschulbildung mit dem Vermerk "
            "über die duale Ausbildung."
        ),
        "certificate_en": (
            "The secondary education diploma is issued with a note on the dual training."
        ),
    },
    {
        "key": "rs-stomatoloska-sestra-tehnicar",
        "country": "RS",
        "original_name": "Диплома о стеченом средњем образовању – стоматолошка сестра-техничар",
        "transliteration": "Diploma o stečenom srednjem obrazovanju – stomatološka sestra-tehničar",
        "name_de": (
            "Diplom der Mittelschulbildung – zahnmedizinische Assistenzkraft (stomatološka "
            "sestra-tehničar)"
        ),
        "name_en": "Secondary education diploma – dental nurse technician",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3251",
        "field": "health_care",
        "reference_occupations": ["zahnmedizinische-fachangestellte"],
        "duration_months": 48,
        "valid_from": "2012-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Lehrplan für das Bildungsprofil zahnmedizinische Schwester/Techniker im Bereich "
            "Gesundheit und Soziales, erlassen vom Bildungsministerium."
        ),
        "legal_basis_en": (
            "Curriculum for the dental nurse technician profile in the health and social care "
            "sector, issued by the Ministry of Education."
        ),
        "institutions_de": (
            "Die Ausbildung findet an medizinischen Mittelschulen statt, die mit "
            "Gesundheitszentren und zahnmedizinischen Fakultäten kooperieren."
        ),
        "institutions_en": (
            "Training takes place at medical secondary schools that cooperate with health centres "
            "and faculties of dentistry."
        ),
        "admission_de": (
            "Aufgenommen wird nach der Grundschule mit hohen Notenanforderungen, da medizinische "
            "Profile stark nachgefragt sind."
        ),
        "admission_en": (
            "Admission after primary school requires high marks, as medical profiles are in great "
            "demand."
        ),
        "summary_de": (
            "Das vierjährige Profil bildet Assistenzkräfte für zahnärztliche Praxen und Kliniken "
            "aus. Absolventinnen und Absolventen müssen vor der Berufsausübung eine staatliche "
            "Fachprüfung ablegen."
        ),
        "summary_en": (
            "This four-year profile trains assistants for dental practices and clinics. Graduates "
            "must pass a state professional examination before practising."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen bereiten Behandlungen vor, assistieren bei "
            "konservierenden und chirurgischen Eingriffen und sterilisieren Instrumente. Sie "
            "führen Patientenakten, fertigen unter Aufsicht Röntgenaufnahmen an und leiten zur "
            "Mundhygiene an. Abrechnung und Praxisverwaltung spielen eine geringere Rolle als in "
            "der deutschen ZFA-Ausbildung."
        ),
        "learning_objectives_en": (
            "Graduates prepare treatments, assist with restorative and surgical procedures and "
            "sterilise instruments. They keep patient records, take X-rays under supervision and "
            "instruct patients in oral hygiene. Billing and practice administration play a smaller "
            "role than in German dental assistant training."
        ),
        "subjects": [
            {"de": "Zahnmedizinische Assistenz", "en": "Dental chairside assistance", "hours": 280},
            {"de": "Anatomie", "en": "Anatomy", "hours": 140},
            {"de": "Hygiene", "en": "Hygiene", "hours": 105},
            {"de": "Latein", "en": "Latin", "hours": 70},
            {"de": "Erste Hilfe", "en": "First aid", "hours": 70},
            {
                "de": "Serbische Sprache und Literatur",
                "en": "Serbian language and literature",
                "hours": 420,
            },
        ],
        "practical_de": (
            "Die praktische Ausbildung findet ab der zweiten Klasse in zahnärztlichen Abteilungen "
            "von Gesundheitszentren statt, wo die Lernenden unter Aufsicht am Behandlungsstuhl "
            "assistieren."
        ),
        "practical_en": (
            "From the second year, practical training takes place in the dental departments of "
            "health centres, where learners assist at the chair under supervision."
        ),
        "examination_de": (
            "Die berufliche Matura umfasst eine praktische Prüfung in einer zahnärztlichen "
            "Einrichtung; vor der Berufsausübung folgt nach einem Praxisjahr die staatliche "
            "Fachprüfung."
        ),
        "examination_en": (
            "The vocational matura includes a practical examination in a dental facility; before "
            "practising, the state professional examination follows after a year of practice."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom über die erworbene Mittelschulbildung mit dem Profil "
            "стоматолошка сестра-техничар."
        ),
        "certificate_en": (
            "The secondary education diploma is issued with the profile стоматолошка "
            "сестра-техничар."
        ),
    },
    {
        "key": "xk-instalues-elektricitetit",
        "country": "XK",
        "original_name": "Diplomë e shkollës së mesme profesionale – Instalues i elektricitetit",
        "transliteration": "",
        "name_de": "Diplom der beruflichen Oberschule – Elektroinstallateur/-in (Kosovo)",
        "name_en": "Vocational upper secondary school diploma – electrical installer (Kosovo)",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2014-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz Nr. 04/L-138 über Berufsbildung und Erwachsenenbildung und der Kernlehrplan "
            "für das Profil Elektroinstallateur."
        ),
        "legal_basis_en": (
            "Law No. 04/L-138 on Vocational Education and Training and Adult Education and the "
            "core curriculum for the electrical installer profile."
        ),
        "institutions_de": (
            "Unterrichtet wird an technischen beruflichen Oberschulen, unter anderem in Prishtina, "
            "Prizren und Ferizaj, teils mit Werkstätten aus internationalen Förderprojekten."
        ),
        "institutions_en": (
            "Teaching takes place at technical vocational upper secondary schools, including in "
            "Prishtina, Prizren and Ferizaj, some with workshops funded by international projects."
        ),
        "admission_de": (
            "Aufgenommen werden Absolventinnen und Absolventen der neunten Klasse nach einem Test "
            "und den Noten der unteren Sekundarstufe."
        ),
        "admission_en": (
            "Ninth-grade graduates are admitted on the basis of a test and their lower secondary "
            "marks."
        ),
        "summary_de": (
            "Das dreijährige Programm der Klassen 10 bis 12 führt zu einem Abschluss der Stufe 4 "
            "des Nationalen Qualifikationsrahmens. Viele Absolventinnen und Absolventen legen "
            "anschließend die staatliche Matura ab."
        ),
        "summary_en": (
            "The three-year programme covering grades 10 to 12 leads to a qualification at level 4 "
            "of the National Qualifications Framework. Many graduates then take the state matura."
        ),
        "learning_objectives_de": (
            "Die Lernenden installieren Leitungen, Schalter, Steckdosen und Verteilungen in "
            "Wohngebäuden und schließen einfache Motoren an. Sie messen elektrische Größen und "
            "suchen Fehler. Die Anforderungen lehnen sich an europäische Normen an, die "
            "Ausstattung der Schulwerkstätten ist jedoch unterschiedlich."
        ),
        "learning_objectives_en": (
            "Learners install wiring, switches, sockets and distribution boards in residential "
            "buildings and connect simple motors. They measure electrical quantities and "
            "troubleshoot faults. The requirements are modelled on European standards, but the "
            "equipment of school workshops varies."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 175,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 210},
            {"de": "Messtechnik", "en": "Measurement technology", "hours": 70},
            {
                "de": "Albanische Sprache und Literatur",
                "en": "Albanian language and literature",
                "hours": 315,
            },
            {"de": "Mathematik", "en": "Mathematics", "hours": 315},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 500},
        ],
        "practical_de": (
            "Ein mehrwöchiges betriebliches Praktikum ist vorgesehen, hängt aber stark von der "
            "Verfügbarkeit geeigneter Betriebe ab."
        ),
        "practical_en": (
            "A company placement of several weeks is planned but depends heavily on the "
            "availability of suitable businesses."
        ),
        "examination_de": (
            "Am Ende steht eine Abschlussprüfung der Schule mit praktischem Teil; die staatliche "
            "Matura wird zusätzlich zentral abgelegt."
        ),
        "examination_en": (
            "The programme ends with a school final examination including a practical part; the "
            "state matura is taken centrally in addition."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom der beruflichen Oberschule in albanischer Sprache mit "
            "Angabe des Profils und der Qualifikationsstufe."
        ),
        "certificate_en": (
            "The vocational upper secondary school diploma is issued in Albanian, stating the "
            "profile and qualification level."
        ),
    },
    {
        "key": "xk-instalues-ujesjellesit-ngrohjes",
        "country": "XK",
        "original_name": (
            "Diplomë e shkollës së mesme profesionale – Instalues i ujësjellësit dhe ngrohjes "
            "qendrore"
        ),
        "transliteration": "",
        "name_de": (
            "Diplom der beruflichen Oberschule – Installateur/-in für Wasserversorgung und "
            "Zentralheizung"
        ),
        "name_en": (
            "Vocational upper secondary school diploma – water supply and central heating installer"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7126",
        "field": "construction",
        "reference_occupations": ["anlagenmechaniker-shk"],
        "duration_months": 36,
        "valid_from": "2015-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Kernlehrplan des Bildungsministeriums für das Profil Installateur für "
            "Wasserversorgung und Zentralheizung, validiert von der Nationalen "
            "Qualifikationsbehörde."
        ),
        "legal_basis_en": (
            "Ministry of Education core curriculum for the water supply and central heating "
            "installer profile, validated by the National Qualifications Authority."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt an beruflichen Oberschulen und an Kompetenzzentren, die über "
            "Lehrwerkstätten für Haustechnik verfügen."
        ),
        "institutions_en": (
            "Training takes place at vocational upper secondary schools and at centres of "
            "competence with training workshops for building services."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss der neunten Klasse; eine Mindestpunktzahl im "
            "Aufnahmetest legt die Schule fest."
        ),
        "admission_en": (
            "Completion of the ninth grade is required; the school sets a minimum score in the "
            "admission test."
        ),
        "summary_de": (
            "Das Programm bereitet auf die Installation von Wasserleitungen, Sanitäranlagen und "
            "Zentralheizungen in Wohngebäuden vor. Es verbindet schulischen Unterricht mit Übungen "
            "im Kompetenzzentrum."
        ),
        "summary_en": (
            "The programme prepares learners for installing water pipes, sanitary facilities and "
            "central heating in residential buildings. It combines classroom teaching with "
            "exercises at the centre of competence."
        ),
        "learning_objectives_de": (
            "Die Lernenden verlegen Wasser- und Abwasserleitungen aus Kunststoff und Kupfer, "
            "montieren Sanitärobjekte und installieren Heizkessel und Heizkörper. Sie lesen "
            "Installationspläne und berechnen Rohrdurchmesser. Gasinstallationen und "
            "Regelungstechnik werden nur am Rande behandelt."
        ),
        "learning_objectives_en": (
            "Learners lay plastic and copper water and waste water pipes, fit sanitary fixtures "
            "and install boilers and radiators. They read installation plans and calculate pipe "
            "diameters. Gas installations and control technology are covered only marginally."
        ),
        "subjects": [
            {"de": "Sanitärtechnik", "en": "Sanitary engineering", "hours": 175},
            {"de": "Heizungstechnik", "en": "Heating technology", "hours": 175},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 105},
            {
                "de": "Albanische Sprache und Literatur",
                "en": "Albanian language and literature",
                "hours": 315,
            },
            {"de": "Mathematik", "en": "Mathematics", "hours": 315},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 560},
        ],
        "practical_de": (
            "Die Lernenden üben in der Lehrwerkstatt an Installationswänden und absolvieren im "
            "letzten Jahr ein Praktikum bei Installationsbetrieben."
        ),
        "practical_en": (
            "Learners practise on installation walls in the training workshop and complete a "
            "placement with installation companies in the final year."
        ),
        "examination_de": (
            "Die Abschlussprüfung besteht aus einer praktischen Installationsaufgabe und einem "
            "schriftlichen Test zu Fachtheorie und Arbeitssicherheit."
        ),
        "examination_en": (
            "The final examination consists of a practical installation task and a written test on "
            "trade theory and occupational safety."
        ),
        "certificate_de": (
            "Die Schule stellt das Diplom mit dem Profil Instalues i ujësjellësit dhe ngrohjes "
            "qendrore und der Stufe 4 des Nationalen Qualifikationsrahmens aus."
        ),
        "certificate_en": (
            "The school issues the diploma with the profile Instalues i ujësjellësit dhe ngrohjes "
            "qendrore and level 4 of the National Qualifications Framework."
        ),
    },
    {
        "key": "xk-teknik-ndertimtarise",
        "country": "XK",
        "original_name": "Diplomë e shkollës së mesme profesionale – Teknik i ndërtimtarisë",
        "transliteration": "",
        "name_de": "Diplom der beruflichen Oberschule – Bautechniker/-in",
        "name_en": "Vocational upper secondary school diploma – construction technician",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3112",
        "field": "construction",
        "reference_occupations": ["maurer"],
        "duration_months": 36,
        "valid_from": "2016-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Kernlehrplan für das Profil Bautechniker auf Grundlage des Gesetzes über nationale "
            "Qualifikationen und der Berufsstandards für den Bausektor."
        ),
        "legal_basis_en": (
            "Core curriculum for the construction technician profile based on the Law on National "
            "Qualifications and the occupational standards for the construction sector."
        ),
        "institutions_de": (
            "Der Bildungsgang wird an bautechnischen Schulen angeboten, etwa in Prishtina, mit "
            "Zeichensälen und einer kleinen Bauwerkstatt."
        ),
        "institutions_en": (
            "The programme is offered at construction technical schools, for example in Prishtina, "
            "with drawing rooms and a small building workshop."
        ),
        "admission_de": (
            "Aufgenommen werden Absolventinnen und Absolventen der neunten Klasse mit guten Noten "
            "in Mathematik."
        ),
        "admission_en": "Ninth-grade graduates with good marks in mathematics are admitted.",
        "summary_de": (
            "Das Profil bildet Technikerinnen und Techniker für Bauplanung, Bauleitung und "
            "Vermessung aus. Handwerkliche Fertigkeiten wie Mauern werden nur in Grundzügen geübt, "
            "sodass der Vergleich mit dem Maurerberuf nur teilweise passt."
        ),
        "summary_en": (
            "This profile trains technicians for construction planning, site management and "
            "surveying. Craft skills such as bricklaying are practised only in outline, so the "
            "comparison with the bricklayer occupation is only partly appropriate."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen erstellen Baupläne mit CAD, berechnen Massen und "
            "Kosten und wirken bei Vermessung und Bauüberwachung mit. Sie kennen Baustoffe, "
            "Tragwerke und einfache Statik. Praktische Bauarbeiten wie Mauern und Betonieren üben "
            "sie in kleinerem Umfang."
        ),
        "learning_objectives_en": (
            "Graduates produce construction drawings with CAD, calculate quantities and costs and "
            "assist with surveying and site supervision. They know building materials, "
            "load-bearing structures and simple structural analysis. They practise hands-on "
            "building work such as bricklaying and concreting to a lesser extent."
        ),
        "subjects": [
            {"de": "Baukonstruktion", "en": "Building construction", "hours": 210},
            {"de": "Bauzeichnen", "en": "Construction drawing", "hours": 175},
            {"de": "Mauerwerksbau", "en": "Masonry", "hours": 70},
            {"de": "Vermessungskunde", "en": "Surveying", "hours": 105},
            {"de": "Mathematik", "en": "Mathematics", "hours": 350},
            {
                "de": "Albanische Sprache und Literatur",
                "en": "Albanian language and literature",
                "hours": 315,
            },
        ],
        "practical_de": (
            "Die Lernenden absolvieren Baustellenpraktika bei Bauunternehmen und kommunalen "
            "Bauämtern, deren Dauer je nach Schule variiert."
        ),
        "practical_en": (
            "Learners complete site placements with construction companies and municipal building "
            "departments, the length of which varies by school."
        ),
        "examination_de": (
            "Die Abschlussprüfung der Schule umfasst eine Projektarbeit zu einem kleinen Gebäude, "
            "die mündlich verteidigt wird."
        ),
        "examination_en": (
            "The school final examination comprises a project on a small building, which is "
            "defended orally."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom der beruflichen Oberschule mit der Bezeichnung Teknik i "
            "ndërtimtarisë."
        ),
        "certificate_en": (
            "The vocational upper secondary school diploma is issued with the title Teknik i "
            "ndërtimtarisë."
        ),
    },
    {
        "key": "ua-elektromonter",
        "country": "UA",
        "original_name": "Електромонтер з ремонту та обслуговування електроустаткування",
        "transliteration": "Elektromonter z remontu ta obsluhovuvannia elektroustatkuvannia",
        "name_de": "Elektromonteur/-in für Reparatur und Wartung elektrischer Ausrüstung",
        "name_en": "Electrician for the repair and maintenance of electrical equipment",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7412",
        "field": "electrical",
        "reference_occupations": ["elektroniker-betriebstechnik"],
        "duration_months": 36,
        "valid_from": "2017-06-20",
        "valid_until": None,
        "legal_basis_de": (
            "Staatlicher Standard der beruflichen Bildung für den Beruf Elektromonteur für "
            "Reparatur und Wartung elektrischer Ausrüstung, erlassen vom Ministerium für Bildung "
            "und Wissenschaft."
        ),
        "legal_basis_en": (
            "State standard of vocational education for the occupation of electrician for the "
            "repair and maintenance of electrical equipment, issued by the Ministry of Education "
            "and Science."
        ),
        "institutions_de": (
            "Ausgebildet wird an berufstechnischen Lyzeen und Berufsbildungszentren, die oft mit "
            "Energieversorgern oder Industriebetrieben kooperieren."
        ),
        "institutions_en": (
            "Training is provided at vocational lyceums and vocational training centres, which "
            "often cooperate with energy suppliers or industrial companies."
        ),
        "admission_de": (
            "Aufgenommen werden Jugendliche nach der neunten Klasse, die zugleich die vollständige "
            "Sekundarbildung erwerben, oder nach der elften Klasse mit verkürzter Ausbildung."
        ),
        "admission_en": (
            "Young people are admitted after the ninth grade, acquiring complete secondary "
            "education at the same time, or after the eleventh grade with a shortened training "
            "period."
        ),
        "summary_de": (
            "Die Ausbildung qualifiziert für die Wartung und Instandsetzung elektrischer "
            "Maschinen, Schaltanlagen und Beleuchtungsanlagen in Betrieben. Die erreichte Stufe "
            "wird als Qualifikationsgrad angegeben, meist der 3. oder 4. Grad."
        ),
        "summary_en": (
            "The training qualifies holders to maintain and repair electrical machines, switchgear "
            "and lighting systems in companies. The level attained is stated as a qualification "
            "grade, usually the 3rd or 4th grade."
        ),
        "learning_objectives_de": (
            "Die Lernenden demontieren, prüfen und reparieren Elektromotoren, Transformatoren und "
            "Schaltgeräte und verlegen Kabel in Industrieanlagen. Sie arbeiten nach den "
            "ukrainischen Vorschriften für den Betrieb elektrischer Anlagen und erwerben eine "
            "Gruppe für elektrische Sicherheit. Speicherprogrammierbare Steuerungen werden nur "
            "einführend behandelt."
        ),
        "learning_objectives_en": (
            "Learners dismantle, test and repair electric motors, transformers and switchgear and "
            "lay cables in industrial plants. They work according to Ukrainian regulations for "
            "operating electrical installations and obtain an electrical safety group. PLCs are "
            "only introduced."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 136,
            },
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 119},
            {"de": "Elektromaterialkunde", "en": "Electrical materials", "hours": 51},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 51},
            {
                "de": "Betriebliche Produktionspraxis",
                "en": "In-company production practice",
                "hours": 420,
            },
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 34},
        ],
        "practical_de": (
            "Nach dem Werkstattunterricht folgt eine mehrmonatige betriebliche Produktionspraxis, "
            "in der die Lernenden an einem regulären Arbeitsplatz eingesetzt werden."
        ),
        "practical_en": (
            "Workshop training is followed by several months of in-company production practice in "
            "which learners work at a regular workplace."
        ),
        "examination_de": (
            "Die staatliche Qualifikationsprüfung besteht aus einer praktischen "
            "Qualifikationsarbeit und einer Prüfung in Fachtheorie vor einer Kommission mit "
            "Arbeitgebervertretern."
        ),
        "examination_en": (
            "The state qualification examination consists of a practical qualification task and a "
            "trade theory examination before a board that includes employer representatives."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom eines qualifizierten Arbeiters (диплом кваліфікованого "
            "робітника) mit Angabe von Beruf und Qualifikationsgrad."
        ),
        "certificate_en": (
            "The skilled worker diploma (диплом кваліфікованого робітника) is issued, stating the "
            "occupation and qualification grade."
        ),
    },
    {
        "key": "ua-sliusar-vodii-kategoriia-c",
        "country": "UA",
        "original_name": (
            "Слюсар з ремонту колісних транспортних засобів; водій автотранспортних засобів "
            "категорії «C»"
        ),
        "transliteration": (
            "Sliusar z remontu kolisnykh transportnykh zasobiv; vodii avtotransportnykh zasobiv "
            "katehorii «C»"
        ),
        "name_de": (
            "Schlosser/-in für die Reparatur von Radfahrzeugen und Kraftfahrer/-in der Klasse C"
        ),
        "name_en": "Mechanic for the repair of wheeled vehicles and driver of category C vehicles",
        "qualification_type": "school",
        "isced": 3,
        "isco": "8332",
        "field": "transport_logistics",
        "reference_occupations": ["berufskraftfahrer", "kfz-mechatroniker"],
        "duration_months": 36,
        "valid_from": "2016-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Staatliche Standards der beruflichen Bildung für die kombinierten Berufe "
            "Reparaturschlosser für Radfahrzeuge und Kraftfahrer sowie die Verordnung über die "
            "Ausbildung von Kraftfahrern."
        ),
        "legal_basis_en": (
            "State standards of vocational education for the combined occupations of wheeled "
            "vehicle repair mechanic and driver, and the regulation on driver training."
        ),
        "institutions_de": (
            "Die Ausbildung findet an berufstechnischen Lyzeen mit eigener Fahrschulabteilung "
            "statt, die Lastkraftwagen und Übungsplätze betreiben."
        ),
        "institutions_en": (
            "Training takes place at vocational lyceums with their own driving school department "
            "that operate lorries and practice grounds."
        ),
        "admission_de": (
            "Zugelassen wird ab der neunten Klasse; für die Fahrausbildung der Klasse C ist eine "
            "verkehrsmedizinische Bescheinigung erforderlich, die Fahrerlaubnis wird ab 18 Jahren "
            "erteilt."
        ),
        "admission_en": (
            "Admission is possible after the ninth grade; driver training for category C requires "
            "a medical fitness certificate, and the driving licence is issued from the age of 18."
        ),
        "summary_de": (
            "Der in der Ukraine verbreitete Doppelberuf verbindet die Wartung von Fahrzeugen mit "
            "der Fahrerausbildung für Lastkraftwagen. Die Fahrerlaubnis stellen die Servicezentren "
            "des Innenministeriums aus."
        ),
        "summary_en": (
            "This dual occupation, common in Ukraine, combines vehicle maintenance with driver "
            "training for lorries. The driving licence is issued by the service centres of the "
            "Ministry of Internal Affairs."
        ),
        "learning_objectives_de": (
            "Die Lernenden warten Fahrzeuge, tauschen Baugruppen aus und beheben einfache "
            "Störungen an Motor, Bremsen und Elektrik. Sie führen Lastkraftwagen sicher im "
            "Straßenverkehr, beachten Lenk- und Ruhezeiten und sichern Ladung. Die "
            "Grundqualifikation nach der EU-Berufskraftfahrerrichtlinie wird nicht vollständig "
            "abgedeckt."
        ),
        "learning_objectives_en": (
            "Learners service vehicles, replace components and rectify simple faults in the "
            "engine, brakes and electrics. They drive lorries safely in traffic, observe driving "
            "and rest times and secure loads. The initial qualification under the EU professional "
            "drivers directive is not fully covered."
        ),
        "subjects": [
            {"de": "Verkehrsrecht", "en": "Traffic law", "hours": 120},
            {"de": "Fahrpraxis", "en": "Driving practice", "hours": 80},
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 140},
            {"de": "Ladungssicherung", "en": "Load securing", "hours": 24},
            {"de": "Erste Hilfe", "en": "First aid", "hours": 24},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 600},
        ],
        "practical_de": (
            "Die praktische Ausbildung umfasst Werkstattunterricht, Fahrstunden auf dem "
            "Übungsplatz und im Straßenverkehr sowie eine Produktionspraxis in einem "
            "Transportunternehmen."
        ),
        "practical_en": (
            "Practical training includes workshop classes, driving lessons on the practice ground "
            "and in traffic, and production practice in a transport company."
        ),
        "examination_de": (
            "Die Qualifikationsprüfung der Schule wird durch die theoretische und praktische "
            "Führerscheinprüfung im Servicezentrum des Innenministeriums ergänzt."
        ),
        "examination_en": (
            "The school's qualification examination is supplemented by the theoretical and "
            "practical driving test at the service centre of the Ministry of Internal Affairs."
        ),
        "certificate_de": (
            "Die Absolventinnen und Absolventen erhalten das Diplom eines qualifizierten Arbeiters "
            "für beide Berufe sowie den Führerschein der Klasse C."
        ),
        "certificate_en": (
            "Graduates receive the skilled worker diploma for both occupations and a category C "
            "driving licence."
        ),
    },
    {
        "key": "ua-molodshyi-spetsialist-bukhoblik",
        "country": "UA",
        "original_name": "Диплом молодшого спеціаліста – Бухгалтерський облік",
        "transliteration": "Dyplom molodshoho spetsialista – Bukhhalterskyi oblik",
        "name_de": "Diplom Junior-Spezialist/-in – Rechnungswesen",
        "name_en": "Junior specialist diploma – accounting",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3313",
        "field": "commerce",
        "reference_occupations": ["industriekaufmann", "steuerfachangestellte"],
        "duration_months": 34,
        "valid_from": "2002-01-17",
        "valid_until": "2019-06-06",
        "legal_basis_de": (
            "Gesetz über die Hochschulbildung vom 17. Januar 2002 und der Branchenstandard für die "
            "Ausbildung von Junior-Spezialisten im Fach Rechnungswesen und Wirtschaftsprüfung."
        ),
        "legal_basis_en": (
            "Law on Higher Education of 17 January 2002 and the sectoral standard for training "
            "junior specialists in accounting and auditing."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgte an Wirtschaftscolleges und Technika, die teilweise als "
            "Untergliederungen von Universitäten geführt wurden."
        ),
        "institutions_en": (
            "Training took place at colleges of economics and technical schools, some of which "
            "were run as divisions of universities."
        ),
        "admission_de": (
            "Aufgenommen wurden Bewerberinnen und Bewerber nach der neunten Klasse mit "
            "Aufnahmeprüfung oder nach der elften Klasse mit verkürzter Studiendauer."
        ),
        "admission_en": (
            "Applicants were admitted after the ninth grade with an entrance examination or after "
            "the eleventh grade with a shorter period of study."
        ),
        "summary_de": (
            "Das Diplom bescheinigt eine Ausbildung auf Fachkräfteniveau zwischen Arbeiterberuf "
            "und Bachelor im Bereich Buchhaltung. Es wurde 2019 durch den Abschluss Fachlicher "
            "Junior-Bachelor abgelöst."
        ),
        "summary_en": (
            "The diploma certifies training at specialist level between a skilled-worker "
            "occupation and a bachelor's degree in accounting. In 2019 it was replaced by the "
            "professional junior bachelor."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen führen die laufende Buchhaltung nach ukrainischen "
            "Standards, erstellen Lohnabrechnungen und Steuermeldungen und wirken am "
            "Jahresabschluss mit. Sie arbeiten mit der Software 1C:Buchhaltung und kennen die "
            "Grundlagen der Kostenrechnung und Finanzanalyse. Deutsches Handels- und Steuerrecht "
            "ist nicht Gegenstand der Ausbildung."
        ),
        "learning_objectives_en": (
            "Graduates keep day-to-day accounts according to Ukrainian standards, prepare payrolls "
            "and tax reports and contribute to the annual financial statements. They work with the "
            "1C:Accounting software and know the basics of cost accounting and financial analysis. "
            "German commercial and tax law is not part of the training."
        ),
        "subjects": [
            {"de": "Buchführung", "en": "Bookkeeping", "hours": 270},
            {"de": "Steuersystem", "en": "Tax system", "hours": 108},
            {"de": "Kostenrechnung", "en": "Cost accounting", "hours": 108},
            {"de": "Wirtschaftsinformatik", "en": "Business informatics", "hours": 144},
            {"de": "Betriebswirtschaftslehre", "en": "Business administration", "hours": 108},
            {"de": "Statistik", "en": "Statistics", "hours": 72},
        ],
        "practical_de": (
            "Vorgesehen waren ein Einführungspraktikum und ein Vordiplompraktikum von insgesamt "
            "etwa zehn Wochen in Unternehmen oder Behörden."
        ),
        "practical_en": (
            "An introductory internship and a pre-diploma internship totalling about ten weeks in "
            "companies or public authorities were part of the programme."
        ),
        "examination_de": (
            "Das Studium endete mit einer staatlichen Prüfung in den Kernfächern oder der "
            "Verteidigung einer Diplomarbeit vor der staatlichen Prüfungskommission."
        ),
        "examination_en": (
            "Studies ended with a state examination in the core subjects or the defence of a "
            "diploma thesis before the state examination board."
        ),
        "certificate_de": (
            "Verliehen wurde das Diplom eines Junior-Spezialisten (диплом молодшого спеціаліста) "
            "mit einer Anlage über Fächer, Stunden und Noten."
        ),
        "certificate_en": (
            "Graduates were awarded the junior specialist diploma (диплом молодшого спеціаліста) "
            "with a supplement listing subjects, hours and marks."
        ),
    },
    {
        "key": "ua-fakhovyi-molodshyi-bakalavr-ipz",
        "country": "UA",
        "original_name": "Диплом фахового молодшого бакалавра – Інженерія програмного забезпечення",
        "transliteration": (
            "Dyplom fakhovoho molodshoho bakalavra – Inzheneriia prohramnoho zabezpechennia"
        ),
        "name_de": "Diplom Fachlicher Junior-Bachelor – Softwaretechnik",
        "name_en": "Professional junior bachelor diploma – software engineering",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "",
        "field": "it",
        "reference_occupations": ["fachinformatiker-anwendungsentwicklung"],
        "duration_months": 46,
        "valid_from": "2019-06-06",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz über die fachliche Vor-Hochschulbildung vom 6. Juni 2019 und der Standard der "
            "fachlichen Vor-Hochschulbildung für das Fach 121 Softwaretechnik."
        ),
        "legal_basis_en": (
            "Law on Professional Pre-Higher Education of 6 June 2019 and the professional "
            "pre-higher education standard for specialty 121 software engineering."
        ),
        "institutions_de": (
            "Studiert wird an Fachcolleges, die häufig strukturell zu technischen Universitäten "
            "gehören und deren Labore mitnutzen."
        ),
        "institutions_en": (
            "Students attend professional colleges, which often belong structurally to technical "
            "universities and share their laboratories."
        ),
        "admission_de": (
            "Zugang besteht nach der neunten Klasse mit integrierter Sekundarbildung oder nach dem "
            "Abschluss der vollständigen Sekundarschule auf Grundlage der Ergebnisse der "
            "nationalen Testung."
        ),
        "admission_en": (
            "Access is possible after the ninth grade with integrated secondary education or after "
            "completing full secondary school on the basis of national test results."
        ),
        "summary_de": (
            "Der neue Abschluss der Vor-Hochschulbildung ersetzt den Junior-Spezialisten und "
            "umfasst 120 bis 180 ECTS-Punkte. Er qualifiziert für Tätigkeiten in der "
            "Softwareentwicklung und berechtigt zu einem verkürzten Bachelorstudium."
        ),
        "summary_en": (
            "This new pre-higher education qualification replaces the junior specialist and "
            "comprises 120 to 180 ECTS credits. It qualifies holders for work in software "
            "development and entitles them to a shortened bachelor's programme."
        ),
        "learning_objectives_de": (
            "Die Studierenden entwerfen und programmieren Anwendungen in Java, C# oder Python, "
            "modellieren Datenbanken und testen Software nach festgelegten Verfahren. Sie arbeiten "
            "im Team mit agilen Methoden und Versionsverwaltung. Die Inhalte orientieren sich an "
            "den Anforderungen der stark exportorientierten ukrainischen IT-Branche."
        ),
        "learning_objectives_en": (
            "Students design and program applications in Java, C# or Python, model databases and "
            "test software using defined procedures. They work in teams using agile methods and "
            "version control. The content reflects the requirements of Ukraine's strongly "
            "export-oriented IT sector."
        ),
        "subjects": [
            {"de": "Programmierung", "en": "Programming", "hours": 270},
            {"de": "Datenbanken", "en": "Databases", "hours": 150},
            {"de": "Webentwicklung", "en": "Web development", "hours": 120},
            {"de": "Softwaretests", "en": "Software testing", "hours": 90},
            {"de": "Diskrete Mathematik", "en": "Discrete mathematics", "hours": 90},
            {"de": "Englisch", "en": "English", "hours": 150},
        ],
        "practical_de": (
            "Eine Betriebspraxis von mindestens sechs Wochen wird häufig bei IT-Dienstleistern "
            "absolviert; viele Colleges arbeiten dafür mit Softwarefirmen zusammen."
        ),
        "practical_en": (
            "A work placement of at least six weeks is often completed with IT service providers; "
            "many colleges cooperate with software companies for this purpose."
        ),
        "examination_de": (
            "Abschließend findet eine Qualifikationsprüfung statt, die eine Projektarbeit und "
            "deren Verteidigung vor einer Kommission umfasst."
        ),
        "examination_en": (
            "The programme ends with a qualification examination comprising a project and its "
            "defence before a board."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom eines Fachlichen Junior-Bachelors (диплом фахового "
            "молодшого бакалавра) mit europäischem Diplomzusatz."
        ),
        "certificate_en": (
            "The professional junior bachelor diploma (диплом фахового молодшого бакалавра) is "
            "issued with a European diploma supplement."
        ),
    },
    {
        "key": "ua-elektrohazozvarnyk",
        "country": "UA",
        "original_name": "Електрогазозварник",
        "transliteration": "Elektrohazozvarnyk",
        "name_de": "Elektro- und Gasschweißer/-in",
        "name_en": "Electric and gas welder",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7212",
        "field": "metal",
        "reference_occupations": ["konstruktionsmechaniker", "metallbauer-konstruktionstechnik"],
        "duration_months": 18,
        "valid_from": "2018-03-27",
        "valid_until": None,
        "legal_basis_de": (
            "Staatlicher Standard der beruflichen Bildung für den Beruf Elektro- und Gasschweißer "
            "mit den Qualifikationsgraden 2 bis 5."
        ),
        "legal_basis_en": (
            "State standard of vocational education for the occupation of electric and gas welder "
            "with qualification grades 2 to 5."
        ),
        "institutions_de": (
            "Ausbildungsorte sind berufstechnische Lyzeen mit Schweißwerkstätten sowie "
            "überbetriebliche Ausbildungszentren großer Industriebetriebe."
        ),
        "institutions_en": (
            "Training is provided at vocational lyceums with welding workshops and at "
            "inter-company training centres of large industrial enterprises."
        ),
        "admission_de": (
            "Für die verkürzte Ausbildung von 18 Monaten werden die vollständige allgemeine "
            "Sekundarbildung und eine arbeitsmedizinische Untersuchung vorausgesetzt."
        ),
        "admission_en": (
            "The shortened 18-month training requires complete general secondary education and an "
            "occupational health examination."
        ),
        "summary_de": (
            "Die Ausbildung vermittelt Lichtbogen- und Gasschweißen sowie Brennschneiden für "
            "Stahlkonstruktionen und Rohrleitungen. In der Regel wird der 3. Qualifikationsgrad "
            "erreicht."
        ),
        "summary_en": (
            "The training covers arc and gas welding as well as flame cutting for steel structures "
            "and pipelines. Usually the 3rd qualification grade is attained."
        ),
        "learning_objectives_de": (
            "Die Lernenden schweißen Bleche und Rohre aus unlegiertem Stahl in verschiedenen "
            "Positionen, schneiden Bauteile mit dem Brenner zu und prüfen Nähte auf Sichtfehler. "
            "Sie lesen Schweißzeichnungen und kennen die Regeln des Brandschutzes. Eine "
            "Schweißerprüfung nach europäischer Norm ist nicht Teil des Abschlusses."
        ),
        "learning_objectives_en": (
            "Learners weld unalloyed steel sheets and pipes in various positions, cut components "
            "with a torch and inspect welds for visible defects. They read welding drawings and "
            "know the fire safety rules. A welder qualification test according to European "
            "standards is not part of the qualification."
        ),
        "subjects": [
            {"de": "Schweißtechnik", "en": "Welding technology", "hours": 153},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 51},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 51},
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 34,
            },
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 680},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 34},
        ],
        "practical_de": (
            "Rund zwei Drittel der Zeit entfallen auf Werkstattunterricht; den Abschluss bildet "
            "eine Produktionspraxis von etwa drei Monaten in einem Metallbau- oder "
            "Maschinenbaubetrieb."
        ),
        "practical_en": (
            "Around two thirds of the time is spent on workshop training; it concludes with about "
            "three months of production practice in a metal construction or engineering company."
        ),
        "examination_de": (
            "Geprüft wird durch eine praktische Schweißprobe und eine schriftliche Fachprüfung; "
            "die Prüfstücke werden visuell und teilweise durch Biegeversuche beurteilt."
        ),
        "examination_en": (
            "Assessment consists of a practical welding test and a written trade examination; test "
            "pieces are assessed visually and in some cases by bend tests."
        ),
        "certificate_de": (
            "Das Diplom eines qualifizierten Arbeiters weist den Beruf Elektrogasschweißer und den "
            "erreichten Qualifikationsgrad aus."
        ),
        "certificate_en": (
            "The skilled worker diploma states the occupation of electric and gas welder and the "
            "qualification grade attained."
        ),
    },
    {
        "key": "ru-elektromontyor-spo",
        "country": "RU",
        "original_name": (
            "Диплом о среднем профессиональном образовании – Электромонтёр по ремонту и "
            "обслуживанию электрооборудования"
        ),
        "transliteration": (
            "Diplom o srednem professional'nom obrazovanii – Elektromontyor po remontu i "
            "obsluzhivaniyu elektrooborudovaniya"
        ),
        "name_de": (
            "Diplom der mittleren Berufsbildung – Elektromonteur/-in für Reparatur und Wartung "
            "elektrischer Ausrüstung (Russland)"
        ),
        "name_en": (
            "Diploma of secondary vocational education – electrician for the repair and "
            "maintenance of electrical equipment (Russia)"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7412",
        "field": "electrical",
        "reference_occupations": ["elektroniker-betriebstechnik"],
        "duration_months": 34,
        "valid_from": "2013-08-02",
        "valid_until": None,
        "legal_basis_de": (
            "Föderaler staatlicher Bildungsstandard für den Beruf 13.01.10 Elektromonteur für "
            "Reparatur und Wartung elektrischer Ausrüstung (nach Branchen), genehmigt 2013."
        ),
        "legal_basis_en": (
            "Federal state educational standard for occupation 13.01.10 electrician for the repair "
            "and maintenance of electrical equipment (by sector), approved in 2013."
        ),
        "institutions_de": (
            "Ausgebildet wird an Colleges und Technika mit Programmen für qualifizierte Arbeiter, "
            "oft in Kooperation mit Energie- und Industrieunternehmen der Region."
        ),
        "institutions_en": (
            "Training is provided at colleges and technical schools with programmes for skilled "
            "workers, often in cooperation with regional energy and industrial companies."
        ),
        "admission_de": (
            "Die Aufnahme erfolgt nach der neunten Klasse auf Grundlage des Notendurchschnitts im "
            "Abschlusszeugnis ohne Aufnahmeprüfung."
        ),
        "admission_en": (
            "Admission takes place after the ninth grade on the basis of the average mark in the "
            "leaving certificate, without an entrance examination."
        ),
        "summary_de": (
            "Das Programm für qualifizierte Arbeiter dauert nach der neunten Klasse zwei Jahre und "
            "zehn Monate und schließt die Sekundarbildung ein. Im Diplom oder in einer gesonderten "
            "Bescheinigung wird zusätzlich ein Tarifrang, meist der 3. oder 4. Rang, bestätigt."
        ),
        "summary_en": (
            "The programme for skilled workers lasts two years and ten months after the ninth "
            "grade and includes secondary education. A wage grade, usually the 3rd or 4th, is also "
            "confirmed in the diploma or a separate certificate."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen führen Montage, Wartung und Reparatur von "
            "elektrischen Maschinen, Beleuchtung und Verteilungen in Betrieben durch. Sie prüfen "
            "Isolationswiderstände, lesen Schaltpläne und arbeiten nach den russischen Regeln für "
            "elektrische Anlagen (PUE). Grundlagen der Automatisierung werden in einem eigenen "
            "Modul vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates install, service and repair electrical machines, lighting and distribution "
            "boards in companies. They test insulation resistance, read circuit diagrams and work "
            "according to the Russian rules for electrical installations (PUE). The basics of "
            "automation are taught in a separate module."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 120,
            },
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 150},
            {"de": "Automatisierungstechnik", "en": "Automation technology", "hours": 90},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 60},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1000},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 36},
        ],
        "practical_de": (
            "Lernpraxis in Werkstätten und Produktionspraxis im Betrieb machen zusammen mehr als "
            "die Hälfte des beruflichen Teils aus."
        ),
        "practical_en": (
            "Training practice in workshops and production practice in the company together "
            "account for more than half of the vocational part."
        ),
        "examination_de": (
            "Die staatliche Abschlussprüfung besteht aus einer praktischen Qualifikationsarbeit "
            "oder einer Demonstrationsprüfung nach den Standards des Wettbewerbs Professionaly."
        ),
        "examination_en": (
            "The state final examination consists of a practical qualification task or a "
            "demonstration examination according to the standards of the Professionaly competition."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom über mittlere Berufsbildung mit Angabe des Berufs, "
            "zusammen mit einer Bescheinigung über den erreichten Rang."
        ),
        "certificate_en": (
            "The diploma of secondary vocational education is issued stating the occupation, "
            "together with a certificate of the grade attained."
        ),
    },
    {
        "key": "ru-tekhnik-avtotransport",
        "country": "RU",
        "original_name": (
            "Диплом о среднем профессиональном образовании – Техническое обслуживание и ремонт "
            "автомобильного транспорта, квалификация «техник»"
        ),
        "transliteration": (
            "Diplom o srednem professional'nom obrazovanii – Tekhnicheskoe obsluzhivanie i remont "
            "avtomobil'nogo transporta, kvalifikatsiya «tekhnik»"
        ),
        "name_de": (
            "Diplom der mittleren Berufsbildung – Wartung und Reparatur von Kraftfahrzeugen, "
            "Qualifikation Techniker/-in"
        ),
        "name_en": (
            "Diploma of secondary vocational education – motor vehicle maintenance and repair, "
            "technician qualification"
        ),
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker", "kfz-techniker-meister"],
        "duration_months": 46,
        "valid_from": "2014-04-22",
        "valid_until": None,
        "legal_basis_de": (
            "Föderaler staatlicher Bildungsstandard für das Fach 23.02.03 Wartung und Reparatur "
            "von Kraftfahrzeugen, genehmigt im April 2014."
        ),
        "legal_basis_en": (
            "Federal state educational standard for specialty 23.02.03 maintenance and repair of "
            "motor vehicles, approved in April 2014."
        ),
        "institutions_de": (
            "Das Programm bieten Kraftfahrzeugtechnika und Colleges an, die häufig "
            "Ausbildungswerkstätten mit Unterstützung von Fahrzeugherstellern betreiben."
        ),
        "institutions_en": (
            "The programme is offered by automotive technical schools and colleges, which often "
            "run training workshops with the support of vehicle manufacturers."
        ),
        "admission_de": (
            "Zugelassen wird nach der neunten Klasse mit einer Ausbildungsdauer von drei Jahren "
            "und zehn Monaten oder nach der elften Klasse mit zwei Jahren und zehn Monaten."
        ),
        "admission_en": (
            "Admission is possible after the ninth grade with a training period of three years and "
            "ten months, or after the eleventh grade with two years and ten months."
        ),
        "summary_de": (
            "Das Programm bildet Fachkräfte der mittleren Ebene aus, die Werkstattprozesse "
            "organisieren und komplexe Diagnosen durchführen. Zusätzlich erwerben die Studierenden "
            "einen Arbeiterberuf, etwa Schlosser für Kraftfahrzeugreparatur."
        ),
        "summary_en": (
            "The programme trains mid-level specialists who organise workshop processes and carry "
            "out complex diagnostics. Students also acquire a skilled-worker occupation, such as "
            "motor vehicle repair mechanic."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen diagnostizieren Motor-, Fahrwerks- und "
            "Elektroniksysteme, planen Wartungsarbeiten und kontrollieren deren Qualität. Sie "
            "leiten kleine Teams in der Werkstatt und berechnen die Kosten von Reparaturaufträgen. "
            "Die praktische Erfahrung mit Hochvoltfahrzeugen hängt stark vom jeweiligen College ab."
        ),
        "learning_objectives_en": (
            "Graduates diagnose engine, chassis and electronic systems, plan maintenance work and "
            "check its quality. They lead small teams in the workshop and calculate the cost of "
            "repair orders. Practical experience with high-voltage vehicles depends heavily on the "
            "individual college."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 300},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 150},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 180},
            {"de": "Technische Mechanik", "en": "Engineering mechanics", "hours": 100},
            {"de": "Betriebswirtschaftslehre", "en": "Business administration", "hours": 80},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 700},
        ],
        "practical_de": (
            "Zum Programm gehören Lernpraxis in den Werkstätten des Colleges und eine "
            "Produktionspraxis von mehreren Monaten in Autohäusern oder Flottenbetrieben."
        ),
        "practical_en": (
            "The programme includes training practice in the college workshops and several months "
            "of production practice at car dealerships or fleet operators."
        ),
        "examination_de": (
            "Die staatliche Abschlussprüfung besteht aus der Verteidigung einer Abschlussarbeit "
            "und zunehmend aus einer Demonstrationsprüfung."
        ),
        "examination_en": (
            "The state final examination consists of the defence of a final thesis and, "
            "increasingly, a demonstration examination."
        ),
        "certificate_de": (
            "Verliehen wird das Diplom über mittlere Berufsbildung mit der Qualifikation Techniker "
            "und einer Anlage über die Fächer."
        ),
        "certificate_en": (
            "The diploma of secondary vocational education is awarded with the technician "
            "qualification and a supplement listing the subjects."
        ),
    },
    {
        "key": "ru-povar-konditer",
        "country": "RU",
        "original_name": "Диплом о среднем профессиональном образовании – Повар, кондитер",
        "transliteration": "Diplom o srednem professional'nom obrazovanii – Povar, konditer",
        "name_de": "Diplom der mittleren Berufsbildung – Koch/Köchin und Konditor/-in",
        "name_en": "Diploma of secondary vocational education – cook and confectioner",
        "qualification_type": "school",
        "isced": 3,
        "isco": "5120",
        "field": "hospitality",
        "reference_occupations": ["koch", "konditor"],
        "duration_months": 34,
        "valid_from": "2016-12-09",
        "valid_until": None,
        "legal_basis_de": (
            "Föderaler staatlicher Bildungsstandard für den Beruf 43.01.09 Koch, Konditor, "
            "genehmigt im Dezember 2016 im Rahmen der Liste der 50 gefragtesten Berufe."
        ),
        "legal_basis_en": (
            "Federal state educational standard for occupation 43.01.09 cook and confectioner, "
            "approved in December 2016 as part of the list of the 50 most in-demand occupations."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt an Colleges für Gastronomie und Dienstleistungen, die über "
            "Lehrküchen, Backstuben und teilweise eigene Kantinen verfügen."
        ),
        "institutions_en": (
            "Training takes place at colleges of catering and services, which have training "
            "kitchens, bakeries and in some cases their own canteens."
        ),
        "admission_de": (
            "Zugang besteht nach der neunten Klasse nach Notendurchschnitt; eine "
            "Gesundheitsbescheinigung für Lebensmittelberufe ist erforderlich."
        ),
        "admission_en": (
            "Access is after the ninth grade based on average marks; a health certificate for food "
            "occupations is required."
        ),
        "summary_de": (
            "Der kombinierte Beruf verbindet die warme und kalte Küche mit der Herstellung von "
            "Back- und Konditoreiwaren. Er gehört zu den Berufen, die nach internationalen "
            "Wettbewerbsstandards neu gefasst wurden."
        ),
        "summary_en": (
            "This combined occupation links hot and cold cuisine with the production of baked "
            "goods and confectionery. It is one of the occupations that were redefined according "
            "to international competition standards."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen bereiten Suppen, Saucen, Fleisch- und "
            "Fischgerichte sowie Beilagen zu und richten sie an. Sie stellen Teige, Torten und "
            "Gebäck her und dekorieren diese. Warenwirtschaft und Kalkulation werden in Grundzügen "
            "vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates prepare and present soups, sauces, meat and fish dishes and side dishes. "
            "They produce doughs, cakes and pastries and decorate them. Stock management and "
            "costing are taught in outline."
        ),
        "subjects": [
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 800},
            {"de": "Konditoreitechnik", "en": "Confectionery techniques", "hours": 300},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 80},
            {"de": "Hygiene", "en": "Hygiene", "hours": 40},
            {"de": "Ernährungslehre", "en": "Nutrition", "hours": 60},
            {
                "de": "Russische Sprache und Literatur",
                "en": "Russian language and literature",
                "hours": 200,
            },
        ],
        "practical_de": (
            "Die Produktionspraxis findet in Restaurants, Hotelküchen oder Großküchen statt und "
            "umfasst mehrere Monate."
        ),
        "practical_en": (
            "Production practice takes place in restaurants, hotel kitchens or large-scale "
            "catering kitchens and lasts several months."
        ),
        "examination_de": (
            "Die Abschlussprüfung wird als Demonstrationsprüfung durchgeführt, bei der die "
            "Prüflinge in vorgegebener Zeit Gerichte und Desserts nach Aufgabenstellung herstellen."
        ),
        "examination_en": (
            "The final examination is a demonstration examination in which candidates prepare "
            "dishes and desserts to a brief within a set time."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom über mittlere Berufsbildung mit den Qualifikationen Koch "
            "und Konditor."
        ),
        "certificate_en": (
            "The diploma of secondary vocational education is issued with the qualifications of "
            "cook and confectioner."
        ),
    },
    {
        "key": "sy-thanawiya-sinaiya-kahraba",
        "country": "SY",
        "original_name": "الشهادة الثانوية الصناعية – اختصاص الكهرباء",
        "transliteration": "al-Shahāda al-thānawiyya al-ṣināʿiyya – ikhtiṣāṣ al-kahrabāʾ",
        "name_de": "Zeugnis der industriellen Oberschule – Fachrichtung Elektrotechnik",
        "name_en": "Industrial secondary school certificate – electrical engineering",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2004-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Lehrpläne des Bildungsministeriums für die industrielle Sekundarbildung, Fachrichtung "
            "Elektrische Installationen, in der Fassung von 2004."
        ),
        "legal_basis_en": (
            "Curricula of the Ministry of Education for industrial secondary education, electrical "
            "installations specialisation, as amended in 2004."
        ),
        "institutions_de": (
            "Unterricht findet an staatlichen industriellen Oberschulen mit Werkstätten für "
            "Installation und Motorwicklung statt."
        ),
        "institutions_en": (
            "Teaching takes place at state industrial secondary schools with workshops for "
            "installation and motor winding."
        ),
        "admission_de": (
            "Zugang haben Schülerinnen und Schüler nach der neunten Klasse; die Zuweisung richtet "
            "sich nach der Punktzahl in der Abschlussprüfung der Grundbildung."
        ),
        "admission_en": (
            "Pupils are admitted after the ninth grade; allocation depends on their score in the "
            "basic education leaving examination."
        ),
        "summary_de": (
            "Der dreijährige Bildungsgang bereitet auf Tätigkeiten als Elektroinstallateur in "
            "Gebäuden und Werkstätten vor. Die Abschlussprüfung wird landesweit einheitlich "
            "durchgeführt."
        ),
        "summary_en": (
            "The three-year programme prepares learners for work as electricians in buildings and "
            "workshops. The final examination is uniform nationwide."
        ),
        "learning_objectives_de": (
            "Die Lernenden installieren Leitungen, Schalter und Verteilungen in Wohngebäuden, "
            "wickeln kleine Elektromotoren neu und messen Strom, Spannung und Widerstand. Sie "
            "lesen Installationspläne und kennen die Grundlagen der Beleuchtungstechnik. Normen "
            "zur Prüfung von Schutzmaßnahmen werden weniger detailliert behandelt als in "
            "Deutschland."
        ),
        "learning_objectives_en": (
            "Learners install cables, switches and distribution boards in residential buildings, "
            "rewind small electric motors and measure current, voltage and resistance. They read "
            "installation plans and know the basics of lighting technology. Standards for testing "
            "protective measures are covered in less detail than in Germany."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 180,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 240},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 120},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 90},
            {"de": "Mathematik", "en": "Mathematics", "hours": 270},
            {"de": "Arabische Sprache", "en": "Arabic language", "hours": 270},
        ],
        "practical_de": (
            "Die praktische Ausbildung erfolgt überwiegend in den Schulwerkstätten mit etwa zwölf "
            "Wochenstunden; ein Betriebspraktikum ist nicht verpflichtend."
        ),
        "practical_en": (
            "Practical training takes place mainly in the school workshops, for about twelve hours "
            "a week; a company placement is not compulsory."
        ),
        "examination_de": (
            "Die zentrale Abschlussprüfung des Bildungsministeriums umfasst schriftliche Prüfungen "
            "in allgemeinen und fachlichen Fächern sowie eine praktische Prüfung in der Werkstatt."
        ),
        "examination_en": (
            "The Ministry of Education's central final examination comprises written tests in "
            "general and vocational subjects and a practical test in the workshop."
        ),
        "certificate_de": (
            "Ausgestellt wird das Zeugnis der industriellen Oberschule mit Angabe der Fachrichtung "
            "und der Gesamtpunktzahl."
        ),
        "certificate_en": (
            "The industrial secondary school certificate is issued, stating the specialisation and "
            "the total score."
        ),
    },
    {
        "key": "sy-maahad-tiqani-mikanik",
        "country": "SY",
        "original_name": "دبلوم المعهد التقاني الصناعي – اختصاص ميكانيك",
        "transliteration": "Diblūm al-maʿhad al-tiqānī al-ṣināʿī – ikhtiṣāṣ mīkānīk",
        "name_de": "Diplom des Technischen Industrieinstituts – Fachrichtung Maschinenbau",
        "name_en": "Diploma of the technical industrial institute – mechanical engineering",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["industriemechaniker", "zerspanungsmechaniker"],
        "duration_months": 24,
        "valid_from": "2006-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Verordnung des Hochschulministeriums über die technischen Institute und der "
            "Studienplan für die Fachrichtung Mechanik."
        ),
        "legal_basis_en": (
            "Regulation of the Ministry of Higher Education on technical institutes and the study "
            "plan for the mechanics specialisation."
        ),
        "institutions_de": (
            "Das Programm wird an Technischen Industrieinstituten in Damaskus, Aleppo, Homs und "
            "weiteren Städten angeboten, die dem Hochschulministerium unterstehen."
        ),
        "institutions_en": (
            "The programme is offered at technical industrial institutes in Damascus, Aleppo, Homs "
            "and other cities under the Ministry of Higher Education."
        ),
        "admission_de": (
            "Voraussetzung ist das Zeugnis der industriellen Oberschule oder der "
            "naturwissenschaftlichen Sekundarschule mit einer jährlich festgelegten "
            "Mindestpunktzahl."
        ),
        "admission_en": (
            "Applicants need the industrial secondary school certificate or the scientific "
            "secondary school certificate with a minimum score set each year."
        ),
        "summary_de": (
            "Das zweijährige Diplom qualifiziert für Tätigkeiten als Maschinenbautechniker in "
            "Fertigung und Instandhaltung. Die besten Absolventinnen und Absolventen können an "
            "eine technische Fakultät wechseln."
        ),
        "summary_en": (
            "The two-year diploma qualifies holders to work as mechanical engineering technicians "
            "in production and maintenance. The best graduates can transfer to a faculty of "
            "engineering."
        ),
        "learning_objectives_de": (
            "Die Studierenden fertigen Bauteile an konventionellen Dreh- und Fräsmaschinen, lernen "
            "Grundlagen der CNC-Programmierung und warten Maschinen und Pumpen. Sie erstellen "
            "technische Zeichnungen, auch rechnergestützt, und berechnen einfache "
            "Maschinenelemente. Betriebliche Praxis unter Produktionsbedingungen ist nur begrenzt "
            "vorgesehen."
        ),
        "learning_objectives_en": (
            "Students manufacture parts on conventional lathes and milling machines, learn the "
            "basics of CNC programming and maintain machines and pumps. They produce technical "
            "drawings, including with CAD, and calculate simple machine elements. Practice under "
            "real production conditions is only provided to a limited extent."
        ),
        "subjects": [
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 180},
            {"de": "CNC-Technik", "en": "CNC technology", "hours": 90},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 120},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 60},
            {"de": "Maschinenelemente", "en": "Machine elements", "hours": 90},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 360},
            {"de": "Englisch", "en": "English", "hours": 60},
        ],
        "practical_de": (
            "Zwischen den beiden Studienjahren ist ein Sommerpraktikum von vier Wochen in einem "
            "staatlichen Industriebetrieb vorgeschrieben."
        ),
        "practical_en": (
            "A four-week summer placement in a state industrial company is compulsory between the "
            "two years of study."
        ),
        "examination_de": (
            "Jedes Semester endet mit Prüfungen; im letzten Semester wird ein Abschlussprojekt "
            "angefertigt und vor einem Prüfungsausschuss präsentiert."
        ),
        "examination_en": (
            "Each semester ends with examinations; in the final semester, students complete a "
            "final project and present it to an examination committee."
        ),
        "certificate_de": (
            "Die Absolventinnen und Absolventen erhalten das Diplom des technischen Instituts mit "
            "Angabe der Fachrichtung und der Durchschnittsnote."
        ),
        "certificate_en": (
            "Graduates receive the technical institute diploma stating the specialisation and the "
            "average mark."
        ),
    },
    {
        "key": "sy-thanawiya-tijariya",
        "country": "SY",
        "original_name": "الشهادة الثانوية التجارية",
        "transliteration": "al-Shahāda al-thānawiyya al-tijāriyya",
        "name_de": "Zeugnis der kaufmännischen Oberschule",
        "name_en": "Commercial secondary school certificate",
        "qualification_type": "school",
        "isced": 3,
        "isco": "4110",
        "field": "commerce",
        "reference_occupations": ["kaufmann-bueromanagement"],
        "duration_months": 36,
        "valid_from": "2004-09-02",
        "valid_until": None,
        "legal_basis_de": (
            "Lehrpläne des Bildungsministeriums für die kaufmännische Sekundarbildung mit den "
            "Schwerpunkten Buchhaltung und Büroverwaltung."
        ),
        "legal_basis_en": (
            "Ministry of Education curricula for commercial secondary education focusing on "
            "bookkeeping and office administration."
        ),
        "institutions_de": (
            "Die Ausbildung findet an kaufmännischen Oberschulen statt, die in allen "
            "Provinzhauptstädten bestehen und teils getrennt für Jungen und Mädchen geführt werden."
        ),
        "institutions_en": (
            "Training takes place at commercial secondary schools, which exist in all provincial "
            "capitals and are in some cases run separately for boys and girls."
        ),
        "admission_de": (
            "Aufgenommen werden Absolventinnen und Absolventen der neunten Klasse nach der "
            "zentralen Prüfung der Grundbildung."
        ),
        "admission_en": (
            "Graduates of the ninth grade are admitted after the central basic education "
            "examination."
        ),
        "summary_de": (
            "Die kaufmännische Oberschule vermittelt Grundlagen der Buchhaltung, der "
            "Büroorganisation und des Handelsrechts. Viele Absolventinnen und Absolventen arbeiten "
            "in Verwaltungen oder im Handel oder setzen ihre Ausbildung an einem kaufmännischen "
            "Institut fort."
        ),
        "summary_en": (
            "The commercial secondary school teaches the basics of bookkeeping, office "
            "organisation and commercial law. Many graduates work in administration or trade or "
            "continue their training at a commercial institute."
        ),
        "learning_objectives_de": (
            "Die Lernenden buchen einfache Geschäftsvorfälle, erstellen Rechnungen und führen "
            "Schriftverkehr auf Arabisch. Sie nutzen Textverarbeitung und Tabellenkalkulation und "
            "kennen die Grundzüge des syrischen Handelsrechts. Kaufmännische Steuerung und "
            "Kundenorientierung spielen eine geringere Rolle."
        ),
        "learning_objectives_en": (
            "Learners post simple business transactions, prepare invoices and handle "
            "correspondence in Arabic. They use word processing and spreadsheets and know the main "
            "features of Syrian commercial law. Business control and customer orientation play a "
            "lesser role."
        ),
        "subjects": [
            {"de": "Buchführung", "en": "Bookkeeping", "hours": 270},
            {"de": "Handelskorrespondenz", "en": "Commercial correspondence", "hours": 120},
            {"de": "Wirtschaftsrecht", "en": "Commercial law", "hours": 90},
            {"de": "Informatik", "en": "Computer science", "hours": 120},
            {"de": "Arabische Sprache", "en": "Arabic language", "hours": 270},
            {"de": "Englisch", "en": "English", "hours": 180},
        ],
        "practical_de": (
            "Praxisnahe Inhalte werden in Übungsräumen mit Computern vermittelt; betriebliche "
            "Praktika sind nicht fest vorgeschrieben."
        ),
        "practical_en": (
            "Practical content is taught in training rooms equipped with computers; company "
            "placements are not mandatory."
        ),
        "examination_de": (
            "Am Ende der zwölften Klasse steht die landesweite Sekundarabschlussprüfung für den "
            "kaufmännischen Zweig."
        ),
        "examination_en": (
            "At the end of the twelfth grade, learners take the national secondary leaving "
            "examination for the commercial branch."
        ),
        "certificate_de": (
            "Das Ministerium stellt das Zeugnis der kaufmännischen Oberschule mit den Noten aller "
            "Prüfungsfächer aus."
        ),
        "certificate_en": (
            "The ministry issues the commercial secondary school certificate with the marks for "
            "all examination subjects."
        ),
    },
    {
        "key": "sy-maahad-asnan-taawidat",
        "country": "SY",
        "original_name": "دبلوم المعهد التقاني لطب الأسنان – اختصاص التعويضات السنية",
        "transliteration": (
            "Diblūm al-maʿhad al-tiqānī li-ṭibb al-asnān – ikhtiṣāṣ al-taʿwīḍāt al-sinniyya"
        ),
        "name_de": "Diplom des Technischen Instituts für Zahnmedizin – Zahnersatztechnik",
        "name_en": "Diploma of the technical institute of dentistry – dental prosthetics",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3214",
        "field": "health_care",
        "reference_occupations": ["zahntechniker"],
        "duration_months": 24,
        "valid_from": "2005-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Studienplan der Technischen Institute für Zahnmedizin, die den Universitäten "
            "Damaskus, Aleppo und Latakia angegliedert sind."
        ),
        "legal_basis_en": (
            "Study plan of the technical institutes of dentistry affiliated with the universities "
            "of Damascus, Aleppo and Latakia."
        ),
        "institutions_de": (
            "Die Institute sind an zahnmedizinische Fakultäten angebunden, sodass die Studierenden "
            "in deren Laboren und Kliniken arbeiten."
        ),
        "institutions_en": (
            "The institutes are attached to faculties of dentistry, so students work in their "
            "laboratories and clinics."
        ),
        "admission_de": (
            "Zugang haben Inhaberinnen und Inhaber des naturwissenschaftlichen Sekundarabschlusses "
            "mit ausreichender Punktzahl."
        ),
        "admission_en": (
            "Holders of the scientific secondary school certificate with a sufficient score are "
            "admitted."
        ),
        "summary_de": (
            "Das Programm bildet Zahntechnikerinnen und Zahntechniker aus, die im Labor "
            "festsitzenden und herausnehmbaren Zahnersatz herstellen. Der Abschluss ist in Syrien "
            "Voraussetzung für die Arbeit in einem zahntechnischen Labor."
        ),
        "summary_en": (
            "The programme trains dental technicians who produce fixed and removable dental "
            "prostheses in the laboratory. In Syria, the qualification is a prerequisite for "
            "working in a dental laboratory."
        ),
        "learning_objectives_de": (
            "Die Studierenden stellen Modelle, Kronen und Brücken aus Metallkeramik sowie Total- "
            "und Teilprothesen aus Kunststoff her. Sie kennen die Anatomie des Kauapparates und "
            "die Eigenschaften der Dentalwerkstoffe. Digitale Fertigung mit CAD/CAM wird nur an "
            "einzelnen Standorten gelehrt."
        ),
        "learning_objectives_en": (
            "Students produce models, metal-ceramic crowns and bridges, and complete and partial "
            "acrylic dentures. They know the anatomy of the masticatory system and the properties "
            "of dental materials. Digital manufacturing with CAD/CAM is taught only at some "
            "locations."
        ),
        "subjects": [
            {"de": "Zahnersatztechnik", "en": "Dental prosthetics technology", "hours": 420},
            {"de": "Dentalwerkstoffkunde", "en": "Dental materials science", "hours": 90},
            {"de": "Anatomie", "en": "Anatomy", "hours": 60},
            {"de": "Kieferorthopädische Technik", "en": "Orthodontic technology", "hours": 90},
            {"de": "Hygiene", "en": "Hygiene", "hours": 30},
            {"de": "Englisch", "en": "English", "hours": 60},
        ],
        "practical_de": (
            "Etwa zwei Drittel der Unterrichtszeit finden in den zahntechnischen Laboren des "
            "Instituts statt, wo Arbeiten für Patientinnen und Patienten der Universitätsklinik "
            "angefertigt werden."
        ),
        "practical_en": (
            "About two thirds of teaching time takes place in the institute's dental laboratories, "
            "where work is produced for patients of the university clinic."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasst eine theoretische Prüfung und die Herstellung einer "
            "prothetischen Arbeit unter Aufsicht."
        ),
        "examination_en": (
            "The final examination comprises a theory test and the production of a prosthetic "
            "piece under supervision."
        ),
        "certificate_de": (
            "Verliehen wird das Diplom des technischen Instituts für Zahnmedizin in der "
            "Fachrichtung Zahnersatztechnik."
        ),
        "certificate_en": (
            "Graduates are awarded the diploma of the technical institute of dentistry in dental "
            "prosthetics."
        ),
    },
    {
        "key": "sy-tadrib-mihani-tamdidat",
        "country": "SY",
        "original_name": "شهادة التدريب المهني – التمديدات الصحية والتدفئة",
        "transliteration": "Shahādat al-tadrīb al-mihanī – al-tamdīdāt al-ṣiḥḥiyya wa-l-tadfiʾa",
        "name_de": "Berufsbildungszeugnis – Sanitär- und Heizungsinstallation",
        "name_en": "Vocational training certificate – sanitary and heating installation",
        "qualification_type": "other",
        "isced": 3,
        "isco": "7126",
        "field": "construction",
        "reference_occupations": ["anlagenmechaniker-shk"],
        "duration_months": 12,
        "valid_from": "2009-05-01",
        "valid_until": None,
        "legal_basis_de": (
            "Verordnung des Industrieministeriums über die Berufsbildungszentren und das "
            "zugehörige Kursprogramm für Sanitär- und Heizungsinstallation."
        ),
        "legal_basis_en": (
            "Regulation of the Ministry of Industry on vocational training centres and the "
            "associated course programme for sanitary and heating installation."
        ),
        "institutions_de": (
            "Die Kurse finden an Berufsbildungszentren des Industrieministeriums statt, die auch "
            "Abendkurse für Erwerbstätige anbieten."
        ),
        "institutions_en": (
            "Courses are held at vocational training centres of the Ministry of Industry, which "
            "also offer evening courses for people in employment."
        ),
        "admission_de": (
            "Vorausgesetzt werden ein Mindestalter von 16 Jahren und in der Regel der Abschluss "
            "der Grundbildung; vorhandene Berufserfahrung verkürzt die Kursdauer nicht."
        ),
        "admission_en": (
            "Participants must be at least 16 and usually have completed basic education; existing "
            "work experience does not shorten the course."
        ),
        "summary_de": (
            "Der einjährige Lehrgang vermittelt praktische Grundfertigkeiten für "
            "Installationsarbeiten im Wohnungsbau. Er ist kürzer und weniger theoretisch als die "
            "Ausbildung an einer industriellen Oberschule."
        ),
        "summary_en": (
            "The one-year course teaches basic practical skills for installation work in "
            "residential construction. It is shorter and less theoretical than training at an "
            "industrial secondary school."
        ),
        "learning_objectives_de": (
            "Die Teilnehmenden verlegen Wasser- und Abwasserrohre aus Stahl und Kunststoff, "
            "montieren Sanitärobjekte und installieren einfache Zentralheizungen mit Heizkörpern. "
            "Sie lesen einfache Installationszeichnungen und schätzen den Materialbedarf ab. "
            "Regelungstechnik, Trinkwasserhygiene und erneuerbare Energien sind nicht Gegenstand "
            "des Lehrgangs."
        ),
        "learning_objectives_en": (
            "Participants lay steel and plastic water and waste water pipes, install sanitary "
            "fixtures and fit simple central heating systems with radiators. They read simple "
            "installation drawings and estimate material requirements. Control technology, "
            "drinking water hygiene and renewable energies are not covered."
        ),
        "subjects": [
            {"de": "Sanitärtechnik", "en": "Sanitary engineering", "hours": 120},
            {"de": "Heizungstechnik", "en": "Heating technology", "hours": 100},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 40},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 500},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 20},
        ],
        "practical_de": (
            "Der Lehrgang besteht zu rund drei Vierteln aus praktischen Übungen in der "
            "Lehrwerkstatt des Zentrums."
        ),
        "practical_en": (
            "Around three quarters of the course consists of practical exercises in the centre's "
            "training workshop."
        ),
        "examination_de": (
            "Die Abschlussprüfung ist eine praktische Installationsaufgabe mit kurzem mündlichem "
            "Teil vor Ausbildern des Zentrums."
        ),
        "examination_en": (
            "The final examination is a practical installation task with a short oral part before "
            "the centre's trainers."
        ),
        "certificate_de": (
            "Die Teilnehmenden erhalten ein vom Zentrum ausgestelltes und vom Ministerium "
            "beglaubigtes Berufsbildungszeugnis."
        ),
        "certificate_en": (
            "Participants receive a vocational training certificate issued by the centre and "
            "certified by the ministry."
        ),
    },
    {
        "key": "af-grade14-barq",
        "country": "AF",
        "original_name": "دیپلوم صنف چهاردهم – انستیتوت تخنیکی، رشته برق",
        "transliteration": "Diplom-e ṣenf-e chahārdahum – Instītūt-e takhnīkī, reshta-ye barq",
        "name_de": "Diplom der 14. Klasse – Technisches Institut, Fachrichtung Elektrotechnik",
        "name_en": "Grade 14 diploma – technical institute, electrical engineering",
        "qualification_type": "higher_vocational",
        "isced": 4,
        "isco": "3113",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 24,
        "valid_from": "2010-03-21",
        "valid_until": None,
        "legal_basis_de": (
            "Bildungsgesetz von 2008 und das Curriculum der für technische und berufliche Bildung "
            "zuständigen Abteilung des Bildungsministeriums für die Fachrichtung Elektrotechnik."
        ),
        "legal_basis_en": (
            "2008 Education Law and the curriculum of the Ministry of Education's department for "
            "technical and vocational education for the electrical engineering specialisation."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt an staatlichen technischen Instituten, etwa in Kabul, Herat "
            "oder Masar-e Scharif."
        ),
        "institutions_en": (
            "Training takes place at state technical institutes, for example in Kabul, Herat or "
            "Mazar-i-Sharif."
        ),
        "admission_de": (
            "Vorausgesetzt wird das Abschlusszeugnis der zwölften Klasse; die Plätze werden über "
            "die nationale Aufnahmeprüfung (Kankor) oder eine institutseigene Prüfung vergeben."
        ),
        "admission_en": (
            "The grade 12 leaving certificate is required; places are allocated via the national "
            "entrance examination (Kankor) or the institute's own test."
        ),
        "summary_de": (
            "Das zweijährige Programm nach der zwölften Klasse bildet Elektrotechniker für "
            "Gebäudeinstallationen und die Wartung von Stromversorgungsanlagen aus. Der Abschluss "
            "wird in Afghanistan als 14. Schuljahr bezeichnet."
        ),
        "summary_en": (
            "The two-year programme after grade twelve trains electrical technicians for building "
            "installations and the maintenance of power supply systems. In Afghanistan, the "
            "qualification is referred to as grade 14."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen planen und installieren Hausinstallationen, warten "
            "Generatoren und kleine Solaranlagen und suchen Fehler in Verteilungen. Sie kennen die "
            "Grundlagen elektrischer Maschinen und der Elektronik. Normen für die Prüfung von "
            "Schutzmaßnahmen sind weniger verbindlich geregelt als in Deutschland."
        ),
        "learning_objectives_en": (
            "Graduates plan and install domestic wiring, maintain generators and small solar "
            "systems and troubleshoot distribution boards. They know the basics of electrical "
            "machines and electronics. Standards for testing protective measures are less strictly "
            "regulated than in Germany."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 160,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 200},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 120},
            {"de": "Elektronik", "en": "Electronics", "hours": 80},
            {"de": "Englisch", "en": "English", "hours": 80},
            {"de": "Islamische Studien", "en": "Islamic studies", "hours": 40},
        ],
        "practical_de": (
            "Die Studierenden verbringen rund die Hälfte der Unterrichtszeit in Werkstätten des "
            "Instituts und absolvieren ein Praktikum bei Energieversorgern oder "
            "Installationsbetrieben."
        ),
        "practical_en": (
            "Students spend around half of their teaching time in the institute's workshops and "
            "complete a placement with energy suppliers or installation firms."
        ),
        "examination_de": (
            "Semesterprüfungen und eine abschließende praktische Prüfung entscheiden über den "
            "Abschluss."
        ),
        "examination_en": (
            "Semester examinations and a final practical examination determine whether the "
            "qualification is awarded."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom der 14. Klasse in Dari oder Paschtu, dem häufig eine "
            "englische Übersetzung des Ministeriums beiliegt."
        ),
        "certificate_en": (
            "The grade 14 diploma is issued in Dari or Pashto and is often accompanied by an "
            "English translation from the ministry."
        ),
    },
    {
        "key": "af-lisa-maslaki-zeraat",
        "country": "AF",
        "original_name": "شهادتنامه لیسه مسلکی زراعت",
        "transliteration": "Shahādatnāma-ye lēsa-ye maslakī-ye zerāʿat",
        "name_de": "Abschlusszeugnis der landwirtschaftlichen Berufsoberschule",
        "name_en": "Agricultural vocational high school certificate",
        "qualification_type": "school",
        "isced": 3,
        "isco": "6111",
        "field": "agriculture",
        "reference_occupations": ["landwirt"],
        "duration_months": 36,
        "valid_from": "2010-03-22",
        "valid_until": None,
        "legal_basis_de": (
            "Bildungsgesetz von 2008 und der Lehrplan für landwirtschaftliche Berufsoberschulen "
            "der Klassen 10 bis 12."
        ),
        "legal_basis_en": (
            "2008 Education Law and the curriculum for agricultural vocational high schools "
            "covering grades 10 to 12."
        ),
        "institutions_de": (
            "Landwirtschaftliche Berufsoberschulen gibt es in vielen Provinzen; sie verfügen oft "
            "über Versuchsfelder und Obstgärten."
        ),
        "institutions_en": (
            "Agricultural vocational high schools exist in many provinces and often have trial "
            "fields and orchards."
        ),
        "admission_de": (
            "Aufgenommen werden Schülerinnen und Schüler nach der neunten Klasse; in ländlichen "
            "Regionen werden Kinder aus Bauernfamilien bevorzugt."
        ),
        "admission_en": (
            "Pupils are admitted after the ninth grade; in rural regions, children from farming "
            "families are given preference."
        ),
        "summary_de": (
            "Die dreijährige Oberschule vermittelt neben Allgemeinbildung Kenntnisse in "
            "Pflanzenbau, Obstbau und Tierhaltung. Sie ist auf die kleinbäuerliche Landwirtschaft "
            "Afghanistans ausgerichtet."
        ),
        "summary_en": (
            "In addition to general education, this three-year high school teaches crop "
            "production, fruit growing and animal husbandry. It is geared to Afghanistan's "
            "smallholder agriculture."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen bauen Weizen, Gemüse und Obst an, veredeln "
            "Obstbäume und bewässern Felder nach traditionellen und modernen Verfahren. Sie halten "
            "Schafe, Ziegen und Rinder und kennen einfache Maßnahmen der Tiergesundheit. "
            "Mechanisierte Landwirtschaft und Betriebswirtschaft sind nur in Ansätzen Gegenstand."
        ),
        "learning_objectives_en": (
            "Graduates grow wheat, vegetables and fruit, graft fruit trees and irrigate fields "
            "using traditional and modern methods. They keep sheep, goats and cattle and know "
            "simple animal health measures. Mechanised farming and farm management are covered "
            "only to a limited extent."
        ),
        "subjects": [
            {"de": "Pflanzenbau", "en": "Crop production", "hours": 240},
            {"de": "Obstbau", "en": "Fruit growing", "hours": 120},
            {"de": "Tierhaltung", "en": "Animal husbandry", "hours": 120},
            {"de": "Bodenkunde", "en": "Soil science", "hours": 60},
            {"de": "Dari", "en": "Dari", "hours": 180},
            {"de": "Mathematik", "en": "Mathematics", "hours": 240},
        ],
        "practical_de": (
            "Die praktische Ausbildung findet auf den Feldern der Schule und in der Erntezeit in "
            "landwirtschaftlichen Familienbetrieben statt."
        ),
        "practical_en": (
            "Practical training takes place on the school's fields and, during harvest time, on "
            "family farms."
        ),
        "examination_de": (
            "Die Abschlussprüfungen der zwölften Klasse umfassen allgemeinbildende und "
            "landwirtschaftliche Fächer mit praktischem Teil."
        ),
        "examination_en": (
            "The grade 12 final examinations cover general and agricultural subjects, including a "
            "practical part."
        ),
        "certificate_de": (
            "Das Bildungsministerium stellt das Abschlusszeugnis der Berufsoberschule mit Angabe "
            "der Fachrichtung Landwirtschaft aus."
        ),
        "certificate_en": (
            "The Ministry of Education issues the vocational high school certificate stating the "
            "agricultural specialisation."
        ),
    },
    {
        "key": "af-grade14-hesabdari",
        "country": "AF",
        "original_name": "دیپلوم صنف چهاردهم – انستیتوت اداره و حسابداری",
        "transliteration": "Diplom-e ṣenf-e chahārdahum – Instītūt-e edāra wa ḥesābdārī",
        "name_de": "Diplom der 14. Klasse – Institut für Verwaltung und Rechnungswesen",
        "name_en": "Grade 14 diploma – institute of administration and accounting",
        "qualification_type": "higher_vocational",
        "isced": 4,
        "isco": "3313",
        "field": "commerce",
        "reference_occupations": ["kaufmann-bueromanagement"],
        "duration_months": 24,
        "valid_from": "2011-03-21",
        "valid_until": None,
        "legal_basis_de": (
            "Curriculum des Instituts für Verwaltung und Rechnungswesen, genehmigt von der für "
            "technische und berufliche Bildung zuständigen Abteilung des Bildungsministeriums."
        ),
        "legal_basis_en": (
            "Curriculum of the institute of administration and accounting, approved by the "
            "Ministry of Education's department for technical and vocational education."
        ),
        "institutions_de": (
            "Das Programm wird am Institut für Verwaltung und Rechnungswesen in Kabul und an "
            "Zweigstellen in den Provinzen angeboten, teils auch in Abendkursen."
        ),
        "institutions_en": (
            "The programme is offered at the institute of administration and accounting in Kabul "
            "and at branches in the provinces, partly also as evening classes."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss der zwölften Klasse einer allgemeinbildenden oder "
            "beruflichen Oberschule."
        ),
        "admission_en": (
            "Completion of grade twelve at a general or vocational high school is required."
        ),
        "summary_de": (
            "Der Abschluss qualifiziert für Buchhaltungs- und Verwaltungsaufgaben in Behörden, "
            "Nichtregierungsorganisationen und Unternehmen. Das Programm wurde zeitweise mit "
            "internationaler Unterstützung modernisiert."
        ),
        "summary_en": (
            "The qualification prepares holders for accounting and administrative tasks in public "
            "authorities, non-governmental organisations and companies. The programme was "
            "modernised for a time with international support."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen führen Bücher nach dem Prinzip der doppelten "
            "Buchführung, erstellen Gehaltslisten und Berichte und verwalten Akten. Sie nutzen "
            "Tabellenkalkulation und einfache Buchhaltungsprogramme und verfassen Schriftstücke in "
            "Dari, Paschtu und Englisch. Steuerrecht wird nur in Grundzügen behandelt."
        ),
        "learning_objectives_en": (
            "Graduates keep double-entry accounts, prepare payrolls and reports and manage files. "
            "They use spreadsheets and simple accounting software and write documents in Dari, "
            "Pashto and English. Tax law is covered only in outline."
        ),
        "subjects": [
            {"de": "Buchführung", "en": "Bookkeeping", "hours": 200},
            {"de": "Betriebswirtschaftslehre", "en": "Business administration", "hours": 120},
            {"de": "Informatik", "en": "Computer science", "hours": 120},
            {"de": "Englisch", "en": "English", "hours": 160},
            {"de": "Bürokommunikation", "en": "Office communication", "hours": 80},
            {"de": "Islamische Studien", "en": "Islamic studies", "hours": 40},
        ],
        "practical_de": (
            "Gegen Ende des Programms absolvieren die Studierenden ein Praktikum in einer Behörde, "
            "Bank oder Organisation."
        ),
        "practical_en": (
            "Towards the end of the programme, students complete a placement in a public "
            "authority, bank or organisation."
        ),
        "examination_de": (
            "Der Abschluss wird nach Semesterprüfungen und einer schriftlichen Abschlussprüfung "
            "verliehen."
        ),
        "examination_en": (
            "The qualification is awarded after semester examinations and a written final "
            "examination."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom der 14. Klasse mit einem Notenverzeichnis, das vom "
            "Bildungsministerium beglaubigt wird."
        ),
        "certificate_en": (
            "The grade 14 diploma is issued with a transcript of marks certified by the Ministry "
            "of Education."
        ),
    },
    {
        "key": "ir-diplom-fanni-elektrotechnik",
        "country": "IR",
        "original_name": "دیپلم شاخه فنی و حرفه\u200cای – رشته الکتروتکنیک",
        "transliteration": "Diplom-e shākhe-ye fannī va ḥerfe'ī – reshte-ye elektroteknik",
        "name_de": "Diplom des technisch-beruflichen Zweigs – Fachrichtung Elektrotechnik",
        "name_en": "Diploma of the technical-vocational branch – electrotechnics",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "2012-09-22",
        "valid_until": None,
        "legal_basis_de": (
            "Grundsatzdokument zur Reform des Bildungswesens von 2011 und der Lehrplan des "
            "Bildungsministeriums für die Fachrichtung Elektrotechnik im technisch-beruflichen "
            "Zweig."
        ),
        "legal_basis_en": (
            "2011 fundamental reform document for education and the Ministry of Education's "
            "curriculum for electrotechnics in the technical-vocational branch."
        ),
        "institutions_de": (
            "Unterrichtet wird an technischen Berufsschulen (Honarestan), die über Werkstätten für "
            "Installation und elektrische Maschinen verfügen."
        ),
        "institutions_en": (
            "Teaching takes place at technical vocational schools (honarestan) with workshops for "
            "installation and electrical machines."
        ),
        "admission_de": (
            "Aufgenommen werden Schülerinnen und Schüler nach der neunten Klasse; die Zuweisung "
            "erfolgt nach Eignungstests und Noten."
        ),
        "admission_en": (
            "Pupils are admitted after the ninth grade; allocation is based on aptitude tests and "
            "marks."
        ),
        "summary_de": (
            "Der dreijährige Bildungsgang der Klassen 10 bis 12 bereitet auf Installations- und "
            "Wartungsarbeiten vor. Parallel erwerben die Lernenden häufig Kompetenzzertifikate der "
            "staatlichen Organisation für berufliche Bildung."
        ),
        "summary_en": (
            "The three-year programme covering grades 10 to 12 prepares learners for installation "
            "and maintenance work. Learners often obtain skills certificates from the state "
            "vocational training organisation in parallel."
        ),
        "learning_objectives_de": (
            "Die Lernenden führen Hausinstallationen aus, installieren Beleuchtungs- und "
            "Schutzeinrichtungen, wickeln Motoren und bauen Schützschaltungen auf. Sie lesen "
            "Schaltpläne und führen Messungen durch. Speicherprogrammierbare Steuerungen werden in "
            "einem Wahlmodul angeboten."
        ),
        "learning_objectives_en": (
            "Learners carry out domestic wiring, install lighting and protective devices, rewind "
            "motors and build contactor circuits. They read circuit diagrams and take "
            "measurements. PLCs are offered as an elective module."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 180,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 270},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 180},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 90},
            {
                "de": "Persische Sprache und Literatur",
                "en": "Persian language and literature",
                "hours": 180,
            },
            {"de": "Mathematik", "en": "Mathematics", "hours": 270},
        ],
        "practical_de": (
            "Neben dem Werkstattunterricht ist ein Betriebspraktikum (Karvarzi) von etwa 240 "
            "Stunden in den Sommerferien vorgeschrieben."
        ),
        "practical_en": (
            "In addition to workshop lessons, a company placement (karvarzi) of about 240 hours "
            "during the summer holidays is compulsory."
        ),
        "examination_de": (
            "Die Abschlussprüfungen werden teils landesweit, teils von den Schulen abgenommen; die "
            "praktischen Kompetenzen werden in Werkstattprüfungen nachgewiesen."
        ),
        "examination_en": (
            "Final examinations are partly national and partly school-based; practical competences "
            "are demonstrated in workshop tests."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom des technisch-beruflichen Zweigs mit Angabe der "
            "Fachrichtung Elektrotechnik."
        ),
        "certificate_en": (
            "The diploma of the technical-vocational branch is issued stating the electrotechnics "
            "specialisation."
        ),
    },
    {
        "key": "ir-kardani-mekanik-khodro",
        "country": "IR",
        "original_name": "کاردانی مکانیک خودرو",
        "transliteration": "Kārdānī-ye mekānīk-e khodro",
        "name_de": "Kardani-Abschluss Kraftfahrzeugmechanik",
        "name_en": "Kardani (associate) degree in automotive mechanics",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker", "kfz-techniker-meister"],
        "duration_months": 24,
        "valid_from": "2012-09-23",
        "valid_until": None,
        "legal_basis_de": (
            "Vorschriften des Wissenschaftsministeriums über zweijährige Kardani-Studiengänge und "
            "der Studienplan der Technischen und Beruflichen Universität."
        ),
        "legal_basis_en": (
            "Regulations of the Ministry of Science on two-year Kardani programmes and the study "
            "plan of the Technical and Vocational University."
        ),
        "institutions_de": (
            "Studiert wird an Fakultäten der Technischen und Beruflichen Universität (TVU) sowie "
            "an Hochschulen für angewandte Wissenschaften."
        ),
        "institutions_en": (
            "Students attend faculties of the Technical and Vocational University (TVU) and "
            "universities of applied science."
        ),
        "admission_de": (
            "Zugelassen werden Inhaberinnen und Inhaber eines Diploms der Oberstufe, vorrangig aus "
            "dem technisch-beruflichen Zweig, über die Konkur-Prüfung oder aufgrund der Schulnoten."
        ),
        "admission_en": (
            "Holders of an upper secondary diploma, primarily from the technical-vocational "
            "branch, are admitted via the Konkur examination or on the basis of school marks."
        ),
        "summary_de": (
            "Der zweijährige Studiengang vermittelt vertiefte Kenntnisse in Fahrzeugtechnik und "
            "Diagnose. Er umfasst etwa 70 Leistungseinheiten und kann zu einem Bachelor der "
            "Ingenieurtechnik ausgebaut werden."
        ),
        "summary_en": (
            "The two-year programme provides in-depth knowledge of vehicle technology and "
            "diagnostics. It comprises about 70 credit units and can be extended to a bachelor's "
            "degree in engineering technology."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen diagnostizieren Motorsteuerungen, Einspritzsysteme "
            "und Fahrzeugelektronik und planen Reparaturen. Sie leiten Werkstätten im Alltag an "
            "und kennen die Grundlagen der Qualitätssicherung. Die Fahrzeuge iranischer Hersteller "
            "stehen im Mittelpunkt der Übungen."
        ),
        "learning_objectives_en": (
            "Graduates diagnose engine management, injection systems and vehicle electronics and "
            "plan repairs. They supervise day-to-day workshop operations and know the basics of "
            "quality assurance. Exercises focus on vehicles made by Iranian manufacturers."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 192},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 128},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 128},
            {"de": "Technische Mechanik", "en": "Engineering mechanics", "hours": 64},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 320},
            {"de": "Englisch", "en": "English", "hours": 64},
        ],
        "practical_de": (
            "Ein Praktikum von etwa 240 Stunden in Werkstätten oder bei Fahrzeugherstellern ist "
            "vorgeschrieben."
        ),
        "practical_en": (
            "A placement of about 240 hours in workshops or with vehicle manufacturers is "
            "compulsory."
        ),
        "examination_de": (
            "Jede Lehrveranstaltung wird mit einer Prüfung abgeschlossen; ein Abschlussprojekt ist "
            "je nach Hochschule vorgesehen."
        ),
        "examination_en": (
            "Each course ends with an examination; a final project is required depending on the "
            "institution."
        ),
        "certificate_de": (
            "Verliehen wird das Kardani-Diplom (Associate Degree) mit einem Notenauszug der "
            "Hochschule."
        ),
        "certificate_en": (
            "The Kardani diploma (associate degree) is awarded with a transcript from the "
            "institution."
        ),
    },
    {
        "key": "ir-kar-o-danesh-hesabdari",
        "country": "IR",
        "original_name": "دیپلم کاردانش – حسابداری مالی",
        "transliteration": "Diplom-e kār-o-dānesh – ḥesābdārī-ye mālī",
        "name_de": "Diplom des Kar-o-Danesch-Zweigs – Finanzbuchhaltung",
        "name_en": "Diploma of the Kar-o-Danesh branch – financial accounting",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3313",
        "field": "commerce",
        "reference_occupations": ["steuerfachangestellte", "industriekaufmann"],
        "duration_months": 36,
        "valid_from": "2013-09-23",
        "valid_until": None,
        "legal_basis_de": (
            "Satzung des Kar-o-Danesch-Zweigs und der Lehrplan für die Fachrichtung "
            "Finanzbuchhaltung, ergänzt durch Standards der staatlichen Organisation für "
            "berufliche Bildung."
        ),
        "legal_basis_en": (
            "Statutes of the Kar-o-Danesh branch and the curriculum for financial accounting, "
            "supplemented by standards of the state vocational training organisation."
        ),
        "institutions_de": (
            "Die Ausbildung findet an Kar-o-Danesch-Schulen statt, die teils staatlich, teils "
            "privat betrieben werden."
        ),
        "institutions_en": (
            "Training takes place at Kar-o-Danesh schools, some of which are state-run and some "
            "private."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss der neunten Klasse; die Fachrichtung wird nach "
            "Beratung und Interessen gewählt."
        ),
        "admission_en": (
            "Completion of the ninth grade is required; the specialisation is chosen following "
            "guidance and according to interests."
        ),
        "summary_de": (
            "Der Kar-o-Danesch-Zweig setzt auf den Erwerb staatlicher Kompetenzzertifikate, die "
            "zusammen mit dem Schulunterricht zum Diplom führen. Die Fachrichtung "
            "Finanzbuchhaltung ist einer der meistgewählten kaufmännischen Bildungsgänge."
        ),
        "summary_en": (
            "The Kar-o-Danesh branch relies on obtaining state skills certificates, which together "
            "with classroom teaching lead to the diploma. Financial accounting is one of the most "
            "popular commercial programmes."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen buchen Geschäftsvorfälle, erstellen Bilanzen "
            "kleiner Unternehmen und berechnen Löhne und Steuern nach iranischem Recht. Sie "
            "arbeiten mit Buchhaltungssoftware und Tabellenkalkulation. Ein Teil der Kompetenzen "
            "wird durch externe Zertifikatsprüfungen nachgewiesen."
        ),
        "learning_objectives_en": (
            "Graduates post business transactions, prepare balance sheets for small businesses and "
            "calculate wages and taxes under Iranian law. They work with accounting software and "
            "spreadsheets. Some competences are demonstrated through external certificate "
            "examinations."
        ),
        "subjects": [
            {"de": "Buchführung", "en": "Bookkeeping", "hours": 270},
            {"de": "Kostenrechnung", "en": "Cost accounting", "hours": 90},
            {"de": "Steuerrecht", "en": "Tax law", "hours": 90},
            {"de": "Informatik", "en": "Computer science", "hours": 180},
            {
                "de": "Persische Sprache und Literatur",
                "en": "Persian language and literature",
                "hours": 180,
            },
            {"de": "Mathematik", "en": "Mathematics", "hours": 180},
        ],
        "practical_de": (
            "Die Lernenden absolvieren ein Betriebspraktikum in Buchhaltungsbüros oder "
            "Unternehmen, dessen Umfang sich nach den erworbenen Zertifikaten richtet."
        ),
        "practical_en": (
            "Learners complete a placement in accounting offices or companies, the scope of which "
            "depends on the certificates obtained."
        ),
        "examination_de": (
            "Das Diplom setzt bestandene Schulprüfungen und eine Mindestzahl an "
            "Kompetenzzertifikaten der Organisation für berufliche Bildung voraus."
        ),
        "examination_en": (
            "The diploma requires passed school examinations and a minimum number of skills "
            "certificates from the vocational training organisation."
        ),
        "certificate_de": (
            "Ausgestellt wird das Kar-o-Danesch-Diplom; die Kompetenzzertifikate stellt die "
            "Organisation für berufliche Bildung gesondert aus."
        ),
        "certificate_en": (
            "The Kar-o-Danesh diploma is issued; the skills certificates are issued separately by "
            "the vocational training organisation."
        ),
    },
    {
        "key": "in-iti-electrician",
        "country": "IN",
        "original_name": "राष्ट्रीय व्यवसाय प्रमाणपत्र – इलेक्ट्रीशियन",
        "transliteration": "Rāṣṭrīya vyavasāya pramāṇapatra – ilekṭrīśiyan",
        "name_de": "National Trade Certificate – Elektriker/-in (ITI)",
        "name_en": "National Trade Certificate – electrician (ITI)",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": [
            "elektroniker-energie-gebaeudetechnik",
            "elektroniker-betriebstechnik",
        ],
        "duration_months": 24,
        "valid_from": "2018-08-01",
        "valid_until": None,
        "legal_basis_de": (
            "Craftsmen Training Scheme der Generaldirektion für Ausbildung und der an den NSQF "
            "angepasste Lehrplan für den Trade Electrician von 2018."
        ),
        "legal_basis_en": (
            "Craftsmen Training Scheme of the Directorate General of Training and the 2018 "
            "NSQF-aligned curriculum for the electrician trade."
        ),
        "institutions_de": (
            "Der Kurs wird an staatlichen und privaten Industrial Training Institutes angeboten, "
            "die vom NCVT akkreditiert sind."
        ),
        "institutions_en": (
            "The course is offered at public and private Industrial Training Institutes accredited "
            "by the NCVT."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss der zehnten Klasse mit Naturwissenschaften und "
            "Mathematik; die Auswahl erfolgt nach Noten oder Aufnahmeprüfungen der Bundesstaaten."
        ),
        "admission_en": (
            "Completion of the tenth grade with science and mathematics is required; selection is "
            "based on marks or state entrance tests."
        ),
        "summary_de": (
            "Der zweijährige Trade Electrician ist einer der am stärksten nachgefragten ITI-Kurse "
            "und bereitet auf Installations- und Wartungsarbeiten vor. Er ist der NSQF-Stufe 5 "
            "zugeordnet."
        ),
        "summary_en": (
            "The two-year electrician trade is one of the most sought-after ITI courses and "
            "prepares trainees for installation and maintenance work. It is assigned to NSQF level "
            "5."
        ),
        "learning_objectives_de": (
            "Die Auszubildenden verlegen Hausinstallationen, wickeln Motoren und Transformatoren, "
            "montieren Schaltanlagen und prüfen Erdungen. Sie arbeiten an Gleich- und "
            "Wechselstrommaschinen und lernen Grundlagen der Elektronik und der Steuerungstechnik. "
            "Die indischen Vorschriften für elektrische Anlagen bilden den normativen Rahmen."
        ),
        "learning_objectives_en": (
            "Trainees install domestic wiring, rewind motors and transformers, assemble switchgear "
            "and test earthing systems. They work on DC and AC machines and learn the basics of "
            "electronics and control engineering. Indian regulations for electrical installations "
            "provide the normative framework."
        ),
        "subjects": [
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1800},
            {"de": "Fachtheorie Elektrotechnik", "en": "Electrical trade theory", "hours": 420},
            {
                "de": "Werkstattrechnen und Naturwissenschaft",
                "en": "Workshop calculation and science",
                "hours": 160,
            },
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 160},
            {"de": "Beschäftigungsfähigkeit", "en": "Employability skills", "hours": 120},
        ],
        "practical_de": (
            "Rund 70 Prozent der Zeit entfallen auf Werkstattpraxis im ITI; ein kurzes "
            "On-the-Job-Training in Betrieben ist vorgesehen."
        ),
        "practical_en": (
            "Around 70 per cent of the time is spent on workshop practice at the ITI; a short "
            "on-the-job training period in companies is included."
        ),
        "examination_de": (
            "Die Abschlussprüfung (All India Trade Test) besteht aus einem computergestützten "
            "Theorietest und einer praktischen Prüfung."
        ),
        "examination_en": (
            "The final examination (All India Trade Test) consists of a computer-based theory test "
            "and a practical examination."
        ),
        "certificate_de": (
            "Der NCVT stellt das National Trade Certificate mit Angabe des Trades und der "
            "NSQF-Stufe aus."
        ),
        "certificate_en": (
            "The NCVT issues the National Trade Certificate stating the trade and NSQF level."
        ),
    },
    {
        "key": "in-iti-fitter",
        "country": "IN",
        "original_name": "राष्ट्रीय व्यवसाय प्रमाणपत्र – फिटर",
        "transliteration": "Rāṣṭrīya vyavasāya pramāṇapatra – phiṭar",
        "name_de": "National Trade Certificate – Schlosser/-in (Fitter)",
        "name_en": "National Trade Certificate – fitter",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7233",
        "field": "metal",
        "reference_occupations": ["industriemechaniker"],
        "duration_months": 24,
        "valid_from": "2018-08-02",
        "valid_until": None,
        "legal_basis_de": (
            "Craftsmen Training Scheme und der NSQF-konforme Lehrplan für den Trade Fitter, "
            "veröffentlicht von der Generaldirektion für Ausbildung."
        ),
        "legal_basis_en": (
            "Craftsmen Training Scheme and the NSQF-compliant curriculum for the fitter trade, "
            "published by the Directorate General of Training."
        ),
        "institutions_de": (
            "Fitter-Kurse werden an nahezu allen Industrial Training Institutes angeboten, häufig "
            "mit Partnerunternehmen aus dem Maschinenbau."
        ),
        "institutions_en": (
            "Fitter courses are offered at almost all Industrial Training Institutes, often with "
            "partner companies from mechanical engineering."
        ),
        "admission_de": (
            "Zugelassen werden Bewerberinnen und Bewerber mit Abschluss der zehnten Klasse, meist "
            "im Alter zwischen 14 und 40 Jahren."
        ),
        "admission_en": (
            "Applicants who have completed the tenth grade, usually aged between 14 and 40, are "
            "admitted."
        ),
        "summary_de": (
            "Der Fitter ist der klassische Metallberuf der indischen Berufsausbildung und umfasst "
            "Anreißen, Feilen, Passen und Montieren. Viele Absolventen schließen eine einjährige "
            "Lehre nach dem Apprentices Act an."
        ),
        "summary_en": (
            "The fitter is the classic metal trade in Indian vocational training and covers "
            "marking out, filing, fitting and assembly. Many graduates follow it with a one-year "
            "apprenticeship under the Apprentices Act."
        ),
        "learning_objectives_de": (
            "Die Auszubildenden fertigen Passteile mit Hand- und Maschinenwerkzeugen, bohren, "
            "reiben und schleifen und montieren Baugruppen. Sie lesen Zeichnungen, messen mit "
            "Messschieber und Mikrometer und führen einfache Instandhaltungsarbeiten an Maschinen "
            "durch. CNC-Technik und Pneumatik werden in Grundzügen behandelt."
        ),
        "learning_objectives_en": (
            "Trainees make fitting parts with hand and machine tools, drill, ream and grind and "
            "assemble components. They read drawings, measure with callipers and micrometers and "
            "carry out simple maintenance on machines. CNC technology and pneumatics are covered "
            "in outline."
        ),
        "subjects": [
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1800},
            {"de": "Fachtheorie Metall", "en": "Metal trade theory", "hours": 420},
            {
                "de": "Werkstattrechnen und Naturwissenschaft",
                "en": "Workshop calculation and science",
                "hours": 160,
            },
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 160},
            {"de": "Beschäftigungsfähigkeit", "en": "Employability skills", "hours": 120},
        ],
        "practical_de": (
            "Die praktische Ausbildung findet überwiegend in den Werkstätten des ITI statt; die "
            "anschließende Lehre im Betrieb ist freiwillig, aber verbreitet."
        ),
        "practical_en": (
            "Practical training takes place mainly in the ITI workshops; the subsequent in-company "
            "apprenticeship is voluntary but common."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasst einen Theorietest und eine praktische Aufgabe, meist die "
            "Anfertigung eines Passstücks nach Zeichnung."
        ),
        "examination_en": (
            "The final examination comprises a theory test and a practical task, usually making a "
            "fitting piece to a drawing."
        ),
        "certificate_de": (
            "Ausgestellt wird das National Trade Certificate im Trade Fitter; nach einer Lehre "
            "kommt das National Apprenticeship Certificate hinzu."
        ),
        "certificate_en": (
            "The National Trade Certificate in the fitter trade is issued; after an "
            "apprenticeship, the National Apprenticeship Certificate is added."
        ),
    },
    {
        "key": "in-diploma-mechanical-engineering",
        "country": "IN",
        "original_name": "Diploma in Mechanical Engineering",
        "transliteration": "",
        "name_de": "Diplom Maschinenbau (Polytechnic)",
        "name_en": "Diploma in mechanical engineering (polytechnic)",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["industriemechaniker", "industriemeister-metall"],
        "duration_months": 36,
        "valid_from": "2019-06-01",
        "valid_until": None,
        "legal_basis_de": (
            "Mustercurriculum des All India Council for Technical Education (AICTE) für "
            "Diplomstudiengänge von 2019 und die Prüfungsordnungen der Boards of Technical "
            "Education der Bundesstaaten."
        ),
        "legal_basis_en": (
            "The 2019 model curriculum of the All India Council for Technical Education (AICTE) "
            "for diploma programmes and the examination regulations of the state boards of "
            "technical education."
        ),
        "institutions_de": (
            "Das Diplom wird an staatlichen und privaten Polytechnics erworben, die von den Boards "
            "of Technical Education der Bundesstaaten anerkannt sind."
        ),
        "institutions_en": (
            "The diploma is obtained at public and private polytechnics recognised by the state "
            "boards of technical education."
        ),
        "admission_de": (
            "Zugang haben Absolventinnen und Absolventen der zehnten Klasse mit Mathematik und "
            "Naturwissenschaften; Inhaber eines ITI-Zertifikats können direkt ins zweite Jahr "
            "einsteigen."
        ),
        "admission_en": (
            "Tenth-grade graduates with mathematics and science are eligible; holders of an ITI "
            "certificate can enter the second year directly."
        ),
        "summary_de": (
            "Das dreijährige Diplom bildet Technikerinnen und Techniker für Konstruktion, "
            "Fertigung und Instandhaltung aus. Es ist stark theoretisch geprägt und wird in Indien "
            "eine Stufe unterhalb des Bachelor of Engineering eingeordnet."
        ),
        "summary_en": (
            "The three-year diploma trains technicians for design, production and maintenance. It "
            "is strongly theoretical and is classified in India one level below the Bachelor of "
            "Engineering."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen berechnen Maschinenelemente, erstellen Zeichnungen "
            "mit CAD und planen Fertigungsprozesse. Sie kennen Thermodynamik, Fluidmechanik und "
            "Werkstofftechnik und führen Versuche im Labor durch. Die handwerkliche Praxis ist "
            "geringer als in einer deutschen Berufsausbildung."
        ),
        "learning_objectives_en": (
            "Graduates calculate machine elements, produce drawings with CAD and plan "
            "manufacturing processes. They know thermodynamics, fluid mechanics and materials "
            "engineering and conduct laboratory experiments. Hands-on practice is less extensive "
            "than in German vocational training."
        ),
        "subjects": [
            {"de": "Technische Mechanik", "en": "Engineering mechanics", "hours": 180},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 200},
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 240},
            {"de": "Thermodynamik", "en": "Thermodynamics", "hours": 150},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 120},
            {"de": "Mathematik", "en": "Mathematics", "hours": 240},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 300},
        ],
        "practical_de": (
            "Im Studium sind Labor- und Werkstattübungen sowie ein Industriepraktikum von vier bis "
            "sechs Wochen nach dem zweiten Jahr vorgesehen."
        ),
        "practical_en": (
            "The programme includes laboratory and workshop exercises and an industrial placement "
            "of four to six weeks after the second year."
        ),
        "examination_de": (
            "Jedes Semester endet mit Prüfungen des Boards of Technical Education; im letzten "
            "Semester wird ein Projekt angefertigt."
        ),
        "examination_en": (
            "Each semester ends with examinations set by the board of technical education; a "
            "project is completed in the final semester."
        ),
        "certificate_de": (
            "Das Board of Technical Education des jeweiligen Bundesstaats verleiht das Diploma in "
            "Mechanical Engineering mit einer Notenübersicht."
        ),
        "certificate_en": (
            "The board of technical education of the respective state awards the Diploma in "
            "Mechanical Engineering with a transcript."
        ),
    },
    {
        "key": "vn-cao-dang-dien-cong-nghiep",
        "country": "VN",
        "original_name": "Bằng tốt nghiệp cao đẳng – Điện công nghiệp",
        "transliteration": "",
        "name_de": "College-Abschluss – Industrielle Elektrotechnik",
        "name_en": "College diploma – industrial electrical engineering",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3113",
        "field": "electrical",
        "reference_occupations": ["elektroniker-betriebstechnik"],
        "duration_months": 30,
        "valid_from": "2017-03-13",
        "valid_until": None,
        "legal_basis_de": (
            "Berufsbildungsgesetz Nr. 74/2014/QH13 und das vom College erlassene "
            "Ausbildungsprogramm nach den Mindestanforderungen des Ministeriums für Arbeit, "
            "Invaliden und Soziales."
        ),
        "legal_basis_en": (
            "Vocational Education Law No. 74/2014/QH13 and the training programme issued by the "
            "college in line with the minimum requirements of the Ministry of Labour, Invalids and "
            "Social Affairs."
        ),
        "institutions_de": (
            "Ausgebildet wird an technischen Colleges, etwa den Hochtechnologie-Colleges in Hanoi, "
            "Đà Nẵng und Ho-Chi-Minh-Stadt."
        ),
        "institutions_en": (
            "Training takes place at technical colleges, such as the high-tech colleges in Hanoi, "
            "Da Nang and Ho Chi Minh City."
        ),
        "admission_de": (
            "Voraussetzung ist das Abschlusszeugnis der Oberstufe oder ein Trung-cấp-Abschluss mit "
            "ergänzenden allgemeinbildenden Fächern."
        ),
        "admission_en": (
            "The upper secondary school leaving certificate or an intermediate-level (trung cấp) "
            "qualification with supplementary general subjects is required."
        ),
        "summary_de": (
            "Das College-Programm bildet Fachkräfte für Installation, Betrieb und Instandhaltung "
            "elektrischer Anlagen in Industriebetrieben aus. Einige Colleges bieten das Programm "
            "nach deutschen Standards mit Partnerunternehmen an."
        ),
        "summary_en": (
            "The college programme trains skilled workers to install, operate and maintain "
            "electrical systems in industrial companies. Some colleges offer the programme to "
            "German standards with partner companies."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen installieren und warten Motoren, Antriebe, "
            "Schaltanlagen und Beleuchtung in Fabriken. Sie programmieren SPS, parametrieren "
            "Frequenzumrichter und suchen Fehler in Steuerungen. Hausinstallationen nach deutschen "
            "Normen sind nicht Teil der Ausbildung."
        ),
        "learning_objectives_en": (
            "Graduates install and maintain motors, drives, switchgear and lighting in factories. "
            "They program PLCs, configure frequency converters and troubleshoot control systems. "
            "Domestic wiring to German standards is not part of the training."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 150,
            },
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 180},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 240},
            {"de": "Elektronik", "en": "Electronics", "hours": 120},
            {"de": "Englisch", "en": "English", "hours": 120},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1200},
        ],
        "practical_de": (
            "Etwa zwei Drittel der Unterrichtszeit finden in Werkstätten statt; im letzten "
            "Semester folgt ein Betriebspraktikum von acht bis zwölf Wochen."
        ),
        "practical_en": (
            "About two thirds of teaching time takes place in workshops; the final semester "
            "includes a company placement of eight to twelve weeks."
        ),
        "examination_de": (
            "Die Abschlussprüfung besteht aus einer Prüfung in Fachtheorie, einer praktischen "
            "Prüfung und teilweise einer Abschlussarbeit."
        ),
        "examination_en": (
            "The final examination consists of a trade theory test, a practical examination and in "
            "some cases a final thesis."
        ),
        "certificate_de": (
            "Das College stellt den Abschluss (bằng tốt nghiệp cao đẳng) mit dem Titel Kỹ sư thực "
            "hành (Praxisingenieur) aus."
        ),
        "certificate_en": (
            "The college issues the diploma (bằng tốt nghiệp cao đẳng) with the title Kỹ sư thực "
            "hành (practical engineer)."
        ),
    },
    {
        "key": "vn-trung-cap-che-bien-mon-an",
        "country": "VN",
        "original_name": "Bằng tốt nghiệp trung cấp – Kỹ thuật chế biến món ăn",
        "transliteration": "",
        "name_de": "Abschluss der mittleren Berufsbildung – Speisenzubereitung",
        "name_en": "Intermediate vocational diploma – food preparation technique",
        "qualification_type": "school",
        "isced": 4,
        "isco": "5120",
        "field": "hospitality",
        "reference_occupations": ["koch"],
        "duration_months": 18,
        "valid_from": "2017-03-14",
        "valid_until": None,
        "legal_basis_de": (
            "Berufsbildungsgesetz von 2014 und das Ausbildungsprogramm der Berufsschule für den "
            "Beruf Speisenzubereitung auf der mittleren Stufe."
        ),
        "legal_basis_en": (
            "2014 Vocational Education Law and the vocational school's training programme for food "
            "preparation at intermediate level."
        ),
        "institutions_de": (
            "Die Ausbildung bieten Berufsschulen und Colleges für Tourismus und Gastronomie an, "
            "etwa in Hanoi, Huế und Ho-Chi-Minh-Stadt."
        ),
        "institutions_en": (
            "Training is offered by vocational schools and colleges of tourism and hospitality, "
            "for example in Hanoi, Hue and Ho Chi Minh City."
        ),
        "admission_de": (
            "Zugelassen werden Absolventinnen und Absolventen der Oberstufe; Bewerberinnen und "
            "Bewerber mit Abschluss der Mittelschule belegen zusätzlich allgemeinbildende Fächer."
        ),
        "admission_en": (
            "Upper secondary graduates are admitted; applicants with a lower secondary certificate "
            "also take general subjects."
        ),
        "summary_de": (
            "Der Abschluss der mittleren Stufe qualifiziert für die Arbeit als Koch in "
            "Restaurants, Hotels und Großküchen. Die vietnamesische Küche steht im Mittelpunkt, "
            "ergänzt um europäische und asiatische Gerichte."
        ),
        "summary_en": (
            "The intermediate-level qualification prepares holders for work as cooks in "
            "restaurants, hotels and large-scale kitchens. Vietnamese cuisine is at the centre, "
            "complemented by European and Asian dishes."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen bereiten Suppen, Nudelgerichte sowie Fleisch-, "
            "Fisch- und Gemüsegerichte zu und richten Buffets an. Sie beachten die "
            "Lebensmittelhygiene und kalkulieren Portionen. Europäische Grundtechniken wie Fonds "
            "und Saucen werden in einem eigenen Modul vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates prepare soups, noodle dishes and meat, fish and vegetable dishes and set up "
            "buffets. They observe food hygiene and calculate portions. Basic European techniques "
            "such as stocks and sauces are taught in a separate module."
        ),
        "subjects": [
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 700},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 90},
            {"de": "Hygiene", "en": "Hygiene", "hours": 45},
            {"de": "Ernährungslehre", "en": "Nutrition", "hours": 45},
            {"de": "Englisch", "en": "English", "hours": 90},
        ],
        "practical_de": (
            "Die Lernenden absolvieren ein Praktikum von mindestens acht Wochen in Hotelküchen "
            "oder Restaurants."
        ),
        "practical_en": (
            "Learners complete a placement of at least eight weeks in hotel kitchens or "
            "restaurants."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasst eine schriftliche Prüfung und die Zubereitung mehrerer "
            "Gerichte in vorgegebener Zeit."
        ),
        "examination_en": (
            "The final examination comprises a written test and preparing several dishes within a "
            "set time."
        ),
        "certificate_de": (
            "Ausgestellt wird der Abschluss der mittleren Stufe (bằng tốt nghiệp trung cấp) mit "
            "der Berufsbezeichnung Kỹ thuật chế biến món ăn."
        ),
        "certificate_en": (
            "The intermediate-level diploma (bằng tốt nghiệp trung cấp) is issued with the "
            "occupational title Kỹ thuật chế biến món ăn."
        ),
    },
    {
        "key": "vn-cao-dang-cong-nghe-o-to",
        "country": "VN",
        "original_name": "Bằng tốt nghiệp cao đẳng – Công nghệ ô tô",
        "transliteration": "",
        "name_de": "College-Abschluss – Kraftfahrzeugtechnologie",
        "name_en": "College diploma – automotive technology",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 30,
        "valid_from": "2017-03-15",
        "valid_until": None,
        "legal_basis_de": (
            "Berufsbildungsgesetz von 2014 und das auf Rahmenvorgaben beruhende "
            "Ausbildungsprogramm Công nghệ ô tô, das einige Colleges aus australischen oder "
            "deutschen Partnerprogrammen übernommen haben."
        ),
        "legal_basis_en": (
            "2014 Vocational Education Law and the framework-based automotive technology "
            "programme, which some colleges have adopted from Australian or German partner "
            "programmes."
        ),
        "institutions_de": (
            "Unterrichtet wird an technischen Colleges, die häufig gemeinsam mit "
            "Fahrzeugherstellern Ausbildungswerkstätten betreiben."
        ),
        "institutions_en": (
            "Teaching takes place at technical colleges, which often run training workshops "
            "together with vehicle manufacturers."
        ),
        "admission_de": (
            "Aufnahmevoraussetzung ist das Abschlusszeugnis der Oberstufe; an einigen Colleges "
            "gibt es einen praktischen Eignungstest."
        ),
        "admission_en": (
            "The admission requirement is the upper secondary school leaving certificate; some "
            "colleges hold a practical aptitude test."
        ),
        "summary_de": (
            "Das Programm bildet Fachkräfte für Wartung, Diagnose und Reparatur von Pkw und "
            "Motorrädern aus. Der College-Abschluss ist in Vietnam eine angesehene Qualifikation "
            "für Werkstattleitungen."
        ),
        "summary_en": (
            "The programme trains skilled workers to service, diagnose and repair cars and "
            "motorcycles. In Vietnam, the college diploma is a respected qualification for "
            "workshop managers."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen warten Motoren, Getriebe und Fahrwerke, "
            "diagnostizieren elektronische Einspritz- und Zündsysteme und reparieren Klimaanlagen. "
            "Sie organisieren Werkstattaufträge und beraten Kundinnen und Kunden. Elektrofahrzeuge "
            "werden an ausgewählten Colleges behandelt."
        ),
        "learning_objectives_en": (
            "Graduates service engines, gearboxes and chassis, diagnose electronic injection and "
            "ignition systems and repair air-conditioning units. They organise workshop orders and "
            "advise customers. Electric vehicles are covered at selected colleges."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 240},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 180},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 180},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 60},
            {"de": "Englisch", "en": "English", "hours": 120},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1100},
        ],
        "practical_de": (
            "Der überwiegende Teil der Ausbildung findet in Werkstätten des Colleges statt, "
            "ergänzt durch ein Betriebspraktikum in Autohäusern."
        ),
        "practical_en": (
            "Most of the training takes place in the college workshops, supplemented by a "
            "placement at car dealerships."
        ),
        "examination_de": (
            "Abgeschlossen wird mit einer Theorieprüfung und einer praktischen Prüfung an "
            "Fahrzeugen oder Prüfständen."
        ),
        "examination_en": (
            "The programme ends with a theory examination and a practical examination on vehicles "
            "or test benches."
        ),
        "certificate_de": (
            "Ausgestellt wird der College-Abschluss mit der Berufsbezeichnung Công nghệ ô tô und "
            "dem Titel Kỹ sư thực hành."
        ),
        "certificate_en": (
            "The college diploma is issued with the occupational title Công nghệ ô tô and the "
            "title Kỹ sư thực hành."
        ),
    },
    {
        "key": "ph-eim-nc2",
        "country": "PH",
        "original_name": "National Certificate II – Electrical Installation and Maintenance",
        "transliteration": "",
        "name_de": "Nationales Zertifikat II – Elektroinstallation und Wartung",
        "name_en": "National Certificate II – electrical installation and maintenance",
        "qualification_type": "other",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 6,
        "valid_from": "2013-11-28",
        "valid_until": None,
        "legal_basis_de": (
            "Trainingsvorschrift (Training Regulation) der TESDA für Electrical Installation and "
            "Maintenance NC II auf Grundlage des Republic Act 7796."
        ),
        "legal_basis_en": (
            "TESDA training regulation for Electrical Installation and Maintenance NC II based on "
            "Republic Act 7796."
        ),
        "institutions_de": (
            "Die Kurse bieten TESDA-Ausbildungszentren, private Technical-Vocational Institutions "
            "und Senior High Schools im technisch-beruflichen Zweig an."
        ),
        "institutions_en": (
            "The courses are offered by TESDA training centres, private technical-vocational "
            "institutions and senior high schools in the technical-vocational track."
        ),
        "admission_de": (
            "Voraussetzung sind ein Mindestalter von 18 Jahren und in der Regel der Abschluss der "
            "zehnten Klasse sowie Grundkenntnisse in Lesen, Schreiben und Rechnen."
        ),
        "admission_en": (
            "Participants must be at least 18 and usually have completed the tenth grade and have "
            "basic reading, writing and numeracy skills."
        ),
        "summary_de": (
            "Das Zertifikat bescheinigt Kompetenzen für Installations- und Wartungsarbeiten an "
            "Niederspannungsanlagen in Wohngebäuden. Der Kurs umfasst laut Trainingsvorschrift "
            "rund 400 Stunden und ist damit deutlich kürzer als eine deutsche Ausbildung."
        ),
        "summary_en": (
            "The certificate attests to competences for installation and maintenance work on "
            "low-voltage systems in residential buildings. According to the training regulation, "
            "the course comprises around 400 hours and is therefore much shorter than German "
            "vocational training."
        ),
        "learning_objectives_de": (
            "Die Teilnehmenden verlegen Leitungen in Rohren, installieren Schalter, Steckdosen und "
            "Leuchten und montieren Verteilerkästen. Sie führen einfache Prüfungen durch und "
            "arbeiten nach dem Philippine Electrical Code. Planung, Steuerungstechnik und "
            "Industrieanlagen gehören nicht zum Umfang."
        ),
        "learning_objectives_en": (
            "Participants lay cables in conduits, install switches, sockets and luminaires and fit "
            "distribution boxes. They carry out simple tests and work according to the Philippine "
            "Electrical Code. Planning, control engineering and industrial plants are not included."
        ),
        "subjects": [
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 200},
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 60,
            },
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 40},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 30},
            {"de": "Berufsbezogene Grundkompetenzen", "en": "Basic work competencies", "hours": 70},
        ],
        "practical_de": (
            "Der Kurs ist überwiegend praktisch angelegt; ein anschließendes Betriebspraktikum ist "
            "nur bei einigen Anbietern vorgesehen."
        ),
        "practical_en": (
            "The course is mainly practical; a subsequent company placement is provided only by "
            "some providers."
        ),
        "examination_de": (
            "Die Kompetenzprüfung wird in einem akkreditierten Assessment Center abgelegt und "
            "besteht aus praktischen Aufgaben, einer schriftlichen Prüfung und einem Fachgespräch."
        ),
        "examination_en": (
            "The competency assessment is taken at an accredited assessment centre and consists of "
            "practical tasks, a written test and a professional interview."
        ),
        "certificate_de": (
            "Nach bestandener Prüfung stellt die TESDA das National Certificate II mit einer "
            "Gültigkeit von fünf Jahren aus."
        ),
        "certificate_en": (
            "After passing the assessment, TESDA issues the National Certificate II, valid for "
            "five years."
        ),
    },
    {
        "key": "ph-automotive-servicing-nc2",
        "country": "PH",
        "original_name": "National Certificate II – Automotive Servicing",
        "transliteration": "",
        "name_de": "Nationales Zertifikat II – Kfz-Service",
        "name_en": "National Certificate II – automotive servicing",
        "qualification_type": "other",
        "isced": 3,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 8,
        "valid_from": "2014-06-30",
        "valid_until": None,
        "legal_basis_de": (
            "Trainingsvorschrift der TESDA für Automotive Servicing NC II mit den "
            "Kompetenzeinheiten für die Wartung von Motor, Antrieb, Bremsen und Fahrwerk."
        ),
        "legal_basis_en": (
            "TESDA training regulation for Automotive Servicing NC II with the units of competency "
            "for servicing engine, drivetrain, brakes and chassis."
        ),
        "institutions_de": (
            "Angeboten wird die Qualifikation von TESDA-Schulen, privaten Anbietern und "
            "Autohäusern, die eigene Trainingszentren betreiben."
        ),
        "institutions_en": (
            "The qualification is offered by TESDA schools, private providers and car dealerships "
            "running their own training centres."
        ),
        "admission_de": (
            "Zugelassen werden Personen ab 18 Jahren mit Grundkenntnissen in Kommunikation und "
            "Mathematik; häufig wird der Abschluss der zehnten Klasse verlangt."
        ),
        "admission_en": (
            "People aged 18 or over with basic communication and maths skills are admitted; "
            "completion of the tenth grade is often required."
        ),
        "summary_de": (
            "Das Zertifikat bescheinigt Kompetenzen für regelmäßige Wartungsarbeiten an Pkw und "
            "leichten Nutzfahrzeugen. Viele Absolventinnen und Absolventen arbeiten im Ausland, "
            "etwa im Nahen Osten."
        ),
        "summary_en": (
            "The certificate attests to competences for routine servicing of cars and light "
            "commercial vehicles. Many graduates work abroad, for example in the Middle East."
        ),
        "learning_objectives_de": (
            "Die Teilnehmenden führen Inspektionen durch, wechseln Öl, Filter und Bremsbeläge und "
            "warten Kühl- und Kraftstoffsysteme. Sie nutzen Werkstattausrüstung sicher und "
            "dokumentieren ihre Arbeiten. Die Diagnose elektronischer Systeme ist Gegenstand der "
            "höheren Stufe NC III."
        ),
        "learning_objectives_en": (
            "Participants carry out inspections, change oil, filters and brake pads and service "
            "cooling and fuel systems. They use workshop equipment safely and document their work. "
            "Diagnosing electronic systems is covered at the higher NC III level."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 220},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 120},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 30},
            {"de": "Berufsbezogene Grundkompetenzen", "en": "Basic work competencies", "hours": 70},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 300},
        ],
        "practical_de": (
            "Viele Anbieter verbinden den Kurs mit einer Praxisphase in Partnerwerkstätten im "
            "Rahmen der dualen Ausbildung nach dem Dual Training System Act."
        ),
        "practical_en": (
            "Many providers combine the course with a practical phase in partner workshops as part "
            "of dual training under the Dual Training System Act."
        ),
        "examination_de": (
            "Die Prüfung im Assessment Center umfasst Arbeitsproben an einem Fahrzeug, eine "
            "schriftliche Prüfung und ein Interview."
        ),
        "examination_en": (
            "The assessment at the assessment centre comprises work samples on a vehicle, a "
            "written test and an interview."
        ),
        "certificate_de": (
            "Ausgestellt wird das National Certificate II Automotive Servicing, das nach fünf "
            "Jahren erneuert werden muss."
        ),
        "certificate_en": (
            "The National Certificate II in automotive servicing is issued and must be renewed "
            "after five years."
        ),
    },
    {
        "key": "ph-bs-hospitality-management",
        "country": "PH",
        "original_name": "Bachelor of Science in Hospitality Management",
        "transliteration": "",
        "name_de": "Bachelor of Science in Hotel- und Gastgewerbemanagement",
        "name_en": "Bachelor of Science in hospitality management",
        "qualification_type": "other",
        "isced": 6,
        "isco": "1411",
        "field": "hospitality",
        "reference_occupations": ["hotelfachmann", "restaurantfachmann"],
        "duration_months": 48,
        "valid_from": "2017-07-21",
        "valid_until": None,
        "legal_basis_de": (
            "Memorandum Order Nr. 62 von 2017 der Commission on Higher Education (CHED) über "
            "Mindeststandards des Studiengangs Hospitality Management."
        ),
        "legal_basis_en": (
            "Commission on Higher Education (CHED) Memorandum Order No. 62 of 2017 on the minimum "
            "standards for the hospitality management programme."
        ),
        "institutions_de": (
            "Der Studiengang wird an staatlichen Universitäten und privaten Colleges angeboten, "
            "die oft über Übungshotels und Lehrrestaurants verfügen."
        ),
        "institutions_en": (
            "The programme is offered at state universities and private colleges, which often have "
            "training hotels and teaching restaurants."
        ),
        "admission_de": (
            "Voraussetzung ist der Abschluss der Senior High School, vorzugsweise im Zweig "
            "Accountancy, Business and Management oder im technisch-beruflichen Zweig."
        ),
        "admission_en": (
            "Completion of senior high school is required, preferably in the accountancy, business "
            "and management strand or the technical-vocational track."
        ),
        "summary_de": (
            "Das vierjährige Bachelorstudium verbindet Betriebswirtschaft mit praktischen Inhalten "
            "aus Hotellerie und Gastronomie. Es ist formal ein Hochschulabschluss, wird für die "
            "Bewertung im Gastgewerbe aber häufig mit dualen Berufen verglichen."
        ),
        "summary_en": (
            "The four-year bachelor's programme combines business administration with practical "
            "content from the hotel and catering sector. It is formally a higher education degree "
            "but is often compared with dual training occupations when assessed for the "
            "hospitality sector."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen organisieren Empfang, Housekeeping und Service, "
            "planen Veranstaltungen und steuern Kosten im Food-and-Beverage-Bereich. Sie kennen "
            "Grundlagen des Marketings und der Personalführung. Praktische Kompetenzen werden in "
            "Laboren und Praktika erworben, deren Umfang je nach Hochschule stark variiert."
        ),
        "learning_objectives_en": (
            "Graduates organise reception, housekeeping and service, plan events and control costs "
            "in food and beverage. They know the basics of marketing and staff management. "
            "Practical competences are acquired in laboratories and internships, the scope of "
            "which varies greatly between institutions."
        ),
        "subjects": [
            {"de": "Hotelbetriebslehre", "en": "Hotel operations", "hours": 216},
            {"de": "Service und Getränkekunde", "en": "Service and beverage studies", "hours": 162},
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 162},
            {"de": "Rechnungswesen", "en": "Accounting", "hours": 108},
            {"de": "Betriebswirtschaftslehre", "en": "Business administration", "hours": 162},
            {"de": "Englisch", "en": "English", "hours": 108},
        ],
        "practical_de": (
            "Vorgeschrieben ist ein Praktikum (on-the-job training) von mindestens 600 Stunden, "
            "das viele Studierende in Hotels im In- oder Ausland absolvieren."
        ),
        "practical_en": (
            "An internship (on-the-job training) of at least 600 hours is compulsory, and many "
            "students complete it in hotels in the Philippines or abroad."
        ),
        "examination_de": (
            "Die Module werden mit Prüfungen und praktischen Leistungsnachweisen abgeschlossen; "
            "eine Abschlussarbeit ist nicht überall vorgesehen."
        ),
        "examination_en": (
            "Modules are completed with examinations and practical assessments; a thesis is not "
            "required everywhere."
        ),
        "certificate_de": (
            "Verliehen wird der Grad Bachelor of Science in Hospitality Management mit einem "
            "Transcript of Records."
        ),
        "certificate_en": (
            "The degree of Bachelor of Science in Hospitality Management is awarded with a "
            "transcript of records."
        ),
    },
    {
        "key": "br-tecnico-eletrotecnica",
        "country": "BR",
        "original_name": "Diploma de Técnico em Eletrotécnica",
        "transliteration": "",
        "name_de": "Diplom Techniker/-in für Elektrotechnik",
        "name_en": "Technician diploma in electrotechnics",
        "qualification_type": "school",
        "isced": 4,
        "isco": "3113",
        "field": "electrical",
        "reference_occupations": [
            "elektroniker-betriebstechnik",
            "elektroniker-energie-gebaeudetechnik",
        ],
        "duration_months": 24,
        "valid_from": "2021-01-04",
        "valid_until": None,
        "legal_basis_de": (
            "Nationaler Katalog der technischen Kurse mit einem Mindestumfang von 1.200 Stunden "
            "für den Kurs Técnico em Eletrotécnica sowie die nationalen Richtlinien für die "
            "berufliche Bildung."
        ),
        "legal_basis_en": (
            "National Catalogue of Technical Courses with a minimum of 1,200 hours for the "
            "electrotechnics technician course and the national guidelines for vocational "
            "education."
        ),
        "institutions_de": (
            "Angeboten wird der Kurs von SENAI-Schulen, den Institutos Federais und staatlichen "
            "technischen Schulen der Bundesstaaten."
        ),
        "institutions_en": (
            "The course is offered by SENAI schools, the Institutos Federais and state technical "
            "schools."
        ),
        "admission_de": (
            "Für den nachschulischen Kurs ist der Abschluss der Oberstufe Voraussetzung; "
            "integrierte Kurse beginnen nach der neunten Klasse."
        ),
        "admission_en": (
            "The post-secondary course requires completion of upper secondary school; integrated "
            "courses start after the ninth grade."
        ),
        "summary_de": (
            "Der Techniker für Elektrotechnik ist einer der verbreitetsten technischen Kurse "
            "Brasiliens und qualifiziert für Installation, Wartung und Projektierung. Nach dem "
            "Abschluss ist eine Registrierung beim Rat der Industrietechniker (CFT) erforderlich."
        ),
        "summary_en": (
            "The electrotechnics technician is one of the most widespread technical courses in "
            "Brazil and qualifies holders for installation, maintenance and design work. After "
            "graduating, registration with the Federal Council of Industrial Technicians (CFT) is "
            "required."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen projektieren und installieren elektrische Anlagen "
            "in Gebäuden und Industrie, warten Motoren und Schaltanlagen und programmieren "
            "einfache Steuerungen. Sie wenden die brasilianische Norm NBR 5410 und die "
            "Sicherheitsnorm NR-10 an. Für bestimmte Tätigkeiten dürfen sie die technische "
            "Verantwortung übernehmen."
        ),
        "learning_objectives_en": (
            "Graduates design and install electrical systems in buildings and industry, maintain "
            "motors and switchgear and program simple controllers. They apply the Brazilian "
            "standard NBR 5410 and the safety standard NR-10. For certain activities, they may "
            "assume technical responsibility."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 200,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 200},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 160},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 160},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 80},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 40},
        ],
        "practical_de": (
            "Ein betriebliches Praktikum (estágio) von häufig 200 bis 400 Stunden ist in den "
            "meisten Kursen vorgesehen."
        ),
        "practical_en": (
            "Most courses include a company internship (estágio), often of 200 to 400 hours."
        ),
        "examination_de": (
            "Die Module werden fortlaufend bewertet; einige Anbieter verlangen eine "
            "Abschlussarbeit oder ein Projekt."
        ),
        "examination_en": (
            "Modules are assessed continuously; some providers require a final paper or project."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diploma de Técnico, das im nationalen Register der technischen "
            "Abschlüsse (SISTEC) eingetragen wird."
        ),
        "certificate_en": (
            "The Diploma de Técnico is issued and entered in the national register of technical "
            "qualifications (SISTEC)."
        ),
    },
    {
        "key": "br-senai-mecanico-usinagem",
        "country": "BR",
        "original_name": "Certificado de Aprendizagem Industrial – Mecânico de Usinagem (SENAI)",
        "transliteration": "",
        "name_de": "Lehrzeugnis der industriellen Lehre – Zerspanungsmechaniker/-in (SENAI)",
        "name_en": "Industrial apprenticeship certificate – machining mechanic (SENAI)",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7223",
        "field": "metal",
        "reference_occupations": ["zerspanungsmechaniker"],
        "duration_months": 18,
        "valid_from": "2000-12-19",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz Nr. 10.097/2000 über die Lehre, das Arbeitsgesetzbuch (CLT) und der Kursplan "
            "des SENAI für die industrielle Lehre Mecânico de Usinagem."
        ),
        "legal_basis_en": (
            "Law No. 10,097/2000 on apprenticeship, the labour code (CLT) and SENAI's course plan "
            "for the machining mechanic industrial apprenticeship."
        ),
        "institutions_de": (
            "Der Unterricht findet an SENAI-Zentren statt, die Praxis im Industriebetrieb, der den "
            "Lehrling anstellt."
        ),
        "institutions_en": (
            "Classes take place at SENAI centres, and practice at the industrial company that "
            "employs the apprentice."
        ),
        "admission_de": (
            "Lehrlinge müssen zwischen 14 und 24 Jahre alt sein, die Schule besuchen oder "
            "abgeschlossen haben und einen Lehrvertrag mit einem Unternehmen schließen."
        ),
        "admission_en": (
            "Apprentices must be between 14 and 24 years old, attend or have completed school and "
            "sign an apprenticeship contract with a company."
        ),
        "summary_de": (
            "Die industrielle Lehre verbindet einen befristeten Arbeitsvertrag mit Kursen beim "
            "SENAI. Sie ist kürzer als eine deutsche Ausbildung und konzentriert sich auf die "
            "Bedienung von Werkzeugmaschinen."
        ),
        "summary_en": (
            "The industrial apprenticeship combines a fixed-term employment contract with courses "
            "at SENAI. It is shorter than German vocational training and focuses on operating "
            "machine tools."
        ),
        "learning_objectives_de": (
            "Die Lehrlinge drehen, fräsen und bohren Bauteile an konventionellen Maschinen, lesen "
            "Zeichnungen und prüfen Maße mit Messmitteln. Sie lernen Grundlagen der "
            "CNC-Programmierung und der Werkzeugvorbereitung. Instandhaltung und Montage kommen "
            "nur am Rande vor."
        ),
        "learning_objectives_en": (
            "Apprentices turn, mill and drill parts on conventional machines, read drawings and "
            "check dimensions with measuring instruments. They learn the basics of CNC programming "
            "and tool preparation. Maintenance and assembly are touched on only marginally."
        ),
        "subjects": [
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 300},
            {"de": "CNC-Technik", "en": "CNC technology", "hours": 160},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 100},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 60},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 40},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 800},
        ],
        "practical_de": (
            "Die praktische Tätigkeit im Betrieb nimmt je nach Vertrag die Hälfte oder mehr der "
            "Arbeitszeit ein und wird vom SENAI begleitet."
        ),
        "practical_en": (
            "Depending on the contract, practical work in the company takes up half or more of "
            "working time and is supervised by SENAI."
        ),
        "examination_de": (
            "Der SENAI bewertet die Kursmodule mit praktischen Aufgaben; eine externe "
            "Abschlussprüfung gibt es nicht."
        ),
        "examination_en": (
            "SENAI assesses the course modules with practical tasks; there is no external final "
            "examination."
        ),
        "certificate_de": (
            "Der SENAI stellt das Certificado de Aprendizagem Industrial mit Kursinhalten und "
            "Stundenumfang aus."
        ),
        "certificate_en": (
            "SENAI issues the Certificado de Aprendizagem Industrial stating course content and "
            "hours."
        ),
    },
    {
        "key": "br-tecnico-agropecuaria",
        "country": "BR",
        "original_name": "Diploma de Técnico em Agropecuária",
        "transliteration": "",
        "name_de": "Diplom Techniker/-in für Landwirtschaft und Viehzucht",
        "name_en": "Technician diploma in agriculture and livestock farming",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3142",
        "field": "agriculture",
        "reference_occupations": ["landwirt", "tierwirt"],
        "duration_months": 36,
        "valid_from": "2021-01-05",
        "valid_until": None,
        "legal_basis_de": (
            "Nationaler Katalog der technischen Kurse mit einem Mindestumfang von 1.200 Stunden "
            "für Técnico em Agropecuária und die Lehrpläne der Institutos Federais."
        ),
        "legal_basis_en": (
            "National Catalogue of Technical Courses with a minimum of 1,200 hours for the "
            "agriculture and livestock technician and the curricula of the Institutos Federais."
        ),
        "institutions_de": (
            "Der Kurs wird vor allem an Agrarschulen der Institutos Federais angeboten, die über "
            "eigene Betriebe mit Feldern, Ställen und Verarbeitungseinrichtungen verfügen."
        ),
        "institutions_en": (
            "The course is offered mainly at agricultural schools of the Institutos Federais, "
            "which have their own farms with fields, livestock buildings and processing facilities."
        ),
        "admission_de": (
            "Im integrierten Kurs beginnen die Lernenden nach der neunten Klasse; die Aufnahme "
            "erfolgt über eine Auswahlprüfung."
        ),
        "admission_en": (
            "In the integrated course, learners start after the ninth grade; admission is via a "
            "selection examination."
        ),
        "summary_de": (
            "Der integrierte Kurs verbindet die dreijährige Oberstufe mit einer "
            "landwirtschaftlichen Technikerausbildung. Viele Schulen haben Internate, da die "
            "Lernenden aus ländlichen Regionen stammen."
        ),
        "summary_en": (
            "The integrated course combines three years of upper secondary school with "
            "agricultural technician training. Many schools have boarding facilities, as learners "
            "come from rural regions."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen planen Pflanzenbau und Tierhaltung, beraten "
            "Betriebe zu Düngung und Pflanzenschutz und überwachen die Produktion. Sie kennen "
            "Rinder-, Schweine- und Geflügelhaltung sowie Grundlagen der Agrarökonomie. Als "
            "registrierte Techniker dürfen sie Rezepte für Pflanzenschutzmittel ausstellen."
        ),
        "learning_objectives_en": (
            "Graduates plan crop and livestock production, advise farms on fertilisation and crop "
            "protection and monitor production. They know cattle, pig and poultry farming and the "
            "basics of agricultural economics. As registered technicians, they may issue "
            "prescriptions for crop protection products."
        ),
        "subjects": [
            {"de": "Pflanzenbau", "en": "Crop production", "hours": 300},
            {"de": "Tierhaltung", "en": "Animal husbandry", "hours": 300},
            {"de": "Bodenkunde", "en": "Soil science", "hours": 100},
            {"de": "Landtechnik", "en": "Agricultural machinery", "hours": 100},
            {"de": "Portugiesische Sprache", "en": "Portuguese language", "hours": 360},
            {"de": "Mathematik", "en": "Mathematics", "hours": 360},
        ],
        "practical_de": (
            "Die Lernenden arbeiten regelmäßig im Schulbetrieb und absolvieren ein Praktikum in "
            "landwirtschaftlichen Betrieben oder Genossenschaften."
        ),
        "practical_en": (
            "Learners work regularly on the school farm and complete a placement on farms or in "
            "cooperatives."
        ),
        "examination_de": (
            "Die Bewertung erfolgt fortlaufend; am Ende steht häufig ein Praktikumsbericht oder "
            "ein Abschlussprojekt."
        ),
        "examination_en": (
            "Assessment is continuous; the course often ends with an internship report or a final "
            "project."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diploma de Técnico em Agropecuária, das zur Registrierung beim "
            "Rat der Agrartechniker (CFTA) berechtigt."
        ),
        "certificate_en": (
            "The Diploma de Técnico em Agropecuária is issued, entitling holders to register with "
            "the Federal Council of Agricultural Technicians (CFTA)."
        ),
    },
    {
        "key": "ma-ts-electromecanique",
        "country": "MA",
        "original_name": (
            "Diplôme de Technicien Spécialisé – Électromécanique des Systèmes Automatisés"
        ),
        "transliteration": "",
        "name_de": (
            "Diplom Spezialisierte/-r Techniker/-in – Elektromechanik automatisierter Systeme"
        ),
        "name_en": "Specialised technician diploma – electromechanics of automated systems",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3113",
        "field": "electrical",
        "reference_occupations": ["mechatroniker", "elektroniker-betriebstechnik"],
        "duration_months": 24,
        "valid_from": "2015-09-14",
        "valid_until": None,
        "legal_basis_de": (
            "Ausbildungsprogramm des OFPPT für das Fach Électromécanique des Systèmes Automatisés "
            "nach dem Kompetenzansatz auf Grundlage der Gesetze über die Berufsbildung."
        ),
        "legal_basis_en": (
            "OFPPT training programme for electromechanics of automated systems based on the "
            "competency-based approach and the laws on vocational training."
        ),
        "institutions_de": (
            "Unterrichtet wird an den Instituts Spécialisés de Technologie Appliquée (ISTA) des "
            "OFPPT und an sektoralen Instituten der Automobil- und Luftfahrtindustrie."
        ),
        "institutions_en": (
            "Teaching takes place at OFPPT's specialised institutes of applied technology (ISTA) "
            "and at sectoral institutes of the automotive and aerospace industries."
        ),
        "admission_de": (
            "Voraussetzung ist das Abitur (baccalauréat) mit naturwissenschaftlichem oder "
            "technischem Schwerpunkt; die Auswahl erfolgt nach Noten und einem Test."
        ),
        "admission_en": (
            "The baccalaureate with a science or technical focus is required; selection is based "
            "on marks and a test."
        ),
        "summary_de": (
            "Das zweijährige Programm bildet Techniker für Instandhaltung und Betrieb "
            "automatisierter Anlagen in der Industrie aus. Es ist eines der gefragtesten Programme "
            "des OFPPT."
        ),
        "summary_en": (
            "The two-year programme trains technicians for the maintenance and operation of "
            "automated industrial systems. It is one of OFPPT's most popular programmes."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen warten elektrische, pneumatische und hydraulische "
            "Systeme, programmieren SPS und setzen Antriebe instand. Sie analysieren Störungen, "
            "planen vorbeugende Instandhaltung und dokumentieren Eingriffe. Unterrichtssprache ist "
            "Französisch."
        ),
        "learning_objectives_en": (
            "Graduates maintain electrical, pneumatic and hydraulic systems, program PLCs and "
            "repair drives. They analyse faults, plan preventive maintenance and document "
            "interventions. The language of instruction is French."
        ),
        "subjects": [
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 250},
            {"de": "Hydraulik und Pneumatik", "en": "Hydraulics and pneumatics", "hours": 150},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 150},
            {"de": "Elektronik", "en": "Electronics", "hours": 120},
            {"de": "Französisch", "en": "French", "hours": 90},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 600},
        ],
        "practical_de": (
            "Im Programm sind zwei Betriebspraktika vorgesehen, insgesamt meist zwei bis drei "
            "Monate in Industrieunternehmen."
        ),
        "practical_en": (
            "The programme includes two company placements, usually totalling two to three months "
            "in industrial companies."
        ),
        "examination_de": (
            "Die Abschlussprüfung besteht aus einer theoretischen Synthesearbeit und einer "
            "praktischen Prüfung an einer Anlage."
        ),
        "examination_en": (
            "The final examination consists of a theoretical synthesis paper and a practical test "
            "on a system."
        ),
        "certificate_de": (
            "Das OFPPT stellt das staatlich anerkannte Diplôme de Technicien Spécialisé aus."
        ),
        "certificate_en": "OFPPT issues the state-recognised Diplôme de Technicien Spécialisé.",
    },
    {
        "key": "ma-qualification-binaa",
        "country": "MA",
        "original_name": "دبلوم التأهيل المهني – البناء",
        "transliteration": "Diblūm al-taʾhīl al-mihanī – al-bināʾ",
        "name_de": "Diplom der beruflichen Qualifikation – Maurerhandwerk",
        "name_en": "Vocational qualification diploma – masonry",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7112",
        "field": "construction",
        "reference_occupations": ["maurer"],
        "duration_months": 24,
        "valid_from": "2016-09-12",
        "valid_until": None,
        "legal_basis_de": (
            "Ausbildungsprogramm des OFPPT für das Niveau Qualifikation im Bereich Bau und "
            "öffentliche Arbeiten, entwickelt nach dem Kompetenzansatz."
        ),
        "legal_basis_en": (
            "OFPPT training programme for the qualification level in construction and public "
            "works, developed according to the competency-based approach."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt an Bauausbildungszentren des OFPPT, teils in alternierender "
            "Form mit Bauunternehmen."
        ),
        "institutions_en": (
            "Training takes place at OFPPT construction training centres, partly in alternation "
            "with construction companies."
        ),
        "admission_de": (
            "Zugelassen werden Jugendliche ab 15 Jahren mit Abschluss der neunten Klasse der "
            "Mittelschule."
        ),
        "admission_en": (
            "Young people aged 15 or over who have completed the ninth grade of lower secondary "
            "school are admitted."
        ),
        "summary_de": (
            "Das Niveau Qualifikation bildet Facharbeiter für Rohbauarbeiten aus. Der Abschluss "
            "wird in arabischer und französischer Sprache ausgestellt."
        ),
        "summary_en": (
            "The qualification level trains skilled workers for structural building work. The "
            "diploma is issued in Arabic and French."
        ),
        "learning_objectives_de": (
            "Die Lernenden mauern Wände aus Hohlblocksteinen und Ziegeln, schalen und betonieren "
            "Stützen und Decken und verlegen Bewehrung. Sie lesen einfache Baupläne und arbeiten "
            "nach den Sicherheitsregeln auf der Baustelle. Wärmedämmung und Feuchteschutz spielen "
            "im Lehrplan eine geringe Rolle."
        ),
        "learning_objectives_en": (
            "Learners build walls from hollow blocks and bricks, set up formwork, cast columns and "
            "slabs and place reinforcement. They read simple construction drawings and follow site "
            "safety rules. Thermal insulation and damp-proofing play a minor role in the "
            "curriculum."
        ),
        "subjects": [
            {"de": "Mauerwerksbau", "en": "Masonry", "hours": 260},
            {"de": "Betonbau", "en": "Concrete construction", "hours": 200},
            {"de": "Bauzeichnen", "en": "Construction drawing", "hours": 80},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 40},
            {"de": "Französisch", "en": "French", "hours": 60},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 500},
        ],
        "practical_de": (
            "Neben Übungen im Zentrum absolvieren die Lernenden ein Praktikum von sechs bis acht "
            "Wochen auf Baustellen."
        ),
        "practical_en": (
            "In addition to exercises at the centre, learners complete a six- to eight-week "
            "placement on building sites."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasst eine praktische Arbeit, etwa das Mauern einer Wandecke "
            "mit Öffnung, und einen kurzen Theorieteil."
        ),
        "examination_en": (
            "The final examination comprises a practical task, such as building a wall corner with "
            "an opening, and a short theory part."
        ),
        "certificate_de": (
            "Das OFPPT stellt das Diplom der beruflichen Qualifikation mit Angabe des Fachs aus."
        ),
        "certificate_en": "OFPPT issues the vocational qualification diploma stating the trade.",
    },
    {
        "key": "ma-technicien-cuisine",
        "country": "MA",
        "original_name": "Diplôme de Technicien – Cuisine",
        "transliteration": "",
        "name_de": "Technikerdiplom – Küche",
        "name_en": "Technician diploma – cookery",
        "qualification_type": "school",
        "isced": 4,
        "isco": "5120",
        "field": "hospitality",
        "reference_occupations": ["koch"],
        "duration_months": 24,
        "valid_from": "2014-09-15",
        "valid_until": None,
        "legal_basis_de": (
            "Ausbildungsprogramm des Tourismusministeriums für das Niveau Techniker in der "
            "Fachrichtung Küche, umgesetzt an den Hotelfachinstituten."
        ),
        "legal_basis_en": (
            "Ministry of Tourism training programme for the technician level in cookery, "
            "implemented at the hotel training institutes."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgt an spezialisierten Instituten für Hotellerie und Tourismus "
            "(ISTAHT) in Städten wie Marrakesch, Agadir oder Fès."
        ),
        "institutions_en": (
            "Training takes place at specialised institutes of hotel and tourism technology "
            "(ISTAHT) in cities such as Marrakesh, Agadir or Fez."
        ),
        "admission_de": (
            "Voraussetzung ist der Besuch der letzten Klasse der Oberstufe (niveau baccalauréat); "
            "ein Eignungsgespräch ist üblich."
        ),
        "admission_en": (
            "Attendance of the final year of upper secondary school (niveau baccalauréat) is "
            "required; an aptitude interview is usual."
        ),
        "summary_de": (
            "Das zweijährige Programm bildet Köchinnen und Köche für Hotels und Restaurants der "
            "Tourismusbranche aus. Neben der marokkanischen Küche wird die französische Küche "
            "intensiv gelehrt."
        ),
        "summary_en": (
            "The two-year programme trains cooks for hotels and restaurants in the tourism sector. "
            "Alongside Moroccan cuisine, French cuisine is taught intensively."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen bereiten marokkanische Spezialitäten wie Tajine "
            "und Pastilla sowie Gerichte der klassischen französischen Küche zu. Sie arbeiten nach "
            "HACCP, organisieren einen Posten und kalkulieren Rezepte. Pâtisserie und Bankettküche "
            "sind eigene Module."
        ),
        "learning_objectives_en": (
            "Graduates prepare Moroccan specialities such as tagine and pastilla as well as dishes "
            "of classic French cuisine. They work according to HACCP, run a station and cost "
            "recipes. Pâtisserie and banquet cooking are separate modules."
        ),
        "subjects": [
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 800},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 80},
            {"de": "Hygiene", "en": "Hygiene", "hours": 50},
            {"de": "Französisch", "en": "French", "hours": 80},
            {"de": "Englisch", "en": "English", "hours": 60},
            {"de": "Küchenorganisation", "en": "Kitchen organisation", "hours": 60},
        ],
        "practical_de": (
            "Zwei Praktika in Hotelbetrieben von jeweils etwa zwei Monaten sind fester Bestandteil "
            "der Ausbildung."
        ),
        "practical_en": (
            "Two placements in hotels of about two months each are an integral part of the "
            "training."
        ),
        "examination_de": (
            "Die Abschlussprüfung besteht aus einer praktischen Prüfung mit Menü und einer "
            "theoretischen Prüfung."
        ),
        "examination_en": (
            "The final examination consists of a practical test with a menu and a theory "
            "examination."
        ),
        "certificate_de": "Ausgestellt wird das Diplôme de Technicien in der Fachrichtung Küche.",
        "certificate_en": "The Diplôme de Technicien in cookery is issued.",
    },
    {
        "key": "tn-btp-electricite-batiment",
        "country": "TN",
        "original_name": "Brevet de Technicien Professionnel – Électricité Bâtiment",
        "transliteration": "",
        "name_de": "Berufstechnikerzeugnis – Gebäudeelektrik",
        "name_en": "Vocational technician certificate – building electrics",
        "qualification_type": "dual",
        "isced": 4,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 24,
        "valid_from": "2010-09-15",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz Nr. 2008-10 über die Berufsbildung und das Ausbildungsprogramm der ATFP für "
            "den BTP Électricité Bâtiment nach dem Kompetenzansatz."
        ),
        "legal_basis_en": (
            "Law No. 2008-10 on vocational training and the ATFP training programme for the BTP in "
            "building electrics based on the competency-based approach."
        ),
        "institutions_de": (
            "Ausgebildet wird an sektoralen Zentren der ATFP für Elektrik und Elektronik, im "
            "Wechsel mit Praxisphasen in Installationsbetrieben."
        ),
        "institutions_en": (
            "Training takes place at ATFP sectoral centres for electrical engineering and "
            "electronics, alternating with practical phases in installation firms."
        ),
        "admission_de": (
            "Zugelassen werden Bewerberinnen und Bewerber mit Abschluss der zweiten Klasse der "
            "Oberstufe oder mit einem CAP in einem verwandten Beruf."
        ),
        "admission_en": (
            "Applicants who have completed the second year of upper secondary school or hold a CAP "
            "in a related occupation are admitted."
        ),
        "summary_de": (
            "Der BTP ist die mittlere Stufe der tunesischen Berufsbildung und qualifiziert für "
            "Installationsarbeiten im Wohnungs- und Gewerbebau. Die Ausbildung erfolgt überwiegend "
            "im Wechsel zwischen Zentrum und Betrieb."
        ),
        "summary_en": (
            "The BTP is the middle level of Tunisian vocational training and qualifies holders for "
            "installation work in residential and commercial construction. Training mainly "
            "alternates between the centre and the company."
        ),
        "learning_objectives_de": (
            "Die Lernenden installieren Stromkreise, Beleuchtung und Verteilungen in Gebäuden, "
            "verlegen Kommunikations- und Alarmanlagen und prüfen die Installation vor der "
            "Übergabe. Sie lesen Pläne und erstellen einfache Materiallisten. Unterrichtssprache "
            "in den Fachfächern ist Französisch."
        ),
        "learning_objectives_en": (
            "Learners install circuits, lighting and distribution boards in buildings, lay "
            "communication and alarm systems and test the installation before handover. They read "
            "plans and prepare simple material lists. The language of instruction in vocational "
            "subjects is French."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 150,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 300},
            {"de": "Messtechnik", "en": "Measurement technology", "hours": 80},
            {"de": "Französisch", "en": "French", "hours": 80},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 900},
        ],
        "practical_de": (
            "Etwa die Hälfte der Ausbildungszeit verbringen die Lernenden in Unternehmen, mit "
            "denen die ATFP Ausbildungsverträge geschlossen hat."
        ),
        "practical_en": (
            "Learners spend about half of their training time in companies with which ATFP has "
            "concluded training agreements."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasst eine praktische Installationsaufgabe und eine "
            "schriftliche Prüfung in Fachtheorie."
        ),
        "examination_en": (
            "The final examination comprises a practical installation task and a written trade "
            "theory examination."
        ),
        "certificate_de": (
            "Das Ministerium für Berufsbildung stellt den Brevet de Technicien Professionnel aus."
        ),
        "certificate_en": (
            "The Ministry of Vocational Training issues the Brevet de Technicien Professionnel."
        ),
    },
    {
        "key": "tn-cap-patisserie",
        "country": "TN",
        "original_name": "Certificat d'Aptitude Professionnelle – Pâtisserie",
        "transliteration": "",
        "name_de": "Berufsbefähigungszeugnis – Konditorei",
        "name_en": "Certificate of vocational aptitude – pastry making",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7512",
        "field": "hospitality",
        "reference_occupations": ["konditor", "baecker"],
        "duration_months": 24,
        "valid_from": "2011-09-15",
        "valid_until": None,
        "legal_basis_de": (
            "Ausbildungsprogramm der ATFP für den CAP Pâtisserie auf Grundlage des Gesetzes Nr. "
            "2008-10."
        ),
        "legal_basis_en": (
            "ATFP training programme for the CAP in pastry making based on Law No. 2008-10."
        ),
        "institutions_de": (
            "Die Ausbildung findet an Zentren der ATFP für Lebensmittelberufe und in Konditoreien "
            "statt, die Lehrlinge aufnehmen."
        ),
        "institutions_en": (
            "Training takes place at ATFP centres for food occupations and in pastry shops that "
            "take on apprentices."
        ),
        "admission_de": (
            "Voraussetzung sind der Abschluss der neunten Klasse der Grundbildung und ein "
            "Mindestalter von 15 Jahren."
        ),
        "admission_en": (
            "Completion of the ninth grade of basic education and a minimum age of 15 are required."
        ),
        "summary_de": (
            "Der CAP ist die erste Stufe der tunesischen Berufsbildung und führt zu einer "
            "Facharbeiterqualifikation. In der Konditorei stehen französische und tunesische "
            "Backwaren im Mittelpunkt."
        ),
        "summary_en": (
            "The CAP is the first level of Tunisian vocational training and leads to a skilled "
            "worker qualification. In pastry making, French and Tunisian baked goods are the focus."
        ),
        "learning_objectives_de": (
            "Die Lernenden stellen Teige, Cremes und Füllungen her, backen Kuchen, Torten und "
            "Kleingebäck und stellen traditionelle tunesische Süßwaren wie Baklawa her. Sie "
            "beachten Hygieneregeln und kalkulieren Rezepturen. Brot- und Schokoladenherstellung "
            "werden in Grundzügen vermittelt."
        ),
        "learning_objectives_en": (
            "Learners make doughs, creams and fillings, bake cakes, gateaux and small pastries and "
            "produce traditional Tunisian sweets such as baklava. They observe hygiene rules and "
            "cost recipes. Bread and chocolate making are taught in outline."
        ),
        "subjects": [
            {"de": "Konditoreitechnik", "en": "Confectionery techniques", "hours": 500},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 80},
            {"de": "Hygiene", "en": "Hygiene", "hours": 50},
            {"de": "Französisch", "en": "French", "hours": 60},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 900},
        ],
        "practical_de": (
            "Die Lernenden verbringen den Großteil der Ausbildungszeit in einer Konditorei und "
            "besuchen das Zentrum in Blöcken."
        ),
        "practical_en": (
            "Learners spend most of their training time in a pastry shop and attend the centre in "
            "blocks."
        ),
        "examination_de": (
            "Die Prüfung besteht aus der Herstellung eines Sortiments von Gebäck und Torten und "
            "einer mündlichen Befragung."
        ),
        "examination_en": (
            "The examination consists of producing a range of pastries and cakes and an oral "
            "interview."
        ),
        "certificate_de": (
            "Ausgestellt wird das Certificat d'Aptitude Professionnelle in der Fachrichtung "
            "Pâtisserie."
        ),
        "certificate_en": "The Certificat d'Aptitude Professionnelle in pastry making is issued.",
    },
    {
        "key": "tn-bts-maintenance-industrielle",
        "country": "TN",
        "original_name": "Brevet de Technicien Supérieur – Maintenance Industrielle",
        "transliteration": "",
        "name_de": "Höheres Technikerzeugnis – Industrielle Instandhaltung",
        "name_en": "Higher technician certificate – industrial maintenance",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["industriemechaniker", "mechatroniker"],
        "duration_months": 30,
        "valid_from": "2012-09-17",
        "valid_until": None,
        "legal_basis_de": (
            "Gesetz Nr. 2008-10 und das Ausbildungsprogramm der ATFP für den BTS Maintenance "
            "Industrielle, erarbeitet mit Vertretern der Industrie."
        ),
        "legal_basis_en": (
            "Law No. 2008-10 and the ATFP training programme for the BTS in industrial "
            "maintenance, developed with industry representatives."
        ),
        "institutions_de": (
            "Angeboten wird das Programm an Zentren der ATFP in Industriestandorten wie Sfax, "
            "Sousse und Bizerte."
        ),
        "institutions_en": (
            "The programme is offered at ATFP centres in industrial locations such as Sfax, Sousse "
            "and Bizerte."
        ),
        "admission_de": (
            "Voraussetzung ist das Abitur (baccalauréat) in einem technischen oder "
            "naturwissenschaftlichen Zweig oder ein BTP mit Berufserfahrung."
        ),
        "admission_en": (
            "The baccalaureate in a technical or science branch or a BTP with work experience is "
            "required."
        ),
        "summary_de": (
            "Der BTS ist die höchste Stufe der tunesischen Berufsbildung und bildet "
            "Instandhaltungstechniker für Industrieanlagen aus. Er wird in alternierender Form mit "
            "Unternehmen durchgeführt."
        ),
        "summary_en": (
            "The BTS is the highest level of Tunisian vocational training and trains maintenance "
            "technicians for industrial plants. It is delivered in alternation with companies."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen planen vorbeugende Instandhaltung, diagnostizieren "
            "mechanische, elektrische und pneumatische Störungen und organisieren Reparaturen. Sie "
            "bedienen Werkzeugmaschinen zur Anfertigung von Ersatzteilen und nutzen "
            "Instandhaltungssoftware. Die Leitung kleiner Instandhaltungsteams gehört zu den "
            "Ausbildungszielen."
        ),
        "learning_objectives_en": (
            "Graduates plan preventive maintenance, diagnose mechanical, electrical and pneumatic "
            "faults and organise repairs. They operate machine tools to make spare parts and use "
            "maintenance software. Leading small maintenance teams is one of the training "
            "objectives."
        ),
        "subjects": [
            {"de": "Hydraulik und Pneumatik", "en": "Hydraulics and pneumatics", "hours": 150},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 120},
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 120},
            {"de": "Steuerungstechnik", "en": "Control engineering", "hours": 150},
            {"de": "Französisch", "en": "French", "hours": 60},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 1000},
        ],
        "practical_de": (
            "Die Lernenden wechseln zwischen Zentrum und Betrieb; ein großer Teil der Ausbildung "
            "findet in Fabriken der Lebensmittel-, Textil- oder Automobilzulieferindustrie statt."
        ),
        "practical_en": (
            "Learners alternate between the centre and the company; much of the training takes "
            "place in factories in the food, textile or automotive supply industries."
        ),
        "examination_de": (
            "Abschließend wird ein Projekt aus der betrieblichen Praxis erarbeitet und vor einer "
            "Kommission verteidigt."
        ),
        "examination_en": (
            "Finally, a project from company practice is developed and defended before a board."
        ),
        "certificate_de": (
            "Ausgestellt wird der Brevet de Technicien Supérieur in der Fachrichtung Maintenance "
            "Industrielle."
        ),
        "certificate_en": "The Brevet de Technicien Supérieur in industrial maintenance is issued.",
    },
    {
        "key": "eg-dublum-sinai-kahraba",
        "country": "EG",
        "original_name": (
            "دبلوم المدارس الثانوية الصناعية – شعبة الكهرباء، تخصص التركيبات والمعدات الكهربائية"
        ),
        "transliteration": (
            "Diblūm al-madāris al-thānawiyya al-ṣināʿiyya – shuʿbat al-kahrabāʾ, takhaṣṣuṣ "
            "al-tarkībāt wa-l-muʿiddāt al-kahrabāʾiyya"
        ),
        "name_de": (
            "Diplom der industriellen Oberschule – Elektrotechnik, Fachrichtung Installationen und "
            "Ausrüstung"
        ),
        "name_en": (
            "Industrial secondary school diploma – electrical department, installations and "
            "equipment"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": [
            "elektroniker-betriebstechnik",
            "elektroniker-energie-gebaeudetechnik",
        ],
        "duration_months": 36,
        "valid_from": "2000-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Bildungsgesetz Nr. 139 von 1981 und die Lehrpläne des Bildungsministeriums für das "
            "dreijährige industrielle System, Abteilung Elektrotechnik."
        ),
        "legal_basis_en": (
            "Education Law No. 139 of 1981 and the Ministry of Education's curricula for the "
            "three-year industrial system, electrical department."
        ),
        "institutions_de": (
            "Die Ausbildung findet an staatlichen industriellen Oberschulen statt, die in Ägypten "
            "sehr zahlreich und sehr unterschiedlich ausgestattet sind."
        ),
        "institutions_en": (
            "Training takes place at state industrial secondary schools, which are very numerous "
            "in Egypt and vary greatly in their equipment."
        ),
        "admission_de": (
            "Zugelassen werden Absolventinnen und Absolventen der Vorbereitungsschule, deren "
            "Punktzahl für die allgemeine Oberschule nicht ausreicht oder die sich für die "
            "technische Bildung entscheiden."
        ),
        "admission_en": (
            "Graduates of the preparatory school whose score is not sufficient for general "
            "secondary school, or who choose technical education, are admitted."
        ),
        "summary_de": (
            "Das dreijährige Diplom ist der häufigste Abschluss der technischen Sekundarbildung in "
            "Ägypten. Es qualifiziert für Installations- und Wartungstätigkeiten auf "
            "Facharbeiterniveau."
        ),
        "summary_en": (
            "The three-year diploma is the most common qualification in technical secondary "
            "education in Egypt. It qualifies holders for installation and maintenance work at "
            "skilled worker level."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen führen Hausinstallationen aus, schließen Motoren "
            "an und warten elektrische Geräte. Sie kennen die Grundlagen der Elektrotechnik und "
            "lesen Schaltpläne. Die praktische Erfahrung hängt stark von der Ausstattung der "
            "jeweiligen Schule ab."
        ),
        "learning_objectives_en": (
            "Graduates carry out domestic wiring, connect motors and maintain electrical "
            "appliances. They know the fundamentals of electrical engineering and read circuit "
            "diagrams. Practical experience depends heavily on the equipment of the individual "
            "school."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 200,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 240},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 120},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 120},
            {"de": "Arabische Sprache", "en": "Arabic language", "hours": 240},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 600},
        ],
        "practical_de": (
            "Praktischer Unterricht findet in Schulwerkstätten statt; ein Sommerpraktikum in "
            "Betrieben ist vorgesehen, wird aber nicht überall umgesetzt."
        ),
        "practical_en": (
            "Practical instruction takes place in school workshops; a summer placement in "
            "companies is planned but not implemented everywhere."
        ),
        "examination_de": (
            "Die landesweite Abschlussprüfung umfasst schriftliche Prüfungen und eine praktische "
            "Prüfung in der Werkstatt."
        ),
        "examination_en": (
            "The national final examination comprises written tests and a practical test in the "
            "workshop."
        ),
        "certificate_de": (
            "Ausgestellt wird das Diplom der industriellen Oberschule mit Angabe von Abteilung und "
            "Fachrichtung."
        ),
        "certificate_en": (
            "The industrial secondary school diploma is issued stating the department and "
            "specialisation."
        ),
    },
    {
        "key": "eg-dual-mikanika-sayyarat",
        "country": "EG",
        "original_name": (
            "دبلوم المدارس الثانوية الصناعية – نظام التعليم المزدوج، ميكانيكا السيارات"
        ),
        "transliteration": (
            "Diblūm al-madāris al-thānawiyya al-ṣināʿiyya – niẓām al-taʿlīm al-muzdawaj, mīkānīkā "
            "al-sayyārāt"
        ),
        "name_de": "Diplom der industriellen Oberschule im dualen System – Kraftfahrzeugmechanik",
        "name_en": (
            "Industrial secondary school diploma in the dual system – motor vehicle mechanics"
        ),
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 36,
        "valid_from": "2001-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Ministerialerlass über das duale System von 2001 und die gemeinsam mit Unternehmen "
            "und deutschen Partnern entwickelten Ausbildungspläne für Kraftfahrzeugmechanik."
        ),
        "legal_basis_en": (
            "2001 ministerial decree on the dual system and the training plans for motor vehicle "
            "mechanics developed together with companies and German partners."
        ),
        "institutions_de": (
            "Die Lernenden sind an einer industriellen Oberschule eingeschrieben und werden in "
            "einem Kooperationsunternehmen, etwa einer Vertragswerkstatt, ausgebildet; regionale "
            "Investorenverbände koordinieren die Zusammenarbeit."
        ),
        "institutions_en": (
            "Learners are enrolled at an industrial secondary school and trained in a partner "
            "company, such as an authorised garage; regional investor associations coordinate the "
            "cooperation."
        ),
        "admission_de": (
            "Voraussetzung sind der Abschluss der Vorbereitungsschule und ein Ausbildungsvertrag "
            "mit einem am dualen System beteiligten Unternehmen."
        ),
        "admission_en": (
            "Completion of preparatory school and a training contract with a company participating "
            "in the dual system are required."
        ),
        "summary_de": (
            "Das duale System nach deutschem Vorbild gilt als hochwertige Variante der technischen "
            "Sekundarbildung in Ägypten. Die Lernenden erhalten eine Vergütung und verbringen den "
            "größten Teil der Woche im Betrieb."
        ),
        "summary_en": (
            "The dual system based on the German model is regarded as a high-quality form of "
            "technical secondary education in Egypt. Learners receive an allowance and spend most "
            "of the week in the company."
        ),
        "learning_objectives_de": (
            "Die Lernenden warten und reparieren Pkw, führen Diagnosen mit Testgeräten durch und "
            "wechseln Verschleißteile nach Herstellervorgaben. Sie arbeiten in realen "
            "Werkstattabläufen und kennen die Fahrzeugannahme. Die Prüfungsstandards orientieren "
            "sich an deutschen Ausbildungsordnungen."
        ),
        "learning_objectives_en": (
            "Learners service and repair cars, carry out diagnostics with test equipment and "
            "replace wear parts according to manufacturer specifications. They work in real "
            "workshop processes and are familiar with vehicle reception. The examination standards "
            "are based on German training regulations."
        ),
        "subjects": [
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 240},
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 120},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 120},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 80},
            {"de": "Arabische Sprache", "en": "Arabic language", "hours": 180},
            {"de": "Betriebliche Ausbildung", "en": "In-company training", "hours": 2400},
        ],
        "practical_de": (
            "Die Lernenden verbringen vier Tage pro Woche im Unternehmen und zwei Tage in der "
            "Schule."
        ),
        "practical_en": "Learners spend four days a week in the company and two days at school.",
        "examination_de": (
            "Die Abschlussprüfung wird gemeinsam von Schule und Wirtschaft abgenommen und umfasst "
            "eine praktische Prüfung im Betrieb nach deutschem Muster."
        ),
        "examination_en": (
            "The final examination is conducted jointly by the school and industry and includes a "
            "practical examination in the company on the German model."
        ),
        "certificate_de": (
            "Ausgestellt werden das staatliche Diplom der industriellen Oberschule und ein "
            "Zusatzzertifikat über die Ausbildung im dualen System."
        ),
        "certificate_en": (
            "The state industrial secondary school diploma and an additional certificate on "
            "training in the dual system are issued."
        ),
    },
    {
        "key": "eg-dublum-funduqi",
        "country": "EG",
        "original_name": "دبلوم المدارس الثانوية الفندقية",
        "transliteration": "Diblūm al-madāris al-thānawiyya al-funduqiyya",
        "name_de": "Diplom der Oberschule für Hotellerie",
        "name_en": "Hotel secondary school diploma",
        "qualification_type": "school",
        "isced": 3,
        "isco": "5131",
        "field": "hospitality",
        "reference_occupations": ["hotelfachmann", "restaurantfachmann"],
        "duration_months": 36,
        "valid_from": "2002-09-01",
        "valid_until": None,
        "legal_basis_de": (
            "Lehrpläne des Bildungsministeriums für die hotelfachlichen Oberschulen innerhalb der "
            "kaufmännischen technischen Bildung."
        ),
        "legal_basis_en": (
            "Ministry of Education curricula for the hotel secondary schools within commercial "
            "technical education."
        ),
        "institutions_de": (
            "Die Ausbildung findet an hotelfachlichen Oberschulen statt, vor allem in Kairo, "
            "Alexandria und den Tourismusregionen am Roten Meer und in Luxor."
        ),
        "institutions_en": (
            "Training takes place at hotel secondary schools, mainly in Cairo, Alexandria and the "
            "tourist regions on the Red Sea and in Luxor."
        ),
        "admission_de": (
            "Aufgenommen werden Absolventinnen und Absolventen der Vorbereitungsschule mit "
            "ausreichender Punktzahl; Sprachkenntnisse werden teilweise geprüft."
        ),
        "admission_en": (
            "Graduates of the preparatory school with a sufficient score are admitted; language "
            "skills are tested in some cases."
        ),
        "summary_de": (
            "Die dreijährige Oberschule bildet Nachwuchs für Hotels und Restaurants in den "
            "Bereichen Service, Housekeeping und Küche aus. Fremdsprachen haben wegen des "
            "internationalen Tourismus einen hohen Stellenwert."
        ),
        "summary_en": (
            "This three-year secondary school trains young people for hotels and restaurants in "
            "service, housekeeping and the kitchen. Foreign languages are highly important because "
            "of international tourism."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen servieren Speisen und Getränke, bereiten Zimmer "
            "vor und unterstützen an der Rezeption. Sie kennen Grundlagen der Küche und der "
            "Getränkekunde und kommunizieren mit Gästen auf Englisch. Kaufmännische Inhalte wie "
            "Kalkulation werden nur am Rande behandelt."
        ),
        "learning_objectives_en": (
            "Graduates serve food and drinks, prepare rooms and help at reception. They know the "
            "basics of cooking and beverages and communicate with guests in English. Commercial "
            "content such as costing is covered only marginally."
        ),
        "subjects": [
            {"de": "Service und Getränkekunde", "en": "Service and beverage studies", "hours": 300},
            {"de": "Hotelbetriebslehre", "en": "Hotel operations", "hours": 240},
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 240},
            {"de": "Englisch", "en": "English", "hours": 360},
            {"de": "Arabische Sprache", "en": "Arabic language", "hours": 240},
            {"de": "Hygiene", "en": "Hygiene", "hours": 60},
        ],
        "practical_de": (
            "In den Sommermonaten absolvieren die Lernenden Praktika in Hotels der "
            "Tourismusregionen, die oft mehrere Wochen dauern."
        ),
        "practical_en": (
            "In the summer months, learners complete placements in hotels in the tourist regions, "
            "often lasting several weeks."
        ),
        "examination_de": (
            "Die staatliche Abschlussprüfung umfasst schriftliche Fächer und praktische Prüfungen "
            "in Service und Küche."
        ),
        "examination_en": (
            "The state final examination comprises written subjects and practical tests in service "
            "and cookery."
        ),
        "certificate_de": (
            "Das Bildungsministerium stellt das Diplom der hotelfachlichen Oberschule aus."
        ),
        "certificate_en": "The Ministry of Education issues the hotel secondary school diploma.",
    },
    {
        "key": "yu-kv-elektricar",
        "country": "YUCS",
        "original_name": "Svjedodžba o završnom ispitu – KV električar",
        "transliteration": "",
        "name_de": "Zeugnis über die Abschlussprüfung – qualifizierter Elektriker (KV)",
        "name_en": "Final examination certificate – skilled electrician (KV)",
        "qualification_type": "school",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "1977-09-01",
        "valid_until": "1992-04-27",
        "legal_basis_de": (
            "Gesetz über die gelenkte Bildung der SR Kroatien und die Lehrpläne des "
            "Republikbildungsrats für das Programm Elektrotechnik, Beruf Elektroinstallateur."
        ),
        "legal_basis_en": (
            "Law on Directed Education of the SR of Croatia and the curricula of the republic's "
            "education council for the electrical engineering programme, occupation of electrical "
            "installer."
        ),
        "institutions_de": (
            "Ausgebildet wurde an Schulzentren für gelenkte Bildung mit elektrotechnischem Profil, "
            "die eng mit Elektrizitätswerken und Baukombinaten zusammenarbeiteten."
        ),
        "institutions_en": (
            "Training took place at directed education school centres with an electrical profile, "
            "which worked closely with power utilities and construction combines."
        ),
        "admission_de": (
            "Aufgenommen wurden Absolventinnen und Absolventen der achtjährigen Grundschule, die "
            "zunächst die zweijährige gemeinsame Grundstufe durchliefen."
        ),
        "admission_en": (
            "Graduates of the eight-year primary school were admitted and first completed the "
            "two-year common foundation stage."
        ),
        "summary_de": (
            "Der Abschluss bescheinigt die Qualifikation als qualifizierter Arbeiter (KV) im "
            "Elektroinstallationsbereich. Er wurde häufig von Beschäftigten staatlicher Bau- und "
            "Energieunternehmen erworben."
        ),
        "summary_en": (
            "The qualification certifies skilled worker status (KV) in electrical installation. It "
            "was often obtained by employees of state construction and energy companies."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen verlegten Installationen in Wohn- und "
            "Industriebauten, schlossen Verteilungen und Motoren an und führten einfache "
            "Störungssuchen durch. Sie kannten die jugoslawischen technischen Vorschriften für "
            "Niederspannungsanlagen. Elektronik und Steuerungstechnik nahmen nur geringen Raum ein."
        ),
        "learning_objectives_en": (
            "Graduates installed wiring in residential and industrial buildings, connected "
            "distribution boards and motors and carried out simple troubleshooting. They knew the "
            "Yugoslav technical regulations for low-voltage installations. Electronics and control "
            "engineering took up little space."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 210,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 280},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 140},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 70},
            {
                "de": "Selbstverwaltung und Gesellschaftskunde",
                "en": "Self-management and social studies",
                "hours": 70,
            },
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 840},
        ],
        "practical_de": (
            "Die praktische Ausbildung fand in Schulwerkstätten und im dritten Jahr überwiegend in "
            "den Ausbildungsbasen der Betriebe statt."
        ),
        "practical_en": (
            "Practical training took place in school workshops and, in the third year, mainly at "
            "the companies' training bases."
        ),
        "examination_de": (
            "Die Abschlussprüfung bestand aus einer praktischen Arbeit, einer schriftlichen "
            "Aufgabe und einer mündlichen Prüfung vor einer Schulkommission."
        ),
        "examination_en": (
            "The final examination consisted of a practical task, a written assignment and an oral "
            "examination before a school board."
        ),
        "certificate_de": (
            "Ausgestellt wurde die Svjedodžba o završnom ispitu mit der Bezeichnung des Berufs und "
            "dem Qualifikationsgrad KV (III. Stufe)."
        ),
        "certificate_en": (
            "The Svjedodžba o završnom ispitu was issued, stating the occupation and the "
            "qualification grade KV (level III)."
        ),
    },
    {
        "key": "yu-vkv-bravar",
        "country": "YUCS",
        "original_name": "Уверење о положеном испиту за висококвалификованог радника – бравар",
        "transliteration": "Uverenje o položenom ispitu za visokokvalifikovanog radnika – bravar",
        "name_de": (
            "Bescheinigung über die Prüfung als hochqualifizierter Arbeiter (VKV) – Schlosser/-in"
        ),
        "name_en": "Certificate of examination as highly skilled worker (VKV) – metalworker",
        "qualification_type": "further_training",
        "isced": 4,
        "isco": "7214",
        "field": "metal",
        "reference_occupations": ["metallbauer-konstruktionstechnik", "industriemeister-metall"],
        "duration_months": 12,
        "valid_from": "1978-06-01",
        "valid_until": "1992-04-27",
        "legal_basis_de": (
            "Bestimmungen der SR Serbien über die Ausbildung und Prüfung hochqualifizierter "
            "Arbeiter, erlassen auf Grundlage des Gesetzes über die gelenkte Bildung."
        ),
        "legal_basis_en": (
            "Provisions of the SR of Serbia on the training and examination of highly skilled "
            "workers, issued on the basis of the Law on Directed Education."
        ),
        "institutions_de": (
            "Die Vorbereitungskurse boten Arbeiteruniversitäten und Bildungszentren großer "
            "Betriebe an, die Prüfung fand an berechtigten Mittelschulen statt."
        ),
        "institutions_en": (
            "Preparatory courses were offered by workers' universities and the training centres of "
            "large enterprises, and the examination took place at authorised secondary schools."
        ),
        "admission_de": (
            "Zugelassen wurden qualifizierte Arbeiter (KV) desselben Berufs mit mehrjähriger "
            "Berufspraxis, in der Regel mindestens drei Jahren."
        ),
        "admission_en": (
            "Skilled workers (KV) in the same occupation with several years of work experience, "
            "usually at least three years, were admitted."
        ),
        "summary_de": (
            "Die Stufe des hochqualifizierten Arbeiters (V. Stufe) war die höchste "
            "Qualifikationsstufe für Facharbeiter in Jugoslawien. Sie berechtigte zu Vorarbeiter- "
            "und Ausbildertätigkeiten und kommt im Niveau teilweise einem deutschen Meister nahe, "
            "allerdings ohne betriebswirtschaftliche Teile."
        ),
        "summary_en": (
            "The highly skilled worker level (level V) was the highest qualification level for "
            "skilled workers in Yugoslavia. It qualified holders for foreman and trainer roles and "
            "in some respects comes close to a German master craftsperson, though without the "
            "business management components."
        ),
        "learning_objectives_de": (
            "Hochqualifizierte Schlosser fertigten komplexe Stahl- und Blechkonstruktionen, "
            "übernahmen Anreiß- und Einrichtearbeiten und leiteten Arbeitsgruppen an. Sie "
            "beherrschten mehrere Schweißverfahren und die Montage von Tragwerken nach Zeichnung. "
            "Arbeitsorganisation und Normung wurden im Kurs vertieft."
        ),
        "learning_objectives_en": (
            "Highly skilled metalworkers produced complex steel and sheet metal structures, took "
            "on marking-out and setting-up work and led work groups. They mastered several welding "
            "processes and the assembly of load-bearing structures from drawings. Work "
            "organisation and standardisation were covered in depth in the course."
        ),
        "subjects": [
            {"de": "Stahlbau", "en": "Steel construction", "hours": 80},
            {"de": "Schweißtechnik", "en": "Welding technology", "hours": 60},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 60},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 40},
            {"de": "Arbeitsorganisation", "en": "Work organisation", "hours": 50},
            {"de": "Arbeitssicherheit", "en": "Occupational safety", "hours": 20},
        ],
        "practical_de": (
            "Die praktischen Fertigkeiten wurden in der mehrjährigen Berufstätigkeit erworben; der "
            "Kurs selbst umfasste nur einzelne Werkstatttage."
        ),
        "practical_en": (
            "Practical skills were acquired over several years of employment; the course itself "
            "included only a few workshop days."
        ),
        "examination_de": (
            "Die Prüfung umfasste ein praktisches Prüfstück, etwa einen geschweißten Stahlrahmen, "
            "sowie eine mündliche Prüfung in Fachtheorie."
        ),
        "examination_en": (
            "The examination comprised a practical test piece, such as a welded steel frame, and "
            "an oral examination in trade theory."
        ),
        "certificate_de": (
            "Die prüfende Schule stellte das Uverenje mit der Qualifikationsstufe VKV (V. Stufe) "
            "und dem Beruf Schlosser aus."
        ),
        "certificate_en": (
            "The examining school issued the Uverenje stating the VKV qualification level (level "
            "V) and the occupation of metalworker."
        ),
    },
    {
        "key": "yu-masinski-tehnicar",
        "country": "YUCS",
        "original_name": "Diploma o završenoj srednjoj školi – mašinski tehničar",
        "transliteration": "",
        "name_de": "Diplom über den Abschluss der Mittelschule – Maschinenbautechniker/-in",
        "name_en": "Secondary school diploma – mechanical engineering technician",
        "qualification_type": "school",
        "isced": 3,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["industriemechaniker", "zerspanungsmechaniker"],
        "duration_months": 48,
        "valid_from": "1970-09-01",
        "valid_until": "1992-04-27",
        "legal_basis_de": (
            "Lehrplan der technischen Mittelschulen für das Profil Maschinenbautechniker, erlassen "
            "vom Pädagogischen Rat der SR Bosnien und Herzegowina."
        ),
        "legal_basis_en": (
            "Curriculum of the technical secondary schools for the mechanical engineering "
            "technician profile, issued by the Pedagogical Council of the SR of Bosnia and "
            "Herzegovina."
        ),
        "institutions_de": (
            "Ausbildungsort waren technische Mittelschulen, zum Beispiel die Maschinenbauschulen "
            "in Sarajevo, Zenica oder Banja Luka, mit Werkstätten und Zeichensälen."
        ),
        "institutions_en": (
            "Training took place at technical secondary schools, for example the mechanical "
            "engineering schools in Sarajevo, Zenica or Banja Luka, with workshops and drawing "
            "rooms."
        ),
        "admission_de": (
            "Die Aufnahme setzte die achtjährige Grundschule und eine Aufnahmeprüfung in "
            "Mathematik voraus."
        ),
        "admission_en": (
            "Admission required completion of the eight-year primary school and an entrance "
            "examination in mathematics."
        ),
        "summary_de": (
            "Der vierjährige Abschluss führte zur Qualifikationsstufe IV und zu einer Tätigkeit "
            "als Techniker in Konstruktion, Arbeitsvorbereitung oder Fertigung. Er berechtigte "
            "zugleich zum Studium an Hochschulen."
        ),
        "summary_en": (
            "The four-year qualification led to qualification level IV and to work as a technician "
            "in design, production planning or manufacturing. It also gave access to higher "
            "education."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen erstellten Werkstattzeichnungen, berechneten "
            "Maschinenelemente und planten Arbeitsabläufe in der spanenden Fertigung. Sie konnten "
            "konventionelle Werkzeugmaschinen bedienen und Toleranzen prüfen. Im Vordergrund stand "
            "die Technikertätigkeit, nicht die handwerkliche Fertigung."
        ),
        "learning_objectives_en": (
            "Graduates produced workshop drawings, calculated machine elements and planned work "
            "sequences in machining. They could operate conventional machine tools and check "
            "tolerances. The focus was on technician work rather than hands-on production."
        ),
        "subjects": [
            {"de": "Mathematik", "en": "Mathematics", "hours": 420},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 280},
            {"de": "Maschinenelemente", "en": "Machine elements", "hours": 210},
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 175},
            {"de": "Technische Mechanik", "en": "Engineering mechanics", "hours": 210},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 280},
        ],
        "practical_de": (
            "Praktische Fertigkeiten erwarben die Schülerinnen und Schüler in der Schulwerkstatt "
            "und in einem vierwöchigen Sommerpraktikum in einem Maschinenbaubetrieb."
        ),
        "practical_en": (
            "Pupils acquired practical skills in the school workshop and during a four-week summer "
            "placement in a mechanical engineering company."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasste eine schriftliche Prüfung in Muttersprache und "
            "Mathematik sowie eine Abschlussarbeit mit Verteidigung."
        ),
        "examination_en": (
            "The final examination comprised written tests in the mother tongue and mathematics "
            "and a final project with an oral defence."
        ),
        "certificate_de": (
            "Ausgestellt wurde das Diplom über die abgeschlossene Mittelschule mit der "
            "Berufsbezeichnung mašinski tehničar."
        ),
        "certificate_en": (
            "A diploma of completed secondary school was issued with the occupational title "
            "mašinski tehničar."
        ),
    },
    {
        "key": "yu-kuhar-slovenija",
        "country": "YUCS",
        "original_name": "Spričevalo o zaključnem izpitu – kuhar",
        "transliteration": "",
        "name_de": "Zeugnis über die Abschlussprüfung – Koch/Köchin (Slowenien)",
        "name_en": "Final examination certificate – cook (Slovenia)",
        "qualification_type": "school",
        "isced": 3,
        "isco": "5120",
        "field": "hospitality",
        "reference_occupations": ["koch"],
        "duration_months": 36,
        "valid_from": "1981-09-01",
        "valid_until": "1992-04-27",
        "legal_basis_de": (
            "Gesetz über die gelenkte Bildung der SR Slowenien von 1980 und das Bildungsprogramm "
            "Gastgewerbe für den Beruf Koch."
        ),
        "legal_basis_en": (
            "Law on Directed Education of the SR of Slovenia of 1980 and the hospitality education "
            "programme for the occupation of cook."
        ),
        "institutions_de": (
            "Die Ausbildung erfolgte an Gastgewerbeschulen, etwa in Ljubljana, Izola oder Bled, "
            "mit Lehrküchen und Praktika in Hotels und Restaurants."
        ),
        "institutions_en": (
            "Training took place at hospitality schools, for example in Ljubljana, Izola or Bled, "
            "with training kitchens and placements in hotels and restaurants."
        ),
        "admission_de": (
            "Nach der achtjährigen Grundschule wurden Bewerberinnen und Bewerber mit ärztlichem "
            "Gesundheitszeugnis aufgenommen."
        ),
        "admission_en": (
            "After the eight-year primary school, applicants with a medical certificate of fitness "
            "were admitted."
        ),
        "summary_de": (
            "Der dreijährige Bildungsgang bildete Köchinnen und Köche für Hotels, Restaurants und "
            "Gemeinschaftsverpflegung aus. Durch die Nähe zum Tourismus an der Adria und in den "
            "Alpen war der Praxisanteil hoch."
        ),
        "summary_en": (
            "The three-year programme trained cooks for hotels, restaurants and canteen catering. "
            "Because of the proximity to tourism on the Adriatic and in the Alps, the practical "
            "share was high."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen bereiteten Gerichte der slowenischen und "
            "internationalen Küche zu, planten Menüs und kalkulierten Portionen. Sie beherrschten "
            "Grundtechniken der Warenannahme, Lagerung und Küchenhygiene. Diätküche und Patisserie "
            "wurden in Grundzügen vermittelt."
        ),
        "learning_objectives_en": (
            "Graduates prepared dishes of Slovenian and international cuisine, planned menus and "
            "calculated portions. They mastered the basic techniques of receiving and storing "
            "goods and kitchen hygiene. Dietary cooking and patisserie were taught in outline."
        ),
        "subjects": [
            {"de": "Kochpraxis", "en": "Practical cookery", "hours": 900},
            {"de": "Lebensmittelkunde", "en": "Food science", "hours": 105},
            {"de": "Ernährungslehre", "en": "Nutrition", "hours": 70},
            {"de": "Hygiene", "en": "Hygiene", "hours": 35},
            {"de": "Gastgewerbliche Kalkulation", "en": "Catering cost calculation", "hours": 70},
            {"de": "Slowenische Sprache", "en": "Slovenian language", "hours": 210},
        ],
        "practical_de": (
            "Neben dem Unterricht in der Lehrküche arbeiteten die Lernenden jeden Sommer mehrere "
            "Wochen in Saisonbetrieben der Tourismusregionen."
        ),
        "practical_en": (
            "In addition to lessons in the training kitchen, learners worked for several weeks "
            "each summer in seasonal businesses in the tourist regions."
        ),
        "examination_de": (
            "Die Abschlussprüfung bestand aus der Zubereitung eines Menüs mit Kalkulation und "
            "einer mündlichen Prüfung in Fachtheorie."
        ),
        "examination_en": (
            "The final examination consisted of preparing a costed menu and an oral examination in "
            "trade theory."
        ),
        "certificate_de": (
            "Die Schule stellte das Spričevalo o zaključnem izpitu mit der Berufsbezeichnung kuhar "
            "aus."
        ),
        "certificate_en": (
            "The school issued the Spričevalo o zaključnem izpitu with the occupational title "
            "kuhar."
        ),
    },
    {
        "key": "yu-avtomehanicar-makedonija",
        "country": "YUCS",
        "original_name": "Диплома за завршено средно стручно образование – автомеханичар",
        "transliteration": "Diploma za završeno sredno stručno obrazovanie – avtomehaničar",
        "name_de": (
            "Diplom über die abgeschlossene berufliche Mittelschulbildung – Kfz-Mechaniker/-in "
            "(Makedonien)"
        ),
        "name_en": (
            "Diploma of completed vocational secondary education – motor vehicle mechanic "
            "(Macedonia)"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7231",
        "field": "metal",
        "reference_occupations": ["kfz-mechatroniker"],
        "duration_months": 36,
        "valid_from": "1979-09-01",
        "valid_until": "1992-04-27",
        "legal_basis_de": (
            "Gesetz über die gelenkte Bildung der SR Makedonien und der Lehrplan für das Profil "
            "Kfz-Mechaniker im Bereich Verkehr."
        ),
        "legal_basis_en": (
            "Law on Directed Education of the SR of Macedonia and the curriculum for the motor "
            "vehicle mechanic profile in the transport sector."
        ),
        "institutions_de": (
            "Unterrichtet wurde an Verkehrsschulzentren, etwa in Skopje und Bitola, deren "
            "Werkstätten mit Fahrzeugen staatlicher Transportbetriebe ausgestattet waren."
        ),
        "institutions_en": (
            "Teaching took place at transport school centres, for example in Skopje and Bitola, "
            "whose workshops were equipped with vehicles from state transport companies."
        ),
        "admission_de": (
            "Voraussetzung war die abgeschlossene achtjährige Grundschule; die Plätze wurden nach "
            "Notendurchschnitt vergeben."
        ),
        "admission_en": (
            "Completion of the eight-year primary school was required; places were allocated "
            "according to average marks."
        ),
        "summary_de": (
            "Der Abschluss qualifizierte zur Wartung und Reparatur von Pkw, Lkw und Bussen auf dem "
            "Niveau eines qualifizierten Arbeiters (III. Stufe). Viele Absolventen arbeiteten in "
            "den Werkstätten staatlicher Verkehrsbetriebe."
        ),
        "summary_en": (
            "The qualification qualified holders to service and repair cars, lorries and buses at "
            "skilled worker level (level III). Many graduates worked in the workshops of state "
            "transport companies."
        ),
        "learning_objectives_de": (
            "Die Absolventen zerlegten und überholten Motoren, Kupplungen und Getriebe, stellten "
            "Vergaser und Zündanlagen ein und reparierten Bremsen. Sie arbeiteten vorwiegend "
            "mechanisch mit einfachen Prüfgeräten. Elektronische Einspritz- und Diagnosesysteme "
            "waren damals noch nicht Gegenstand der Ausbildung."
        ),
        "learning_objectives_en": (
            "Graduates dismantled and overhauled engines, clutches and gearboxes, adjusted "
            "carburettors and ignition systems and repaired brakes. They worked mainly "
            "mechanically with simple test equipment. Electronic injection and diagnostic systems "
            "were not yet part of the training at that time."
        ),
        "subjects": [
            {"de": "Motorentechnik", "en": "Engine technology", "hours": 175},
            {"de": "Kraftfahrzeugtechnik", "en": "Automotive engineering", "hours": 210},
            {"de": "Fahrzeugelektrik", "en": "Vehicle electrics", "hours": 70},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 70},
            {"de": "Makedonische Sprache", "en": "Macedonian language", "hours": 210},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 840},
        ],
        "practical_de": (
            "Im dritten Jahr verbrachten die Lernenden den größten Teil der Woche in den "
            "Werkstätten von Verkehrs- und Transportunternehmen."
        ),
        "practical_en": (
            "In the third year, learners spent most of the week in the workshops of transport "
            "companies."
        ),
        "examination_de": (
            "Geprüft wurde durch eine praktische Reparaturaufgabe an einem Fahrzeug und eine "
            "mündliche Prüfung."
        ),
        "examination_en": (
            "The examination consisted of a practical repair task on a vehicle and an oral "
            "examination."
        ),
        "certificate_de": (
            "Ausgestellt wurde das Diplom über die abgeschlossene berufliche Mittelschulbildung "
            "mit dem Profil автомеханичар."
        ),
        "certificate_en": (
            "The diploma of completed vocational secondary education was issued with the profile "
            "автомеханичар."
        ),
    },
    {
        "key": "su-sptu-elektromontyor",
        "country": "SUHH",
        "original_name": (
            "Диплом об окончании среднего профессионально-технического училища – электромонтёр по "
            "ремонту электрооборудования"
        ),
        "transliteration": (
            "Diplom ob okonchanii srednego professional'no-tekhnicheskogo uchilishcha – "
            "elektromontyor po remontu elektrooborudovaniya"
        ),
        "name_de": (
            "Diplom der mittleren berufstechnischen Schule – Elektromonteur/-in für die Reparatur "
            "elektrischer Ausrüstung"
        ),
        "name_en": (
            "Diploma of the secondary vocational-technical school – electrician for the repair of "
            "electrical equipment"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "7412",
        "field": "electrical",
        "reference_occupations": ["elektroniker-betriebstechnik"],
        "duration_months": 36,
        "valid_from": "1969-04-02",
        "valid_until": "1991-12-26",
        "legal_basis_de": (
            "Beschluss des ZK der KPdSU und des Ministerrats der UdSSR von 1969 über die "
            "Einrichtung mittlerer berufstechnischer Schulen sowie das einheitliche Verzeichnis "
            "der Arbeiterberufe."
        ),
        "legal_basis_en": (
            "Resolution of the CPSU Central Committee and the USSR Council of Ministers of 1969 on "
            "establishing secondary vocational-technical schools, and the uniform list of workers' "
            "occupations."
        ),
        "institutions_de": (
            "Ausgebildet wurde an mittleren berufstechnischen Schulen (SPTU), die einem "
            "Basisbetrieb der Energiewirtschaft oder der Industrie zugeordnet waren."
        ),
        "institutions_en": (
            "Training took place at secondary vocational-technical schools (SPTU) assigned to a "
            "base enterprise in the energy sector or industry."
        ),
        "admission_de": (
            "Aufgenommen wurden Jugendliche nach der achten Klasse der allgemeinbildenden Schule, "
            "nach der Schulreform von 1984 nach der neunten Klasse."
        ),
        "admission_en": (
            "Young people were admitted after the eighth grade of general school, and after the "
            "1984 school reform after the ninth grade."
        ),
        "summary_de": (
            "Die dreijährige Ausbildung verband den Arbeiterberuf mit der vollständigen "
            "Sekundarbildung. Der erreichte Tarifrang wurde im Diplom vermerkt, üblicherweise der "
            "3. Rang."
        ),
        "summary_en": (
            "The three-year training combined a skilled-worker occupation with complete secondary "
            "education. The wage grade attained, usually the 3rd grade, was recorded in the "
            "diploma."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen warteten und reparierten Elektromotoren, "
            "Generatoren und Schaltanlagen in Industriebetrieben. Sie kannten die Vorschriften für "
            "den technischen Betrieb elektrischer Anlagen und verfügten über eine "
            "Qualifikationsgruppe für elektrische Sicherheit. Halbleiter- und Steuerungstechnik "
            "wurden nur am Rande behandelt."
        ),
        "learning_objectives_en": (
            "Graduates serviced and repaired electric motors, generators and switchgear in "
            "industrial plants. They knew the rules for the technical operation of electrical "
            "installations and held an electrical safety qualification group. Semiconductor and "
            "control technology were touched on only marginally."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 150,
            },
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 130},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 60},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1200},
            {
                "de": "Russische Sprache und Literatur",
                "en": "Russian language and literature",
                "hours": 240,
            },
            {"de": "Mathematik", "en": "Mathematics", "hours": 330},
        ],
        "practical_de": (
            "Der berufspraktische Unterricht fand in den Lehrwerkstätten der Schule statt, im "
            "dritten Jahr folgte eine mehrmonatige Produktionspraxis im Basisbetrieb."
        ),
        "practical_en": (
            "Practical vocational instruction took place in the school's training workshops, "
            "followed in the third year by several months of production practice at the base "
            "enterprise."
        ),
        "examination_de": (
            "Die Abschlussprüfung umfasste eine praktische Qualifikationsarbeit im Betrieb, "
            "Prüfungen in Fachtheorie und die Abschlussprüfungen der allgemeinbildenden Fächer."
        ),
        "examination_en": (
            "The final examination comprised a practical qualification task in the enterprise, "
            "trade theory examinations and the final examinations in general subjects."
        ),
        "certificate_de": (
            "Ausgestellt wurde ein Diplom mit Berufsbezeichnung und Tarifrang sowie einer Anlage "
            "über die Noten in allen Fächern."
        ),
        "certificate_en": (
            "A diploma was issued stating the occupation and wage grade, with a supplement listing "
            "the marks in all subjects."
        ),
    },
    {
        "key": "su-tekhnikum-tekhnik-mekhanik",
        "country": "SUHH",
        "original_name": (
            "Диплом техникума – техник-механик по специальности «Обработка металлов резанием»"
        ),
        "transliteration": (
            "Diplom tekhnikuma – tekhnik-mekhanik po spetsial'nosti «Obrabotka metallov rezaniem»"
        ),
        "name_de": (
            "Technikumsdiplom – Techniker-Mechaniker/-in, Fachrichtung spanende Metallbearbeitung"
        ),
        "name_en": "Tekhnikum diploma – mechanical technician, metal cutting",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["zerspanungsmechaniker", "industriemeister-metall"],
        "duration_months": 46,
        "valid_from": "1958-12-24",
        "valid_until": "1991-12-26",
        "legal_basis_de": (
            "Gesetz über die Festigung der Verbindung von Schule und Leben von 1958 und die "
            "Lehrpläne des Ministeriums für Hoch- und Fachschulbildung der UdSSR für die "
            "Fachrichtung spanende Metallbearbeitung."
        ),
        "legal_basis_en": (
            "1958 Law on Strengthening the Link between School and Life and the curricula of the "
            "USSR Ministry of Higher and Secondary Specialised Education for the metal cutting "
            "specialisation."
        ),
        "institutions_de": (
            "Die Technika waren meist Maschinenbauministerien zugeordnet und eng mit großen Werken "
            "verbunden, die Praktikumsplätze und Lehrkräfte stellten."
        ),
        "institutions_en": (
            "The tekhnikums were mostly assigned to engineering ministries and closely linked to "
            "large plants, which provided placements and teaching staff."
        ),
        "admission_de": (
            "Zugelassen wurden Bewerberinnen und Bewerber nach der achten Klasse mit "
            "Aufnahmeprüfung; nach der zehnten Klasse verkürzte sich die Ausbildung auf knapp drei "
            "Jahre."
        ),
        "admission_en": (
            "Applicants were admitted after the eighth grade with an entrance examination; after "
            "the tenth grade, training was shortened to just under three years."
        ),
        "summary_de": (
            "Das Technikumsdiplom qualifizierte für Tätigkeiten als Techniker in Fertigung, "
            "Technologie und Qualitätskontrolle sowie als Meister in der Werkhalle. Es gilt als "
            "Abschluss der mittleren Fachbildung."
        ),
        "summary_en": (
            "The tekhnikum diploma qualified holders to work as technicians in production, process "
            "engineering and quality control and as foremen on the shop floor. It counts as a "
            "qualification of secondary specialised education."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen entwickelten Fertigungstechnologien für Drehen, "
            "Fräsen und Schleifen, wählten Werkzeuge und Schnittwerte aus und prüften Werkstücke. "
            "Sie bedienten konventionelle Werkzeugmaschinen und lernten gegen Ende der Sowjetzeit "
            "auch numerisch gesteuerte Maschinen kennen. Die Leitung einer Brigade gehörte zu den "
            "vorgesehenen Tätigkeiten."
        ),
        "learning_objectives_en": (
            "Graduates developed manufacturing processes for turning, milling and grinding, "
            "selected tools and cutting parameters and inspected workpieces. They operated "
            "conventional machine tools and, towards the end of the Soviet era, were also "
            "introduced to numerically controlled machines. Leading a work brigade was among the "
            "intended tasks."
        ),
        "subjects": [
            {"de": "Technische Mechanik", "en": "Engineering mechanics", "hours": 180},
            {"de": "Werkzeugmaschinen", "en": "Machine tools", "hours": 200},
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 220},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 200},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 100},
            {"de": "Mathematik", "en": "Mathematics", "hours": 300},
            {
                "de": "Ökonomie und Betriebsorganisation",
                "en": "Economics and enterprise organisation",
                "hours": 80,
            },
        ],
        "practical_de": (
            "Neben Werkstattpraktika im Technikum gab es eine technologische Praxis und eine "
            "Vordiplompraxis im Werk, zusammen etwa sechs Monate."
        ),
        "practical_en": (
            "In addition to workshop training at the tekhnikum, there was a process engineering "
            "placement and a pre-diploma placement at the plant, totalling about six months."
        ),
        "examination_de": (
            "Das Studium endete mit der Verteidigung eines Diplomprojekts, meist einer "
            "Fertigungstechnologie für ein konkretes Bauteil, vor der staatlichen "
            "Prüfungskommission."
        ),
        "examination_en": (
            "Studies ended with the defence of a diploma project, usually a manufacturing process "
            "for a specific component, before the state examination board."
        ),
        "certificate_de": (
            "Ausgestellt wurde das Diplom des Technikums mit der Qualifikation "
            "Techniker-Mechaniker und einer Anlage über Fächer, Stunden und Noten."
        ),
        "certificate_en": (
            "The tekhnikum diploma was issued with the qualification of mechanical technician and "
            "a supplement listing subjects, hours and marks."
        ),
    },
    {
        "key": "su-selkhoztekhnikum-agronom",
        "country": "SUHH",
        "original_name": "Диплом сельскохозяйственного техникума – агроном",
        "transliteration": "Diplom sel'skokhozyaystvennogo tekhnikuma – agronom",
        "name_de": "Diplom des landwirtschaftlichen Technikums – Agronom/-in",
        "name_en": "Diploma of the agricultural tekhnikum – agronomist",
        "qualification_type": "higher_vocational",
        "isced": 5,
        "isco": "3142",
        "field": "agriculture",
        "reference_occupations": ["landwirt", "landwirtschaftsmeister"],
        "duration_months": 46,
        "valid_from": "1960-09-01",
        "valid_until": "1991-12-26",
        "legal_basis_de": (
            "Lehrpläne des Landwirtschaftsministeriums der UdSSR für die Fachrichtung Agronomie an "
            "landwirtschaftlichen Technika."
        ),
        "legal_basis_en": (
            "Curricula of the USSR Ministry of Agriculture for the agronomy specialisation at "
            "agricultural tekhnikums."
        ),
        "institutions_de": (
            "Landwirtschaftliche Technika befanden sich häufig auf dem Land und verfügten über "
            "eigene Lehrwirtschaften mit Feldern, Gewächshäusern und Maschinenpark."
        ),
        "institutions_en": (
            "Agricultural tekhnikums were often located in rural areas and had their own teaching "
            "farms with fields, greenhouses and machinery."
        ),
        "admission_de": (
            "Aufgenommen wurde nach der achten oder zehnten Klasse; Bewerberinnen und Bewerber aus "
            "Kolchosen und Sowchosen wurden häufig mit einem Stipendium ihres Betriebs entsandt."
        ),
        "admission_en": (
            "Admission was after the eighth or tenth grade; applicants from collective and state "
            "farms were often sent with a grant from their farm."
        ),
        "summary_de": (
            "Der Abschluss bereitete auf die Tätigkeit als Agronom in Kolchosen und Sowchosen vor, "
            "wo die Absolventinnen und Absolventen den Pflanzenbau einer Brigade oder Abteilung "
            "verantworteten. Tierhaltung wurde in einem eigenen Studiengang ausgebildet."
        ),
        "summary_en": (
            "The qualification prepared holders for work as agronomists on collective and state "
            "farms, where they were responsible for crop production in a brigade or department. "
            "Animal husbandry was taught in a separate programme."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen planten Fruchtfolgen, bestimmten Aussaat- und "
            "Düngermengen und organisierten Ernte und Lagerung. Sie kannten Pflanzenschutz, "
            "Bodenbearbeitung und die Bedienung der wichtigsten Landmaschinen. "
            "Betriebswirtschaftliche Entscheidungen unter Marktbedingungen waren nicht Gegenstand "
            "der Ausbildung."
        ),
        "learning_objectives_en": (
            "Graduates planned crop rotations, determined seeding and fertiliser rates and "
            "organised harvesting and storage. They knew crop protection, tillage and the "
            "operation of the main agricultural machines. Business decisions under market "
            "conditions were not part of the training."
        ),
        "subjects": [
            {"de": "Pflanzenbau", "en": "Crop production", "hours": 260},
            {"de": "Bodenkunde", "en": "Soil science", "hours": 120},
            {"de": "Pflanzenschutz", "en": "Plant protection", "hours": 120},
            {"de": "Landtechnik", "en": "Agricultural machinery", "hours": 160},
            {"de": "Agrochemie", "en": "Agricultural chemistry", "hours": 100},
            {
                "de": "Ökonomie und Betriebsorganisation",
                "en": "Economics and enterprise organisation",
                "hours": 80,
            },
        ],
        "practical_de": (
            "Die Studierenden arbeiteten während der Vegetationsperioden in der Lehrwirtschaft und "
            "absolvierten eine Vordiplompraxis in einem landwirtschaftlichen Großbetrieb."
        ),
        "practical_en": (
            "Students worked on the teaching farm during the growing seasons and completed a "
            "pre-diploma placement on a large agricultural enterprise."
        ),
        "examination_de": (
            "Das Studium endete mit Staatsprüfungen in Pflanzenbau und Ökonomie oder mit einem "
            "Diplomprojekt zu einem landwirtschaftlichen Betrieb."
        ),
        "examination_en": (
            "Studies ended with state examinations in crop production and economics or with a "
            "diploma project on an agricultural enterprise."
        ),
        "certificate_de": (
            "Verliehen wurde das Diplom des Technikums mit der Qualifikation Agronom."
        ),
        "certificate_en": (
            "Graduates were awarded the tekhnikum diploma with the qualification of agronomist."
        ),
    },
    {
        "key": "cs-vyucni-list-elektromonter",
        "country": "CSHH",
        "original_name": "Výuční list – elektromontér",
        "transliteration": "",
        "name_de": "Lehrbrief – Elektromonteur/-in",
        "name_en": "Apprenticeship certificate – electrician",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7411",
        "field": "electrical",
        "reference_occupations": ["elektroniker-energie-gebaeudetechnik"],
        "duration_months": 36,
        "valid_from": "1984-03-22",
        "valid_until": "1992-12-31",
        "legal_basis_de": (
            "Schulgesetz Nr. 29/1984 Slg. und die Lehrpläne des Bildungsministeriums der ČSR für "
            "den Lehrberuf Elektromonteur."
        ),
        "legal_basis_en": (
            "School Act No. 29/1984 Coll. and the curricula of the Ministry of Education of the "
            "Czech Socialist Republic for the electrician apprenticeship."
        ),
        "institutions_de": (
            "Die Lehrlinge waren bei einem Energie- oder Bauunternehmen angestellt, besuchten "
            "dessen mittlere Berufsschule und arbeiteten in den Lehrwerkstätten und auf Baustellen "
            "des Betriebs."
        ),
        "institutions_en": (
            "Apprentices were employed by an energy or construction enterprise, attended its "
            "secondary vocational school and worked in its training workshops and on its building "
            "sites."
        ),
        "admission_de": (
            "Nach der achten oder neunten Klasse der Grundschule schlossen die Jugendlichen einen "
            "Lehrvertrag mit dem Betrieb; eine ärztliche Untersuchung war Pflicht."
        ),
        "admission_en": (
            "After the eighth or ninth grade of primary school, young people concluded an "
            "apprenticeship contract with the enterprise; a medical examination was compulsory."
        ),
        "summary_de": (
            "Der dreijährige Lehrberuf führte zur Facharbeiterqualifikation in der "
            "Elektroinstallation von Gebäuden und Anlagen. Der Lehrbrief ist in Tschechien und der "
            "Slowakei bis heute uneingeschränkt als Berufsabschluss gültig."
        ),
        "summary_en": (
            "The three-year apprenticeship led to a skilled worker qualification in the electrical "
            "installation of buildings and plants. The apprenticeship certificate is still fully "
            "valid as a vocational qualification in the Czech Republic and Slovakia."
        ),
        "learning_objectives_de": (
            "Die Lehrlinge installierten Leitungen und Verteilungen in Wohn- und Industriebauten, "
            "montierten Beleuchtung und Motoranschlüsse und führten Revisionsmessungen unter "
            "Aufsicht durch. Sie lernten die tschechoslowakischen Normen (ČSN) für elektrische "
            "Anlagen kennen. Am Ende der Ausbildung erhielten sie die Berechtigung nach der "
            "Verordnung über die fachliche Befähigung in der Elektrotechnik."
        ),
        "learning_objectives_en": (
            "Apprentices installed wiring and distribution boards in residential and industrial "
            "buildings, fitted lighting and motor connections and carried out inspection "
            "measurements under supervision. They became familiar with the Czechoslovak standards "
            "(ČSN) for electrical installations. At the end of training, they received the "
            "authorisation under the regulation on professional competence in electrical "
            "engineering."
        ),
        "subjects": [
            {
                "de": "Elektrotechnische Grundlagen",
                "en": "Fundamentals of electrical engineering",
                "hours": 165,
            },
            {"de": "Elektrische Installationen", "en": "Electrical installations", "hours": 198},
            {"de": "Elektrische Maschinen", "en": "Electrical machines", "hours": 99},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 66},
            {"de": "Tschechische Sprache", "en": "Czech language", "hours": 132},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1500},
        ],
        "practical_de": (
            "Der praktische Unterricht fand wochenweise im Wechsel mit der Schule statt, zuerst in "
            "der Lehrwerkstatt und ab dem zweiten Jahr auf Baustellen des Betriebs."
        ),
        "practical_en": (
            "Practical instruction alternated weekly with school, first in the training workshop "
            "and from the second year on the enterprise's building sites."
        ),
        "examination_de": (
            "Die Lehrabschlussprüfung bestand aus einer schriftlichen, einer praktischen und einer "
            "mündlichen Prüfung vor einer Kommission mit Vertretern des Betriebs."
        ),
        "examination_en": (
            "The final apprenticeship examination consisted of a written, a practical and an oral "
            "examination before a board including representatives of the enterprise."
        ),
        "certificate_de": (
            "Ausgestellt wurden das Abschlusszeugnis und der Lehrbrief (výuční list) mit der "
            "Bezeichnung des Lehrberufs."
        ),
        "certificate_en": (
            "The leaving certificate and the apprenticeship certificate (výuční list) stating the "
            "apprenticeship occupation were issued."
        ),
    },
    {
        "key": "cs-maturita-sps-strojni",
        "country": "CSHH",
        "original_name": (
            "Vysvědčení o maturitní zkoušce – Střední průmyslová škola strojnická, obor "
            "strojírenství"
        ),
        "transliteration": "",
        "name_de": "Reifezeugnis der Industriefachschule für Maschinenbau",
        "name_en": (
            "Maturita certificate of the secondary technical school of mechanical engineering"
        ),
        "qualification_type": "school",
        "isced": 3,
        "isco": "3115",
        "field": "metal",
        "reference_occupations": ["industriemechaniker"],
        "duration_months": 48,
        "valid_from": "1978-09-01",
        "valid_until": "1992-12-31",
        "legal_basis_de": (
            "Schulgesetze von 1978 und 1984 sowie die Lehrpläne für das Fach Maschinenbau an "
            "Industriefachschulen."
        ),
        "legal_basis_en": (
            "The school acts of 1978 and 1984 and the curricula for mechanical engineering at "
            "secondary technical schools."
        ),
        "institutions_de": (
            "Die Industriefachschulen (SPŠ) bestanden in allen Kreisstädten und arbeiteten mit "
            "Maschinenbaukombinaten wie ČKD oder Škoda zusammen."
        ),
        "institutions_en": (
            "The secondary technical schools (SPŠ) existed in all district towns and cooperated "
            "with engineering combines such as ČKD or Škoda."
        ),
        "admission_de": (
            "Voraussetzung waren der Abschluss der Grundschule und das Bestehen einer "
            "Aufnahmeprüfung in Mathematik und Tschechisch."
        ),
        "admission_en": (
            "Requirements were completion of primary school and passing an entrance examination in "
            "mathematics and Czech."
        ),
        "summary_de": (
            "Der vierjährige Bildungsgang verband Allgemeinbildung mit einer Technikerausbildung "
            "im Maschinenbau und schloss mit der Reifeprüfung ab. Absolventinnen und Absolventen "
            "arbeiteten als Konstrukteure, Technologen oder Meister in der Produktion."
        ),
        "summary_en": (
            "The four-year programme combined general education with technician training in "
            "mechanical engineering and ended with the maturita. Graduates worked as designers, "
            "process engineers or foremen in production."
        ),
        "learning_objectives_de": (
            "Die Absolventinnen und Absolventen konstruierten Maschinenteile, erstellten "
            "Fertigungsunterlagen und berechneten Festigkeit und Toleranzen. Sie bedienten Dreh- "
            "und Fräsmaschinen in der Schulwerkstatt und kannten die Grundlagen der "
            "Fertigungssteuerung. Handwerkliche Routine war geringer ausgeprägt als bei "
            "Facharbeitern."
        ),
        "learning_objectives_en": (
            "Graduates designed machine parts, prepared production documents and calculated "
            "strength and tolerances. They operated lathes and milling machines in the school "
            "workshop and knew the basics of production control. Hands-on routine was less "
            "developed than among skilled workers."
        ),
        "subjects": [
            {"de": "Mathematik", "en": "Mathematics", "hours": 480},
            {"de": "Technische Mechanik", "en": "Engineering mechanics", "hours": 240},
            {"de": "Maschinenelemente", "en": "Machine elements", "hours": 200},
            {"de": "Technisches Zeichnen", "en": "Technical drawing", "hours": 240},
            {"de": "Fertigungstechnik", "en": "Manufacturing technology", "hours": 200},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 300},
        ],
        "practical_de": (
            "Die Schülerinnen und Schüler hatten wöchentlichen Werkstattunterricht und "
            "absolvierten nach dem dritten Jahr ein zweiwöchiges Betriebspraktikum."
        ),
        "practical_en": (
            "Pupils had weekly workshop lessons and completed a two-week company placement after "
            "the third year."
        ),
        "examination_de": (
            "Die Reifeprüfung umfasste Tschechisch, eine Fremdsprache, eine fachtheoretische "
            "Prüfung und eine praktische Prüfung, oft in Form einer Konstruktionsaufgabe."
        ),
        "examination_en": (
            "The maturita comprised Czech, a foreign language, a technical theory examination and "
            "a practical examination, often in the form of a design task."
        ),
        "certificate_de": (
            "Verliehen wurde das Reifezeugnis (vysvědčení o maturitní zkoušce) mit Angabe des "
            "Studienfachs."
        ),
        "certificate_en": (
            "Graduates were awarded the maturita certificate (vysvědčení o maturitní zkoušce) "
            "stating the field of study."
        ),
    },
    {
        "key": "cs-vyucny-list-murar",
        "country": "CSHH",
        "original_name": "Výučný list – murár",
        "transliteration": "",
        "name_de": "Lehrbrief – Maurer/-in (Slowakei)",
        "name_en": "Apprenticeship certificate – bricklayer (Slovakia)",
        "qualification_type": "dual",
        "isced": 3,
        "isco": "7112",
        "field": "construction",
        "reference_occupations": ["maurer"],
        "duration_months": 36,
        "valid_from": "1984-09-01",
        "valid_until": "1992-12-31",
        "legal_basis_de": (
            "Schulgesetz Nr. 29/1984 Slg. und die Lehrpläne des Bildungsministeriums der "
            "Slowakischen Sozialistischen Republik für den Lehrberuf Maurer."
        ),
        "legal_basis_en": (
            "School Act No. 29/1984 Coll. and the curricula of the Ministry of Education of the "
            "Slovak Socialist Republic for the bricklayer apprenticeship."
        ),
        "institutions_de": (
            "Ausbildungsbetriebe waren staatliche Bauunternehmen, die eigene mittlere "
            "Berufsschulen und Lehrlingswohnheime unterhielten."
        ),
        "institutions_en": (
            "Training enterprises were state construction companies that ran their own secondary "
            "vocational schools and apprentice hostels."
        ),
        "admission_de": (
            "Aufgenommen wurden Jugendliche nach Abschluss der Grundschule, die einen Lehrvertrag "
            "mit einem Bauunternehmen abschlossen."
        ),
        "admission_en": (
            "Young people who had completed primary school and concluded an apprenticeship "
            "contract with a construction company were admitted."
        ),
        "summary_de": (
            "Der Lehrberuf bereitete auf Mauer-, Putz- und Betonarbeiten im staatlichen Wohnungs- "
            "und Industriebau vor. Der Lehrbrief wurde in slowakischer Sprache ausgestellt."
        ),
        "summary_en": (
            "The apprenticeship prepared learners for bricklaying, plastering and concrete work in "
            "state housing and industrial construction. The certificate was issued in Slovak."
        ),
        "learning_objectives_de": (
            "Die Lehrlinge mauerten Wände aus Ziegeln und Blöcken, stellten Mörtel und Beton her "
            "und führten Putzarbeiten aus. Sie montierten auch Fertigteile im Plattenbau, der "
            "damals den Wohnungsbau prägte. Moderne Dämmsysteme waren noch nicht Gegenstand der "
            "Ausbildung."
        ),
        "learning_objectives_en": (
            "Apprentices built walls from bricks and blocks, mixed mortar and concrete and carried "
            "out plastering. They also assembled precast elements in the prefabricated panel "
            "construction that dominated housing at the time. Modern insulation systems were not "
            "yet part of the training."
        ),
        "subjects": [
            {"de": "Mauerwerksbau", "en": "Masonry", "hours": 132},
            {"de": "Baukonstruktion", "en": "Building construction", "hours": 99},
            {"de": "Bauzeichnen", "en": "Construction drawing", "hours": 66},
            {"de": "Werkstoffkunde", "en": "Materials science", "hours": 66},
            {"de": "Slowakische Sprache", "en": "Slovak language", "hours": 132},
            {"de": "Werkstattpraxis", "en": "Workshop practice", "hours": 1400},
        ],
        "practical_de": (
            "Ab dem zweiten Lehrjahr arbeiteten die Lehrlinge überwiegend auf Baustellen unter "
            "Anleitung von Lehrmeistern des Betriebs."
        ),
        "practical_en": (
            "From the second year of apprenticeship, apprentices worked mainly on building sites "
            "under the guidance of the enterprise's instructors."
        ),
        "examination_de": (
            "In der Lehrabschlussprüfung errichteten die Prüflinge ein Mauerwerksstück mit Öffnung "
            "und beantworteten Fragen zu Baustoffen und Arbeitssicherheit."
        ),
        "examination_en": (
            "In the final apprenticeship examination, candidates built a section of masonry with "
            "an opening and answered questions on building materials and occupational safety."
        ),
        "certificate_de": (
            "Die mittlere Berufsschule stellte das Abschlusszeugnis und den Lehrbrief (výučný "
            "list) im Beruf murár aus."
        ),
        "certificate_en": (
            "The secondary vocational school issued the leaving certificate and the apprenticeship "
            "certificate (výučný list) in the occupation of bricklayer."
        ),
    },
]

GLOSSARY_TERMS = [
    {
        "key": "referenzberuf",
        "term_de": "Referenzberuf",
        "term_en": "Reference occupation",
        "definition_de": (
            "Der deutsche Beruf, mit dem eine ausländische Berufsqualifikation im "
            "Anerkennungsverfahren verglichen wird. Maßstab sind die Ausbildungsordnung oder die "
            "Fortbildungsregelung dieses Berufs."
        ),
        "definition_en": (
            "The German occupation with which a foreign vocational qualification is compared in "
            "the recognition procedure. The benchmark is the training regulation or further "
            "training regulation of that occupation."
        ),
    },
    {
        "key": "gleichwertigkeitsfeststellung",
        "term_de": "Gleichwertigkeitsfeststellung",
        "term_en": "Equivalence assessment",
        "definition_de": (
            "Verfahren, in dem die zuständige Stelle prüft, ob zwischen dem ausländischen "
            "Abschluss und dem Referenzberuf wesentliche Unterschiede bestehen. Das Ergebnis wird "
            "in einem Bescheid festgehalten, der bei nicht reglementierten Berufen vor allem "
            "Arbeitgebern Orientierung gibt."
        ),
        "definition_en": (
            "Procedure in which the competent body examines whether there are substantial "
            "differences between the foreign qualification and the reference occupation. The "
            "result is set out in a formal notice which, for non-regulated occupations, mainly "
            "gives employers guidance."
        ),
    },
    {
        "key": "wesentliche-unterschiede",
        "term_de": "Wesentliche Unterschiede",
        "term_en": "Substantial differences",
        "definition_de": (
            "Unterschiede zwischen ausländischer Qualifikation und Referenzberuf, die Tätigkeiten "
            "betreffen, die für die Ausübung des Berufs bedeutsam sind. Sie können durch "
            "einschlägige Berufserfahrung oder sonstige nachgewiesene Kenntnisse ausgeglichen "
            "werden."
        ),
        "definition_en": (
            "Differences between the foreign qualification and the reference occupation that "
            "concern activities which are important for practising the occupation. They can be "
            "offset by relevant work experience or other proven knowledge."
        ),
    },
    {
        "key": "teilgleichwertigkeit",
        "term_de": "Teilgleichwertigkeit",
        "term_en": "Partial equivalence",
        "definition_de": (
            "Ergebnis einer Gleichwertigkeitsprüfung, bei dem wesentliche Unterschiede "
            "festgestellt werden, aber auch vorhandene Qualifikationen bescheinigt werden. Der "
            "Bescheid beschreibt, welche Inhalte fehlen, und dient als Grundlage für eine "
            "Anpassungsqualifizierung."
        ),
        "definition_en": (
            "Outcome of an equivalence assessment in which substantial differences are found but "
            "existing qualifications are also certified. The notice describes which content is "
            "missing and serves as the basis for an adaptation qualification."
        ),
    },
    {
        "key": "qualifikationsanalyse",
        "term_de": "Qualifikationsanalyse",
        "term_en": "Skills analysis",
        "definition_de": (
            "Praktisches Verfahren, mit dem berufliche Kompetenzen festgestellt werden, wenn "
            "Unterlagen fehlen oder nicht aussagekräftig sind. Typisch sind Arbeitsproben, "
            "Fachgespräche oder eine Probearbeit im Betrieb unter Aufsicht von Sachverständigen."
        ),
        "definition_en": (
            "Practical procedure for establishing vocational skills when documents are missing or "
            "inconclusive. Typical forms are work samples, professional interviews or a trial "
            "period in a company supervised by experts."
        ),
    },
    {
        "key": "anpassungsqualifizierung",
        "term_de": "Anpassungsqualifizierung",
        "term_en": "Adaptation qualification",
        "definition_de": (
            "Weiterbildung oder betriebliche Einarbeitung, mit der die in einem Bescheid "
            "festgestellten wesentlichen Unterschiede ausgeglichen werden. Nach erfolgreichem "
            "Abschluss kann ein Folgeantrag auf volle Gleichwertigkeit gestellt werden."
        ),
        "definition_en": (
            "Further training or on-the-job induction that compensates for the substantial "
            "differences identified in a notice. After successful completion, a follow-up "
            "application for full equivalence can be submitted."
        ),
    },
    {
        "key": "reglementierter-beruf",
        "term_de": "Reglementierter Beruf",
        "term_en": "Regulated profession",
        "definition_de": (
            "Beruf, dessen Ausübung oder Berufsbezeichnung durch Rechts- oder "
            "Verwaltungsvorschriften an den Besitz einer bestimmten Qualifikation gebunden ist. Im "
            "Handwerk betrifft das etwa die selbstständige Ausübung eines zulassungspflichtigen "
            "Handwerks, für die in der Regel ein Meisterbrief oder eine gleichwertige "
            "Qualifikation erforderlich ist."
        ),
        "definition_en": (
            "Occupation whose practice or professional title is tied by laws or administrative "
            "provisions to holding a specific qualification. In the skilled crafts, this applies "
            "for example to running an independent business in a licensed craft, which generally "
            "requires a master craftsperson certificate or an equivalent qualification."
        ),
    },
    {
        "key": "bqfg",
        "term_de": "Berufsqualifikationsfeststellungsgesetz (BQFG)",
        "term_en": "Professional Qualifications Assessment Act (BQFG)",
        "definition_de": (
            "Bundesgesetz, das seit dem 1. April 2012 das Verfahren zur Feststellung der "
            "Gleichwertigkeit ausländischer Berufsqualifikationen regelt. Es gilt für die Berufe "
            "in Zuständigkeit des Bundes, soweit Fachgesetze keine eigenen Regelungen enthalten."
        ),
        "definition_en": (
            "Federal act which has governed the procedure for assessing the equivalence of foreign "
            "vocational qualifications since 1 April 2012. It applies to occupations under federal "
            "responsibility unless specific legislation contains its own provisions."
        ),
    },
    {
        "key": "isced",
        "term_de": "ISCED",
        "term_en": "ISCED",
        "definition_de": (
            "Internationale Standardklassifikation des Bildungswesens der UNESCO, die "
            "Bildungsgänge verschiedener Staaten vergleichbaren Stufen zuordnet. Die Fassung von "
            "2011 unterscheidet neun Stufen von der frühkindlichen Bildung bis zur Promotion."
        ),
        "definition_en": (
            "UNESCO's International Standard Classification of Education, which assigns programmes "
            "from different countries to comparable levels. The 2011 version distinguishes nine "
            "levels from early childhood education to doctoral studies."
        ),
    },
    {
        "key": "duale-ausbildung",
        "term_de": "Duale Ausbildung",
        "term_en": "Dual vocational training",
        "definition_de": (
            "Form der Berufsausbildung, in der Lernende überwiegend im Betrieb ausgebildet werden "
            "und ergänzend die Berufsschule besuchen. Grundlage sind ein Ausbildungsvertrag und "
            "eine bundesweit geltende Ausbildungsordnung."
        ),
        "definition_en": (
            "Form of vocational training in which learners are trained mainly in a company and "
            "also attend a vocational school. It is based on a training contract and a training "
            "regulation that applies nationwide."
        ),
    },
    {
        "key": "zustaendige-stelle",
        "term_de": "Zuständige Stelle",
        "term_en": "Competent body",
        "definition_de": (
            "Die Stelle, die über einen Antrag auf Anerkennung entscheidet, bei dualen "
            "Ausbildungsberufen in der Regel die Kammer des jeweiligen Wirtschaftsbereichs. Für "
            "die meisten IHK-Berufe ist die IHK FOSA in Nürnberg bundesweit zuständig."
        ),
        "definition_en": (
            "The body that decides on an application for recognition, which for dual training "
            "occupations is usually the chamber of the relevant economic sector. For most IHK "
            "occupations, IHK FOSA in Nuremberg is responsible nationwide."
        ),
    },
    {
        "key": "berufserfahrung",
        "term_de": "Einschlägige Berufserfahrung",
        "term_en": "Relevant work experience",
        "definition_de": (
            "Berufspraxis in dem Tätigkeitsbereich des Referenzberufs, die im In- oder Ausland "
            "erworben wurde. Sie wird im Verfahren berücksichtigt und kann festgestellte "
            "Unterschiede ganz oder teilweise ausgleichen, wenn sie durch Arbeitszeugnisse belegt "
            "ist."
        ),
        "definition_en": (
            "Professional practice in the field of the reference occupation gained in Germany or "
            "abroad. It is taken into account in the procedure and can fully or partly compensate "
            "for identified differences if documented by employer references."
        ),
    },
]

STANDARD_PAGES = [
    {
        "key": "companies",
        "title_de": "Unternehmen und Anerkennung",
        "title_en": "Companies and recognition",
        "slug_de": "unternehmen-und-anerkennung",
        "slug_en": "companies-and-recognition",
        "intro_de": (
            "Unternehmen, die Fachkräfte mit ausländischem Berufsabschluss beschäftigen möchten, "
            "finden hier die wichtigsten Informationen zum Anerkennungsverfahren."
        ),
        "intro_en": (
            "Companies wishing to employ skilled workers with a foreign vocational qualification "
            "will find the key information on the recognition procedure here."
        ),
        "paragraphs": [
            {
                "heading_de": "Warum sich die Anerkennung lohnt",
                "heading_en": "Why recognition pays off",
                "de": (
                    "Ein Anerkennungsbescheid macht transparent, welche Kenntnisse und "
                    "Fertigkeiten eine Bewerberin oder ein Bewerber mitbringt. Betriebe können "
                    "damit Einstellungsentscheidungen besser begründen und die Einarbeitung "
                    "gezielt planen. Bei reglementierten Berufen ist die Anerkennung sogar "
                    "Voraussetzung für die Beschäftigung."
                ),
                "en": (
                    "A recognition notice makes transparent which knowledge and skills an "
                    "applicant brings. Companies can therefore justify hiring decisions more "
                    "soundly and plan induction in a targeted way. For regulated professions, "
                    "recognition is even a prerequisite for employment."
                ),
            },
            {
                "heading_de": "Wie Betriebe unterstützen können",
                "heading_en": "How companies can help",
                "de": (
                    "Arbeitgeber können ihre Beschäftigten beim Zusammenstellen der Unterlagen "
                    "unterstützen und die Kosten des Verfahrens ganz oder teilweise übernehmen. "
                    "Bei festgestellten Unterschieden bietet sich eine Anpassungsqualifizierung im "
                    "eigenen Betrieb an. Die Kammern beraten dazu kostenlos."
                ),
                "en": (
                    "Employers can support their staff in compiling the documents and cover the "
                    "costs of the procedure in full or in part. If differences are identified, an "
                    "adaptation qualification within the company is an option. The chambers "
                    "provide free advice on this."
                ),
            },
            {
                "heading_de": "Beschleunigtes Fachkräfteverfahren",
                "heading_en": "Fast-track procedure for skilled workers",
                "de": (
                    "Befindet sich die Fachkraft noch im Ausland, kann der Arbeitgeber mit einer "
                    "Vollmacht bei der Ausländerbehörde das beschleunigte Fachkräfteverfahren "
                    "beantragen. Die Anerkennungsstelle muss dann innerhalb verkürzter Fristen "
                    "entscheiden. Eine vollständige Antragstellung mit übersetzten Unterlagen ist "
                    "dabei besonders wichtig."
                ),
                "en": (
                    "If the skilled worker is still abroad, the employer can apply to the "
                    "foreigners authority for the fast-track procedure for skilled workers, acting "
                    "under a power of attorney. The recognition body must then decide within "
                    "shorter time limits. Submitting a complete application with translated "
                    "documents is particularly important here."
                ),
            },
            {
                "heading_de": "Berufsprofile im Portal nutzen",
                "heading_en": "Using the occupational profiles in the portal",
                "de": (
                    "Die Berufsprofile beschreiben Inhalte, Dauer und Abschlussprüfung "
                    "ausländischer Qualifikationen und nennen passende deutsche Referenzberufe. "
                    "Sie ersetzen keinen Bescheid, helfen aber bei der ersten Einschätzung im "
                    "Bewerbungsgespräch."
                ),
                "en": (
                    "The occupational profiles describe the content, duration and final "
                    "examination of foreign qualifications and name matching German reference "
                    "occupations. They do not replace a formal notice but help with an initial "
                    "assessment during the job interview."
                ),
            },
        ],
    },
    {
        "key": "about",
        "title_de": "Über das Portal",
        "title_en": "About the portal",
        "slug_de": "ueber-das-portal",
        "slug_en": "about-the-portal",
        "intro_de": (
            "Das BQ-Portal ist ein Informationsangebot für alle, die ausländische "
            "Berufsqualifikationen bewerten oder verstehen möchten."
        ),
        "intro_en": (
            "The BQ-Portal is an information service for everyone who wants to assess or "
            "understand foreign vocational qualifications."
        ),
        "paragraphs": [
            {
                "heading_de": "Ziel des Portals",
                "heading_en": "Purpose of the portal",
                "de": (
                    "Das Portal unterstützt die zuständigen Stellen dabei, Anträge nach dem "
                    "Berufsqualifikationsfeststellungsgesetz sachgerecht und einheitlich zu "
                    "bearbeiten. Es stellt dafür Länder- und Berufsprofile bereit, die "
                    "redaktionell recherchiert und regelmäßig aktualisiert werden. Gleichzeitig "
                    "richtet es sich an Unternehmen und interessierte Fachkräfte."
                ),
                "en": (
                    "The portal helps competent bodies to process applications under the "
                    "Professional Qualifications Assessment Act appropriately and consistently. To "
                    "this end, it provides country and occupational profiles that are editorially "
                    "researched and regularly updated. At the same time, it is aimed at companies "
                    "and interested skilled workers."
                ),
            },
            {
                "heading_de": "Redaktion und Quellen",
                "heading_en": "Editorial team and sources",
                "de": (
                    "Die Inhalte entstehen auf Grundlage von Gesetzen, Lehrplänen, Zeugnismustern "
                    "und Auskünften ausländischer Bildungsbehörden. Kammern, die Anträge "
                    "bearbeitet haben, stellen ihre Erkenntnisse zur Verfügung, damit andere "
                    "Stellen davon profitieren. Jede Seite nennt, wann sie zuletzt geprüft wurde."
                ),
                "en": (
                    "The content is based on laws, curricula, sample certificates and information "
                    "from foreign education authorities. Chambers that have processed applications "
                    "share their findings so that other bodies can benefit from them. Every page "
                    "states when it was last reviewed."
                ),
            },
            {
                "heading_de": "Grenzen der Informationen",
                "heading_en": "Limits of the information",
                "de": (
                    "Die Profile geben den typischen Aufbau eines Abschlusses wieder und können "
                    "Abweichungen zwischen Schulen, Regionen oder Jahrgängen nicht vollständig "
                    "abbilden. Verbindlich entscheidet immer die zuständige Stelle im Einzelfall. "
                    "Hinweise auf Fehler oder neue Quellen nimmt die Redaktion gern entgegen."
                ),
                "en": (
                    "The profiles reflect the typical structure of a qualification and cannot "
                    "fully capture variations between schools, regions or cohorts. The binding "
                    "decision is always taken by the competent body in the individual case. The "
                    "editorial team welcomes notice of errors or new sources."
                ),
            },
        ],
    },
    {
        "key": "faq",
        "title_de": "Häufige Fragen",
        "title_en": "Frequently asked questions",
        "slug_de": "haeufige-fragen",
        "slug_en": "frequently-asked-questions",
        "intro_de": (
            "Antworten auf Fragen, die uns zur Anerkennung ausländischer Berufsabschlüsse und zur "
            "Nutzung des Portals häufig erreichen."
        ),
        "intro_en": (
            "Answers to questions we are often asked about the recognition of foreign vocational "
            "qualifications and about using the portal."
        ),
        "paragraphs": [
            {
                "heading_de": "Wer kann einen Antrag auf Anerkennung stellen?",
                "heading_en": "Who can apply for recognition?",
                "de": (
                    "Antragsberechtigt ist jede Person mit einer im Ausland erworbenen "
                    "Berufsqualifikation, unabhängig von Staatsangehörigkeit und "
                    "Aufenthaltsstatus. Der Antrag kann auch aus dem Ausland gestellt werden, wenn "
                    "die Absicht besteht, in Deutschland zu arbeiten."
                ),
                "en": (
                    "Anyone with a vocational qualification obtained abroad can apply, regardless "
                    "of nationality or residence status. The application can also be submitted "
                    "from abroad if the person intends to work in Germany."
                ),
            },
            {
                "heading_de": "Welche Unterlagen werden benötigt?",
                "heading_en": "Which documents are required?",
                "de": (
                    "In der Regel sind ein Identitätsnachweis, der Ausbildungsnachweis mit Fächer- "
                    "und Stundenübersicht, Nachweise über Berufserfahrung und ein tabellarischer "
                    "Lebenslauf erforderlich. Fremdsprachige Dokumente müssen von öffentlich "
                    "bestellten Übersetzerinnen oder Übersetzern übertragen werden. Die zuständige "
                    "Stelle kann weitere Unterlagen anfordern."
                ),
                "en": (
                    "Usually, proof of identity, the training certificate with an overview of "
                    "subjects and hours, evidence of work experience and a CV in tabular form are "
                    "required. Documents in foreign languages must be translated by publicly "
                    "appointed translators. The competent body may request further documents."
                ),
            },
            {
                "heading_de": "Wie lange dauert das Verfahren?",
                "heading_en": "How long does the procedure take?",
                "de": (
                    "Sobald die Unterlagen vollständig vorliegen, soll die zuständige Stelle "
                    "innerhalb von drei Monaten entscheiden. In schwierigen Fällen kann die Frist "
                    "einmal verlängert werden. Im beschleunigten Fachkräfteverfahren gelten "
                    "kürzere Fristen."
                ),
                "en": (
                    "Once the documents are complete, the competent body should decide within "
                    "three months. In difficult cases, the deadline can be extended once. Shorter "
                    "deadlines apply in the fast-track procedure for skilled workers."
                ),
            },
            {
                "heading_de": "Was kostet die Anerkennung?",
                "heading_en": "How much does recognition cost?",
                "de": (
                    "Die Gebühren richten sich nach dem Aufwand und den Gebührenordnungen der "
                    "Kammern und liegen häufig zwischen 100 und 600 Euro. Hinzu kommen Kosten für "
                    "Übersetzungen und Beglaubigungen. Unter bestimmten Voraussetzungen können "
                    "Förderprogramme oder die Arbeitsagentur die Kosten übernehmen."
                ),
                "en": (
                    "The fees depend on the effort involved and on the chambers' fee schedules and "
                    "often range between 100 and 600 euros. Costs for translations and "
                    "certifications come on top. Under certain conditions, funding programmes or "
                    "the employment agency can cover the costs."
                ),
            },
            {
                "heading_de": "Sind die Berufsprofile im Portal verbindlich?",
                "heading_en": "Are the occupational profiles in the portal binding?",
                "de": (
                    "Nein, die Profile sind eine Arbeitshilfe und ersetzen nicht die Prüfung im "
                    "Einzelfall. Sie zeigen, wie ein Abschluss üblicherweise aufgebaut ist und "
                    "welche Referenzberufe in Betracht kommen."
                ),
                "en": (
                    "No, the profiles are a working aid and do not replace the examination of the "
                    "individual case. They show how a qualification is usually structured and "
                    "which reference occupations may be considered."
                ),
            },
        ],
    },
    {
        "key": "contact",
        "title_de": "Kontakt",
        "title_en": "Contact",
        "slug_de": "kontakt",
        "slug_en": "contact",
        "intro_de": (
            "So erreichen Sie die Redaktion des BQ-Portals und die Beratungsstellen für "
            "Anerkennungsfragen."
        ),
        "intro_en": (
            "How to reach the BQ-Portal editorial team and the advice centres for recognition "
            "questions."
        ),
        "paragraphs": [
            {
                "heading_de": "Redaktion",
                "heading_en": "Editorial team",
                "de": (
                    "Für Hinweise zu Länder- und Berufsprofilen, Fehlermeldungen oder neue Quellen "
                    "nutzen Sie bitte das Kontaktformular. Die Redaktion beantwortet Anfragen in "
                    "der Regel innerhalb von fünf Arbeitstagen. Eine Rechtsberatung im Einzelfall "
                    "ist nicht möglich."
                ),
                "en": (
                    "Please use the contact form for comments on country and occupational "
                    "profiles, error reports or new sources. The editorial team usually answers "
                    "enquiries within five working days. Legal advice on individual cases is not "
                    "possible."
                ),
            },
            {
                "heading_de": "Beratung zur Anerkennung",
                "heading_en": "Advice on recognition",
                "de": (
                    "Fragen zum eigenen Antrag beantworten die zuständigen Kammern sowie die "
                    "Beratungsstellen des Förderprogramms „Integration durch Qualifizierung“. Eine "
                    "telefonische Erstberatung bietet auch die Hotline „Arbeiten und Leben in "
                    "Deutschland“ an."
                ),
                "en": (
                    "Questions about your own application are answered by the competent chambers "
                    "and the advice centres of the “Integration through Qualification” funding "
                    "programme. Initial advice by telephone is also available from the “Working "
                    "and Living in Germany” hotline."
                ),
            },
            {
                "heading_de": "Zugang für Kammern",
                "heading_en": "Access for chambers",
                "de": (
                    "Mitarbeitende der zuständigen Stellen können einen persönlichen Zugang "
                    "beantragen, um Bewertungen zu hinterlegen und interne Arbeitshilfen zu "
                    "nutzen. Bitte verwenden Sie dafür Ihre dienstliche E-Mail-Adresse, damit die "
                    "Zugehörigkeit zur Kammer geprüft werden kann."
                ),
                "en": (
                    "Staff of the competent bodies can request personal access in order to file "
                    "assessments and use internal working aids. Please use your official e-mail "
                    "address so that your affiliation with the chamber can be verified."
                ),
            },
        ],
    },
]

NEWS = [
    {
        "key": "new-country-profiles-asia",
        "date": "2026-01-20",
        "title_de": "Neue Länderprofile für Vietnam und die Philippinen",
        "title_en": "New country profiles for Vietnam and the Philippines",
        "slug_de": "neue-laenderprofile-vietnam-philippinen",
        "slug_en": "new-country-profiles-vietnam-philippines",
        "intro_de": (
            "Die Redaktion hat die Profile zu Vietnam und den Philippinen grundlegend überarbeitet."
        ),
        "intro_en": (
            "The editorial team has thoroughly revised the profiles for Vietnam and the "
            "Philippines."
        ),
        "body_de": (
            "Beide Staaten gewinnen für die Fachkräftegewinnung deutscher Unternehmen an "
            "Bedeutung. Die neuen Profile beschreiben die Stufen der Berufsbildung, die "
            "wichtigsten Zuständigkeiten und typische Abschlüsse. Weitere Berufsprofile aus beiden "
            "Ländern folgen im Laufe des Jahres."
        ),
        "body_en": (
            "Both countries are becoming more important for German companies recruiting skilled "
            "workers. The new profiles describe the levels of vocational training, the main "
            "responsibilities and typical qualifications. More occupational profiles from both "
            "countries will follow over the course of the year."
        ),
    },
    {
        "key": "workshop-skills-analysis",
        "date": "2026-02-17",
        "title_de": "Fachtagung zur Qualifikationsanalyse",
        "title_en": "Conference on skills analysis",
        "slug_de": "fachtagung-qualifikationsanalyse",
        "slug_en": "conference-skills-analysis",
        "intro_de": (
            "Im März tauschen sich Kammerbeschäftigte über Erfahrungen mit praktischen "
            "Kompetenzfeststellungen aus."
        ),
        "intro_en": (
            "In March, chamber staff will share experiences with practical skills assessments."
        ),
        "body_de": (
            "Im Mittelpunkt stehen Arbeitsproben im Elektro- und Metallhandwerk sowie "
            "Fachgespräche in kaufmännischen Berufen. Die Ergebnisse der Tagung werden "
            "anschließend als Arbeitshilfe im internen Bereich des Portals veröffentlicht."
        ),
        "body_en": (
            "The focus will be on work samples in the electrical and metal crafts and on "
            "professional interviews in commercial occupations. The results of the conference will "
            "then be published as a working aid in the internal area of the portal."
        ),
    },
    {
        "key": "english-interface",
        "date": "2026-03-24",
        "title_de": "Portal jetzt vollständig auf Englisch",
        "title_en": "Portal now fully available in English",
        "slug_de": "portal-jetzt-auf-englisch",
        "slug_en": "portal-now-in-english",
        "intro_de": (
            "Alle Länder- und Berufsprofile stehen ab sofort auch in englischer Sprache zur "
            "Verfügung."
        ),
        "intro_en": "All country and occupational profiles are now also available in English.",
        "body_de": (
            "Damit können sich Fachkräfte bereits vor der Einreise über die Bewertung ihres "
            "Abschlusses informieren. Die englischen Fassungen werden gemeinsam mit den deutschen "
            "Texten gepflegt und geprüft. Rückmeldungen zur Verständlichkeit nimmt die Redaktion "
            "gern entgegen."
        ),
        "body_en": (
            "This allows skilled workers to find out how their qualification is assessed even "
            "before they arrive. The English versions are maintained and reviewed together with "
            "the German texts. The editorial team welcomes feedback on clarity."
        ),
    },
    {
        "key": "glossary-update",
        "date": "2026-04-14",
        "title_de": "Glossar um zentrale Fachbegriffe erweitert",
        "title_en": "Glossary extended with key technical terms",
        "slug_de": "glossar-erweitert",
        "slug_en": "glossary-extended",
        "intro_de": (
            "Das Glossar erklärt jetzt die wichtigsten Begriffe des Anerkennungsverfahrens in "
            "einfacher Sprache."
        ),
        "intro_en": (
            "The glossary now explains the most important terms of the recognition procedure in "
            "plain language."
        ),
        "body_de": (
            "Neu aufgenommen wurden unter anderem die Begriffe Teilgleichwertigkeit, "
            "Anpassungsqualifizierung und zuständige Stelle. Die Definitionen sind mit den Länder- "
            "und Berufsprofilen verknüpft, in denen die Begriffe vorkommen."
        ),
        "body_en": (
            "New entries include partial equivalence, adaptation qualification and competent body. "
            "The definitions are linked to the country and occupational profiles in which the "
            "terms appear."
        ),
    },
]
