"""components.base: what the rule components share."""

from kzmonitor.components.base import doc_text


def test_base_doc_text_is_each_docs_own(nlp_rules):
    first, second = nlp_rules.make_doc("Ilyashev A. was fined."), nlp_rules.make_doc("Ilyashev A. was fined.")
    other = nlp_rules.make_doc("Ермеков А. арестован на 10 суток.")
    assert doc_text(first) == first.text
    assert doc_text(other) == other.text  # another doc, after the first: its own text
    assert doc_text(first) == first.text and doc_text(first) == doc_text(second)
    assert doc_text(nlp_rules.make_doc("")) == ""


def test_base_doc_text_is_kept_per_doc_while_it_lives(nlp_rules):
    """nlp.pipe runs each component over a batch of docs before the next: each doc keeps its own text, read
    once, and the text goes with the doc."""
    import gc

    from kzmonitor.components import base

    docs = [nlp_rules.make_doc(f"Ермеков {i} арестован на {i} суток.") for i in range(100)]
    assert [doc_text(doc) for doc in docs] == [doc.text for doc in docs]
    assert [doc_text(doc) for doc in reversed(docs)] == [doc.text for doc in reversed(docs)]
    assert all(doc_text(doc) is doc_text(doc) for doc in docs)  # joined once
    kept = len(base._texts)
    del docs
    gc.collect()
    assert len(base._texts) <= kept - 100
