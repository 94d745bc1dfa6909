"""A persons registry that lasts from one month's reports to the next.

The registry is a JSON file (``--persons persons.json``) a researcher may keep under
version control and edit by hand. Pydantic models live here because the file is an
edge; inside the pipeline identities are :class:`kzmonitor.names.Identity` objects.

How a saved registry steers linking (:func:`link_with_registry`):

- A ``person_id`` once given is never renamed, merged or split automatically.
- A spelling with a surname and a given name or initial ("Mamay Zh.") that the
  registry holds gets its identity back; so does every spelling of a ``pinned``
  identity (a user decision), bare surnames included.
- A new spelling joins the saved identity the linker puts it with (the registry's
  spellings take part in linking as anchors); where anchors of several saved
  identities meet, the one with the most mentions wins.
- A user merges (``kzmonitor persons merge``: these spellings are one person) or splits
  (``kzmonitor persons split``: these spellings are someone else); both pin the
  identities they touch and are recorded in ``decisions``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Hashable, Iterable, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rapidfuzz import fuzz

from .names import Identity, fullest, link_names, name_key, parse_name, slug
from .transliteration import SpellingsByScript

REGISTRY_VERSION = 1


class RegistryError(ValueError):
    """A persons file that cannot be read, or a merge/split that names nothing in it."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonRecord(Strict, SpellingsByScript):
    """One identity of the registry."""

    person_id: str
    canonical: str
    variants: list[str]
    counts: dict[str, int] = Field(default_factory=dict, description="Mentions per spelling, over every report linked.")
    mentions: int = 0
    sources: list[str] = Field(default_factory=list, description="Reports the identity was seen in.")
    evidence: list[dict[str, Any]] = Field(default_factory=list, description="Why each spelling joined: rule and score.")
    pinned: bool = Field(False, description="A user decision: these spellings are this person, whatever the linker says.")
    aliases: list[str] = Field(default_factory=list, description="person_ids merged into this one by a user.")


class Decision(Strict):
    """A user's merge or split, kept so the file says who decided what."""

    action: Literal["merge", "split"]
    person_ids: list[str]
    spellings: list[str] = []
    at: str


class PersonsRegistry(Strict):
    """The persons file: identities and the user decisions behind the pinned ones."""

    version: int = REGISTRY_VERSION
    persons: list[PersonRecord] = []
    decisions: list[Decision] = []

    def by_id(self) -> dict[str, PersonRecord]:
        return {p.person_id: p for p in self.persons}

    def find(self, ref: str) -> PersonRecord:
        """The identity with this person_id, alias or spelling.

        Raises:
            RegistryError: none has it, or several spellings match.
        """
        for person in self.persons:
            if ref == person.person_id or ref in person.aliases:
                return person
        holders = [p for p in self.persons if ref in p.variants]
        if len(holders) == 1:
            return holders[0]
        if holders:
            raise RegistryError(f"{ref!r} is a spelling of several identities ({', '.join(p.person_id for p in holders)}); name a person_id")
        raise RegistryError(f"no identity has the person_id or spelling {ref!r}")


