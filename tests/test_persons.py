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
    ],
)
def test_person_spans(text, expected):
    assert names(text) == expected
