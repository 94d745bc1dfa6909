"""Sanction parser on real corpus lines: exact (type, duration, amount, until); the entry dates 2023-04-12."""
import pytest

import kzmonitor

from kzmonitor.components.sanctions import find_sanctions

CASES = [
    ('April 12, Almaty, Ilyashev A., Article 488, Part 6 of the Code of Administrative Offences of the RK, received 15 days for participating',
     [('administrative_arrest', (0, 0, 15, 0), None, None)]),
    ("Dzhumanov E. was sentenced to 16 years' imprisonment, Sagintay A. and Abdullayev Zh. to 5 years each",
     [('imprisonment', (16, 0, 0, 0), None, None), ('imprisonment', (5, 0, 0, 0), None, None)]),
    ('Article 488 of the Code of Administrative Offences of the RK: the court fined him 120,750 tenge. He',
     [('fine', None, (120750, 'KZT'), None)]),
    ('Article 667, Part 1 of the Criminal Code of the RK was fined 110 760 tenge (USD250) for',
     [('fine', None, (110760, 'KZT'), None)]),
    ('a fine of 369200 tenge (100 monthly calculation indices)',
     [('fine', None, (369200, 'KZT'), None)]),
    ('is illegal and punishable by up to 25 days of arrest under Article 488',
     []),
    ('the examining court extended the period of his detention until November 12',
     [('pretrial_detention', None, None, '2023-11-12')]),
    ('to 6 years of a suspended sentence, a ban on social and political activities for 3 years',
     [('suspended_sentence', (6, 0, 0, 0), None, None), ('activity_ban', (3, 0, 0, 0), None, None)]),
    ('Article 380, Part 1, Article 405, Part 2 of the Criminal Code of the Republic of Kazakhstan, 2 years of imprisonment in a colony-settlement.',
     [('imprisonment', (2, 0, 0, 0), None, None)]),
    ('court sentenced him to 7 years in a general regime colony on the charge',
     [('imprisonment', (7, 0, 0, 0), None, None)]),
    ('transferred to house arrest for 2 months for the period of the investigation',
     [('house_arrest', (0, 2, 0, 0), None, None)]),
    ('The court ordered her to perform 100 hours of forced labor per year',
     [('forced_labor', (0, 0, 0, 100), None, None)]),
    ("to pay 20 MCI to the Victims' Compensation Fund",
     [('payment', None, (20, 'MCI'), None)]),
    ('Five of them were held administratively liable in the form of warnings',
     [('warning', None, None, None)]),
    ('Article 677, Part 1 of the Code of Administrative Offences of the Republic of Kazakhstan, 15 days’ imprisonment for “disobeying',
     [('administrative_arrest', (0, 0, 15, 0), None, None)]),
    ('was detained and later arrested under Article 405, Part 2 of the Criminal Code of the RK for 2 months for the period of pre-trial investigation',
     [('pretrial_detention', (0, 2, 0, 0), None, None)]),
    ('the court upheld a sentence to 1.5 years of restriction of liberty',
     [('restriction_of_liberty', (1.5, 0, 0, 0), None, None)]),
    ('Akhmetkaliev Malik, Article 296, Part 4 of the Criminal Code of the RK, 4.6 years of imprisonment in an institution of medium security.',
     [('imprisonment', (4.6, 0, 0, 0), None, None)]),
    ('police fined him 100 MCI',
     [('fine', None, (100, 'MCI'), None)]),
    ('and prohibited from public activity for 3 years',
     [('activity_ban', (3, 0, 0, 0), None, None)]),
    ('received a notice of deprivation of Kazakh citizenship',
     [('deportation', None, None, None)]),
    ('sentenced under Article 488, Part 11 of the Code of Administrative Offences of RK to a fine of 72,450 tenge for participating',
     [('fine', None, (72450, 'KZT'), None)]),
    ('was sentenced to 2.6 years of restriction of liberty, and prohibited from engaging in social and political activities for 5 years',
     [('restriction_of_liberty', (2.6, 0, 0, 0), None, None), ('activity_ban', (5, 0, 0, 0), None, None)]),
    ('the Board of Appeals for criminal cases extended the term of detention from 1.5 years to 2.2 years at the request of the Public Prosecutor’s Office',
     [('imprisonment', (2.2, 0, 0, 0), None, None)]),
    ('the court ruled to arrest the activist for 20 days',
     [('administrative_arrest', (0, 0, 20, 0), None, None)]),
    ('the prosecution requested six years and six months’ probation for Mamay',
     [('suspended_sentence', (6, 6, 0, 0), None, None)]),
    ('in the debate the prosecutor demanded 5 years in prison with a 5-year ban on social and political activities',
     [('imprisonment', (5, 0, 0, 0), None, None), ('activity_ban', (5, 0, 0, 0), None, None)]),
    ('Beisen was arrested for 15 days under Article 488, Part 7',
     [('administrative_arrest', (0, 0, 15, 0), None, None)]),
    ('was sentenced to 5 days arrest for “bothering with the guests',
     [('administrative_arrest', (0, 0, 5, 0), None, None)]),
    ('the court sentenced him to 7 days of administrative arrest “for disobedience to police officers”',
     [('administrative_arrest', (0, 0, 7, 0), None, None)]),
    ('Article 488, Part 11 of the Criminal Code of the RK, 20 days of detention. The court',
     [('administrative_arrest', (0, 0, 20, 0), None, None)]),
    ('who was sentenced to 15 years’ imprisonment, and Darkhan Kami',
     [('imprisonment', (15, 0, 0, 0), None, None)]),
    ('was put under arrest for 15 days.The Court of Appeal dismissed',
     [('administrative_arrest', (0, 0, 15, 0), None, None)]),
    ('The court found that he had been in prison for almost 10 months and has filed',
     []),
    ('For more than 10 hours Bekzadina E. was kept in the police department',
     []),
    ('he has 1 year and 1 month left to serve his sentence',
     []),
    ('were released after serving 15 days of administrative arrest for participating',
     []),
    ('the court fined her 73840 tenge ($168)',
     [('fine', None, (73840, 'KZT'), None)]),
    ('a fine of 110 thousand tenge (about 250 USD)',
     [('fine', None, (110000, 'KZT'), None)]),
    ('100 000 tenge for moral damage',
     [('payment', None, (100000, 'KZT'), None)]),
    ('the Investigative Court decided to arrest for 2 months Smailova D.',
     [('pretrial_detention', (0, 2, 0, 0), None, None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sanctions_parse_corpus_lines(text, expected):
    found = [
        (m.value["type"], m.value["duration"] and tuple(m.value["duration"].values()),
         m.value["amount"] and (m.value["amount"]["value"], m.value["amount"]["currency"]), m.value["until"])
        for m in find_sanctions(text, entry_date="2023-04-12")
    ]
    assert found == expected


def test_sanctions_mci_converted_with_the_years_rate():
    (match,) = find_sanctions("police fined him 100 MCI", entry_date="2023-04-12")
    assert match.value["kzt"] == 345000


def test_sanctions_each_gives_one_per_person(nlp_rules):
    doc = nlp_rules("Dzhumanov E. was sentenced to 16 years' imprisonment, Sagintay A. and Abdullayev Zh. to 5 years each")
    values = [(v["type"], v["duration"]["years"], pid) for s in doc.spans["kz_sanctions"] for v, pid in zip(s._.kz_sanction, s._.kz_person_ids)]
    assert values == [("imprisonment", 16, "dzhumanov-e"), ("imprisonment", 5, "sagintay-a"), ("imprisonment", 5, "abdullayev-zh")]


def sanctions_by_person(nlp, text: str, year: int) -> list[tuple]:
    (entry,) = kzmonitor.extract(text, nlp, year=year).entries
    return [(s.type, s.person_id) for s in entry.sanctions]


RELATION_CASES = [
    # a list with an apposition before the plural verb: one arrest each
    ("On September 6, in Nur-Sultan city, Muhamedzhanov Murat and Ermakhanov Nursultan, activists of the El Tiregi party, "
     "were arrested for 15 days, one for calling to protest on 7 September[8].", 2021,
     [("administrative_arrest", "muhamedzhanov-murat"), ("administrative_arrest", "ermakhanov-nursultan")]),
    # counted, unnamed subjects: three arrests and two fines with no person
    ("On September 18, in Almaty, at least six Democratic Party activists were detained before the rally, three activists "
     "were placed in detention for 15 days, and two were fined[26].", 2021,
     [("administrative_arrest", None)] * 3 + [("fine", None)] * 2),
    # "for A, B, C": the demand concerns every person of the list after it
    ("On September 28, in Almaty, the prosecutor demanded 5 years in prison for Askhat Zheksebayev, Kairat Klyshev and "
     "Rakhimzhanov Noyan[42].", 2021,
     [("imprisonment", "zheksebayev-askhat"), ("imprisonment", "klyshev-kairat"), ("imprisonment", "rakhimzhanov-noyan")]),
    # "They were fined" refers to the list of the sentence before
    ("On September 24, in Nur-Sultan, 10 people were sentenced to fines under Article 488 part 11 of the Administrative "
     "Offences Code of the Republic of Kazakhstan for participation in the protest action on September 22, 2021 in front of "
     "the Embassy of the People’s Republic of China: Akytkhan Kalida, Maken Zhamilya, Omirali Gulbaran, Kazybek Gulpyam, "
     "Yermekbai Nurzat, Myrzan Almakhan, Kosdaulet Gulnur, Kunbolat Baybolat, Kaliola Akikat and Kurmanalieva Gauhar. "
     "They were fined from 61257 to 145850 tenge.", 2021,
     [("fine", pid) for pid in ("akytkhan-kalida", "maken-zhamilya", "omirali-gulbaran", "kazybek-gulpyam", "yermekbai-nurzat",
                                "myrzan-almakhan", "kosdaulet-gulnur", "kunbolat-baybolat", "kaliola-akikat",
                                "kurmanalieva-gauhar")]),
    # the judge decides the measure, the journalist receives it; the bare request is the same measure as the dated one
    ("May 21, Astana, journalist Adilbekov D., Article 419 of the Criminal Code of the RK: the investigative court considered "
     "the request to extend the journalist’s detention. Judge Akshabayev T. extended the detention until June 27[62].", 2024,
     [("pretrial_detention", "adilbekov-d")]),
    # the measure being replaced is not imposed; the one replacing it is
    ("October 20, Taldykorgan, the regional court ruled to change the measure of restraint from house arrest to detention "
     "for police officer Kenzhebayev Aydin[75].", 2022, [("pretrial_detention", "kenzhebayev-aydin")]),
    # time already spent under arrest is not a sanction
    ("May 27, Almaty, Zhamuratov A. has been under arrest for six months, accused of financing an extremist organization[83].",
     2024, []),
    # an arrest ordered by the examining court is custody pending trial
    ("October 7, Almaty, Ziyuar Mirmanbetova, the examining court ordered her arrest for 40 days[20].", 2022,
     [("pretrial_detention", "mirmanbetova-ziyuar")]),
]


@pytest.mark.parametrize("text,year,expected", RELATION_CASES)
def test_sanctions_go_to_the_persons_the_text_names(nlp_rules, text, year, expected):
    assert sanctions_by_person(nlp_rules, text, year) == expected


def test_restated_sanction_counts_once():
    text = ("18 April, Uralsk, L. Akhmedyarov, Article 488 of the Administrative Code of the Republic of Kazakhstan, 15 days "
            "of arrest. The regional court rejected the journalist’s appeal against the court decision to arrest him for 15 "
            "days[73].")
    assert sanctions_by_person(kzmonitor.blank(), text, 2023) == [("administrative_arrest", "akhmedyarov-l")]


# The examples of ANNOTATION.md's sanction table, word for word: the contract itself.
CONTRACT_EXAMPLES = [
    ("7 years in a general regime colony", ("imprisonment", (7, 0, 0, 0), None)),
    ("2 years of imprisonment in a colony-settlement", ("imprisonment", (2, 0, 0, 0), None)),
    ("one year of a suspended sentence", ("suspended_sentence", (1, 0, 0, 0), None)),
    ("2 years of restriction of freedom", ("restriction_of_liberty", (2, 0, 0, 0), None)),
    ("arrest for 25 days", ("administrative_arrest", (0, 0, 25, 0), None)),
    ("15 days' imprisonment", ("administrative_arrest", (0, 0, 15, 0), None)),
    ("fined 103500 tenge", ("fine", None, (103500, "KZT"))),
    ("detained for 2 months", ("pretrial_detention", (0, 2, 0, 0), None)),
    ("prohibited from public activity for 3 years", ("activity_ban", (3, 0, 0, 0), None)),
    ("deprivation of the right to engage in social and political activities for 3 years", ("activity_ban", (3, 0, 0, 0), None)),
    ("to pay 20 MCI to the Victims' Compensation Fund", ("payment", None, (20, "MCI"))),
    ("held administratively liable in the form of warnings", ("warning", None, None)),
]


@pytest.mark.parametrize("text,expected", CONTRACT_EXAMPLES)
def test_sanctions_parse_the_contract_examples(text, expected):
    (match,) = find_sanctions(text, entry_date="2023-04-12")
    value = match.value
    assert (value["type"], value["duration"] and tuple(value["duration"].values()),
            value["amount"] and (value["amount"]["value"], value["amount"]["currency"])) == expected
