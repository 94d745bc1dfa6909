"""PERSON shapes and the contexts that make a name something else, on real corpus lines."""
import pytest

from kzmonitor.components.persons import find_person_spans


def names(text: str) -> list[str]:
    return [text[start:end] for start, end in find_person_spans(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a place named after a person is a place (ANNOTATION.md)
        ("April 5, Almaty, the akimat of the city did not give permission to activists to hold a rally on April 9, 2023, "
         "in the square named after Sh. Valikhanov. Subject: Against the results of unfair elections.", []),
        ("Nakyp B. called on supporters of the Kazakh language to gather in front of the monument to Baidibek-biy on May 7",
         ["Nakyp B."]),
        # a chat room's name in quotes is not a person
        ("For the fact that on 10.12.23 on his personal Facebook page and in the chat room “Talap Aryz”, which he created",
         []),
        # two spaces inside a name
        ("the criminal case was referred to the Bostandyk district court, reports his lawyer Balgabaeva  Zhanara[117].",
         ["Balgabaeva  Zhanara"]),
        # one word of a name the entry has given, standing alone, is the same person
        ("On September 15, in Nur-Sultan city, two unidentified men, claiming to be employees of the akimat,were looking for "
         "Venera Zhanbaeva at her previous place of work, which she had left more than a week ago. Political persecution was "
         "caused by Venera’s publications in social networks about her intention to attend a peaceful rally[21].",
         ["Venera Zhanbaeva", "Venera"]),
        ("October 25, Pavlodar region, Aksu, Kurmanov Yembergeny was detained by a district inspector. He was taken to the "
         "Aksu City Police Department, allegedly to be questioned about the noise that was near his house. Sometime later "
         "Kurmanov was released[103].", ["Kurmanov Yembergeny", "Kurmanov"]),
    ],
)
def test_person_spans(text, expected):
    assert names(text) == expected
