"""components.base: what the rule components share."""

from kzmonitor.components.base import doc_text


def test_base_doc_text_is_each_docs_own(nlp_rules):
    first, second = nlp_rules.make_doc("Ilyashev A. was fined."), nlp_rules.make_doc("Ilyashev A. was fined.")
    other = nlp_rules.make_doc("Ермеков А. арестован на 10 суток.")
    assert doc_text(first) == first.text
    assert doc_text(other) == other.text  # another doc, after the first: its own text
    assert doc_text(first) == first.text and doc_text(first) == doc_text(second)
    assert doc_text(nlp_rules.make_doc("")) == ""