def load_registry(path: str | Path) -> PersonsRegistry:
    """Read a persons file; a missing file is an empty registry.

    Raises:
        RegistryError: the file is not a valid persons file.
    """
    path = Path(path)
    if not path.exists():
        return PersonsRegistry()
    try:
        registry = PersonsRegistry.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RegistryError(f"{path}: not a persons file: {where + ': ' if where else ''}{first['msg']}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RegistryError(f"{path}: cannot read: {error}") from None
    ids = Counter(p.person_id for p in registry.persons)
    duplicated = [pid for pid, n in ids.items() if n > 1]
    if duplicated:
        raise RegistryError(f"{path}: person_id {duplicated[0]!r} is used twice")
    return registry


def save_registry(registry: PersonsRegistry, path: str | Path) -> None:
    Path(path).write_text(registry.model_dump_json(indent=2) + "\n", encoding="utf-8")


def _exact_spellings(registry: PersonsRegistry) -> dict[str, str]:
    """Spellings that keep their saved identity whatever the linker says."""
    holders: dict[str, set[str]] = defaultdict(set)
    pinned: dict[str, str] = {}
    for person in registry.persons:
        for spelling in person.variants:
            if person.pinned:
                pinned[spelling] = person.person_id
            elif parse_name(spelling).kind in ("full", "initials"):
                holders[spelling].add(person.person_id)
    # A spelling two unpinned identities share (a user split without pinning) decides nothing.
    exact = {s: next(iter(ids)) for s, ids in holders.items() if len(ids) == 1}
    exact.update(pinned)
    return exact


def link_with_registry(
    names: Sequence[str],
    contexts: Sequence[Hashable | None] | None = None,
    registry: PersonsRegistry | None = None,
    sources: Sequence[str | None] | None = None,
) -> tuple[list[str], dict[str, Identity]]:
    """Link mentions like :func:`kzmonitor.names.link_names`, keeping the registry's ids, and update it.

    Args:
        names: Mention texts.
        contexts: Scopes of each mention, as for :func:`link_names`.
        registry: Saved identities; updated in place with the new mentions. None: link afresh.
        sources: The report of each mention, recorded in the registry.

    Returns:
        The person_id of each mention and the identities they belong to.
    """
    names = list(names)
    if registry is None:
        return link_names(names, contexts)
    contexts = list(contexts) if contexts is not None else [None] * len(names)
    anchors = [(p.person_id, spelling) for p in registry.persons for spelling in p.variants]
    ids, identities = link_names([*(s for _, s in anchors), *names], [*([None] * len(anchors)), *contexts])
    anchor_ids, mention_ids = ids[: len(anchors)], ids[len(anchors):]
    saved = registry.by_id()
    weight: dict[str, Counter] = defaultdict(Counter)  # linker id -> saved id -> mentions behind it
    for (person_id, spelling), linked in zip(anchors, anchor_ids):
        weight[linked][person_id] += saved[person_id].counts.get(spelling, 1)
    exact = _exact_spellings(registry)

    final: dict[str, str] = {}  # linker id -> registry id for spellings the registry does not fix
    for linked, identity in identities.items():
        if len(weight[linked]) == 1:
            final[linked] = next(iter(weight[linked]))
    result: list[str] = []
    for spelling, linked in zip(names, mention_ids):
        if spelling in exact:
            result.append(exact[spelling])
            continue
        if len(weight[linked]) > 1:
            # Saved identities the linker would join (a user split them): the closest surname wins, then the most mentioned.
            result.append(_closest(spelling, weight[linked], saved))
            continue
        if linked not in final:
            person_id = new_id = slug(identities[linked].canonical) or "unknown"
            n = 2
            while new_id in saved:
                new_id, n = f"{person_id}-{n}", n + 1
            final[linked] = new_id
            saved[new_id] = PersonRecord(person_id=new_id, canonical=identities[linked].canonical, variants=[])
            registry.persons.append(saved[new_id])
        result.append(final[linked])

    evidence_of = {(linked, e["mention"]): e for linked, identity in identities.items() for e in identity.evidence}
    for i, (spelling, person_id) in enumerate(zip(names, result)):
        record = saved[person_id]
        if spelling not in record.variants:
            record.variants.append(spelling)
            rule = ({"rule": "pinned spelling", "score": 100.0} if record.pinned and spelling in exact
                    else evidence_of.get((mention_ids[i], spelling)))
            if rule is not None and record.mentions:
                record.evidence.append({"mention": spelling, **{k: v for k, v in rule.items() if k != "mention"}})
        record.counts[spelling] = record.counts.get(spelling, 0) + 1
        record.mentions += 1
        source = sources[i] if sources is not None else None
        if source is not None and source not in record.sources:
            record.sources.append(source)
    touched = dict.fromkeys(result)
    for person_id in touched:
        record = saved[person_id]
        if not record.pinned:
            record.canonical = fullest({v: record.counts.get(v, 1) for v in record.variants})
    return result, {pid: _identity(saved[pid]) for pid in touched}


def _closest(spelling: str, candidates: Counter, saved: dict[str, PersonRecord]) -> str:
    surname = name_key(parse_name(spelling).surname)

    def closeness(person_id: str) -> tuple:
        best = max(fuzz.ratio(surname, name_key(parse_name(v).surname)) for v in saved[person_id].variants)
        return best, candidates[person_id], person_id

    return max(candidates, key=closeness)


def _identity(record: PersonRecord) -> Identity:
    return Identity(record.person_id, record.canonical, list(record.variants), record.mentions, list(record.evidence))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def merge_persons(registry: PersonsRegistry, refs: Iterable[str]) -> PersonRecord:
    """Pin that the identities named by ``refs`` (ids or spellings) are one person; the first id stays.

    Raises:
        RegistryError: fewer than two distinct identities are named, or a ref names none.
    """
    records = list(dict.fromkeys(registry.find(ref).person_id for ref in refs))
    if len(records) < 2:
        raise RegistryError("merge needs two or more different identities")
    by_id = registry.by_id()
    keep = by_id[records[0]]
    for person_id in records[1:]:
        other = by_id[person_id]
        for spelling in other.variants:
            if spelling not in keep.variants:
                keep.variants.append(spelling)
            keep.counts[spelling] = keep.counts.get(spelling, 0) + other.counts.get(spelling, 0)
        keep.mentions += other.mentions
        keep.sources.extend(s for s in other.sources if s not in keep.sources)
        keep.aliases.extend([other.person_id, *other.aliases])
        keep.evidence.append({"mention": other.canonical, "rule": "user merge", "score": 100.0})
        registry.persons.remove(other)
    keep.pinned = True
    # The kept identity's name stays unless a merged one is fuller (a given name where it had an initial).
    keep.canonical = max([keep.canonical, *(by_id[pid].canonical for pid in records[1:])],
                         key=lambda c: (len(parse_name(c).given), bool(parse_name(c).initials)))
    registry.decisions.append(Decision(action="merge", person_ids=records, at=_now()))
    return keep


def split_person(registry: PersonsRegistry, ref: str, spellings: Sequence[str]) -> PersonRecord:
    """Pin that ``spellings`` of the identity ``ref`` are someone else: they become a new identity.

    Raises:
        RegistryError: the identity lacks a spelling, or the split would leave it empty.
    """
    source = registry.find(ref)
    missing = [s for s in spellings if s not in source.variants]
    if missing:
        raise RegistryError(f"{source.person_id} has no spelling {missing[0]!r} (it has: {', '.join(source.variants)})")
    if not spellings or set(spellings) >= set(source.variants):
        raise RegistryError("split needs some, not all, of the identity's spellings")
    canonical = fullest({s: source.counts.get(s, 1) for s in spellings})
    existing = registry.by_id()
    base = person_id = slug(canonical) or "unknown"
    n = 2
    while person_id in existing:
        person_id, n = f"{base}-{n}", n + 1
    counts = {s: source.counts.pop(s, 0) for s in spellings}
    new = PersonRecord(person_id=person_id, canonical=canonical, variants=list(spellings), counts=counts,
                       mentions=sum(counts.values()), sources=list(source.sources), pinned=True,
                       evidence=[{"mention": s, "rule": "user split", "score": 100.0} for s in spellings])
    source.variants = [v for v in source.variants if v not in spellings]
    source.mentions -= new.mentions
    source.evidence = [e for e in source.evidence if e.get("mention") not in spellings]
    source.pinned = True
    source.canonical = fullest({v: source.counts.get(v, 1) for v in source.variants})
    registry.persons.append(new)
    registry.decisions.append(Decision(action="split", person_ids=[source.person_id, person_id], spellings=list(spellings), at=_now()))
    return new


def persons_table(registry: PersonsRegistry):
    """A rich table of the identities, most mentioned first: id, canonical, Latin and Cyrillic spellings with counts."""
    from rich.table import Table

    table = Table(title=f"{len(registry.persons)} persons")
    for column in ("person_id", "canonical", "variants (mentions)", "Cyrillic (mentions)", "mentions", "reports", "pinned"):
        table.add_column(column, justify="right" if column in ("mentions", "reports") else "left")
    for person in sorted(registry.persons, key=lambda p: (-p.mentions, p.person_id)):
        latin, cyrillic = ("; ".join(f"{v} ({person.counts.get(v, 0)})" for v in spellings)
                           for spellings in (person.latin_variants, person.cyrillic_variants))
        table.add_row(person.person_id, person.canonical, latin, cyrillic, str(person.mentions), str(len(person.sources)),
                      "yes" if person.pinned else "")
    return table
