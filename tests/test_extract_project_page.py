"""Tests of the project-page extractor: every layout, three languages, and the corpus."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from return_atlas.extract.drafts import Extraction, InitiativeDraft, Spanned
from return_atlas.extract.project_page import extract_project_page
from return_atlas.read.document import Document
from tests.conftest import CORPUS, DOCUMENTS

BULLETS_EN = """Strengthening Labour Migration Management in Somewhere

  • Start Date
  • End Date
    2021
  • Project Status
    Active
  • Project Type
    Labour Migration
  • Budget Amount (USD)
    85000.00
  • Coverage
    Multi-Regional
  • Year
    2019
  • IDF Region
    Asia and the Pacific
  • Prima ID
    XX10P0001
  • Projects ID
    LM.0001
  • Benefiting Member States
    Viet Nam Lao People's Democratic Republic Viet Nam

This project will support the governments of the region in managing labour migration.
"""

DASHES_ES = """-
Quiénes somos
Quiénes somosLa Organización Internacional para las Migraciones (OIM) forma parte del sistema.
Qué hacemos
Qué hacemos
- Dónde operamos
- Datos e investigación
Programa de apoyo a la diáspora
Programa de apoyo a la diáspora
-
Fecha de inicio
2019
-
Tipo de proyecto
Finalizado
-
Tipo de proyecto
Desarrollo económico y comunitario
-
Cobertura geográfica
Regional
-
Año
2018
-
IDF Region
América Latina y el Caribe
-
Proyecto ID
CE.0100
-
Estados Miembros Beneficiarios que Reúnen los Requisitos
Costa Rica El Salvador Guatemala
El proyecto tiene por objeto fortalecer la participación de la diáspora en el desarrollo de sus
países de origen mediante una plataforma en línea.
"""

INLINE_FR = """Renforcer les capacités du gouvernement en gestion de la diasporaDéveloppement des \
capacités
- Date de début - 2020
- Date de fin : décembre 2022
- Statut du projet - Achevé
- Couverture - National
- Projet ID - TK.0016
- Montant inconnu - 12
- Etat(s) membre(s) beneficiaires remplissant les conditions requises - Côte d'Ivoire
Le projet vise à renforcer la mobilisation de la diaspora.
"""

BARE = """- A propos du Fonds
- Soutien
- Nous contacter
Strengthening the Integration Process for Returned Migrants (PIRE)
Strengthening the Integration Process for Returned Migrants (PIRE)
Latin America and the Caribbean
RT.1297
SV10P0003
103,058
El Salvador
Return Assist to Migrants and Government
National
Completed
El Salvador has one of the highest numbers of returned migrants in the region, and the
government has asked for support to receive them.
"""

CUT = """Renforcement des capacités des gouvernements des pays d’Afrique de l’Est concernant la \
gestion de

  • Statut du projet
    Achevé
  • Etat(s) membre(s) beneficiaires remplissant les conditions requises
    Kenya Ouganda Guinée"""


def run(text: str, lang: str) -> tuple[Extraction, InitiativeDraft]:
    extraction = extract_project_page(Document("x.txt", text, "0" * 64), lang)
    assert extraction.kind == "project_page"
    assert len(extraction.initiatives) == 1
    return extraction, extraction.initiatives[0]


def value(spanned: Spanned[Any] | None) -> Any:
    return None if spanned is None else spanned.value


def check_spans(text: str, draft: InitiativeDraft) -> None:
    """Every span lies in the text; text-valued spans quote their value."""
    assert text[draft.title.start : draft.title.end] == draft.title.value
    for name in ("iom_project_code", "prima_id", "start", "end", "year", "budget_amount"):
        spanned = getattr(draft, name)
        if spanned is not None:
            assert 0 <= spanned.start < spanned.end <= len(text)
    for name in ("iom_project_code", "prima_id"):
        spanned = getattr(draft, name)
        if spanned is not None:
            assert text[spanned.start : spanned.end] == spanned.value
    for country in draft.countries:
        assert 0 <= country.start < country.end <= len(text)


def test_bullet_layout_with_empty_labels() -> None:
    extraction, draft = run(BULLETS_EN, "en")
    assert draft.title.value == "Strengthening Labour Migration Management in Somewhere"
    assert value(draft.start) is None
    assert value(draft.end) == "2021"
    assert value(draft.status) == "active"
    assert value(draft.project_type) == "Labour Migration"
    assert (value(draft.budget_amount), value(draft.budget_currency)) == (85000.0, "USD")
    assert value(draft.coverage) == "multi_regional"
    assert value(draft.year) == 2019
    assert value(draft.iom_region) == "Asia and the Pacific"
    assert value(draft.prima_id) == "XX10P0001"
    assert value(draft.iom_project_code) == "LM.0001"
    assert [c.value for c in draft.countries] == ["VNM", "LAO"]
    assert value(draft.summary).startswith("This project will support")
    assert not draft.title_truncated
    check_spans(BULLETS_EN, draft)
    assert extraction.warnings == []


def test_spanish_dash_layout_status_under_project_type() -> None:
    _, draft = run(DASHES_ES, "es")
    assert draft.title.value == "Programa de apoyo a la diáspora"
    assert value(draft.status) == "completed"
    assert value(draft.project_type) == "Community and Economic Development"
    assert value(draft.start) == "2019"
    assert value(draft.year) == 2018
    assert value(draft.coverage) == "regional"
    assert value(draft.iom_region) == "Latin America and the Caribbean"
    assert value(draft.iom_project_code) == "CE.0100"
    assert [c.value for c in draft.countries] == ["CRI", "SLV", "GTM"]
    check_spans(DASHES_ES, draft)


def test_french_inline_labels_glued_title_and_unknown_label() -> None:
    extraction, draft = run(INLINE_FR, "fr")
    assert draft.title.value == "Renforcer les capacités du gouvernement en gestion de la diaspora"
    assert value(draft.start) == "2020"
    assert value(draft.end) == "2022-12"
    assert value(draft.status) == "completed"
    assert value(draft.coverage) == "national"
    assert value(draft.iom_project_code) == "TK.0016"
    assert [c.value for c in draft.countries] == ["CIV"]
    assert any("Montant inconnu" in warning for warning in extraction.warnings)
    check_spans(INLINE_FR, draft)


def test_label_less_developmentfund_layout() -> None:
    extraction, draft = run(BARE, "en")
    assert draft.title.value == "Strengthening the Integration Process for Returned Migrants (PIRE)"
    assert value(draft.iom_region) == "Latin America and the Caribbean"
    assert value(draft.iom_project_code) == "RT.1297"
    assert value(draft.prima_id) == "SV10P0003"
    assert (value(draft.budget_amount), value(draft.budget_currency)) == (103058.0, "USD")
    assert [c.value for c in draft.countries] == ["SLV"]
    assert value(draft.project_type) == "Return Assist to Migrants and Government"
    assert value(draft.coverage) == "national"
    assert value(draft.status) == "completed"
    assert extraction.warnings == []
    check_spans(BARE, draft)


def test_cut_title_and_cut_country_list() -> None:
    extraction, draft = run(CUT, "fr")
    assert draft.title_truncated
    assert value(draft.status) == "completed"
    assert [c.value for c in draft.countries] == ["KEN", "UGA"]
    assert any("cut" in warning for warning in extraction.warnings)


def test_text_cut_before_the_title() -> None:
    extraction = extract_project_page(Document("x.txt", "- Menu\n- Item\n- Other", "0" * 64), "en")
    assert extraction.initiatives == []
    assert extraction.warnings


@given(st.text(max_size=400))
def test_never_raises(text: str) -> None:
    extraction = extract_project_page(Document("x.txt", text, "0" * 64), "en")
    for draft in extraction.initiatives:
        assert text[draft.title.start : draft.title.end] == draft.title.value


# --- corpus -------------------------------------------------------------------------------

FIELDS = (
    "iom_project_code",
    "prima_id",
    "status",
    "start",
    "end",
    "year",
    "budget",
    "coverage",
    "iom_region",
    "countries",
    "title",
    "title_truncated",
)
FLOOR = 0.95
"""Share of (page, field) pairs that must match the expected facts exactly."""


def _project_pages() -> list[dict[str, Any]]:
    pages = []
    for path in sorted((CORPUS / "expected").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["kind"] == "project_page":
            pages.append(gold)
    return pages


def _got(draft: InitiativeDraft) -> dict[str, Any]:
    budget = None
    if draft.budget_amount is not None and draft.budget_currency is not None:
        budget = {"amount": draft.budget_amount.value, "currency": draft.budget_currency.value}
    scalars = [name for name in FIELDS if name not in ("budget", "countries", "title_truncated")]
    got = {name: value(getattr(draft, name)) for name in scalars}
    got.update(
        budget=budget,
        countries=[country.value for country in draft.countries],
        title_truncated=draft.title_truncated,
    )
    return got


PAGES = _project_pages()


@pytest.mark.parametrize("gold", PAGES, ids=[page["file"] for page in PAGES])
def test_corpus_page(gold: dict[str, Any]) -> None:
    """Each corpus project page: one initiative, spans valid (field mismatches printed)."""
    text = (DOCUMENTS / gold["file"]).read_text(encoding="utf-8")
    _, draft = run(text, gold["language"])
    check_spans(text, draft)
    expected = next(i for i in gold["initiatives"] if not i.get("optional"))
    got = _got(draft)
    for name in FIELDS:
        if got[name] != expected.get(name):
            print(f"{gold['file']} {name}: got {got[name]!r}, expected {expected.get(name)!r}")


def test_corpus_field_match_rate() -> None:
    matched = total = 0
    for gold in PAGES:
        text = (DOCUMENTS / gold["file"]).read_text(encoding="utf-8")
        _, draft = run(text, gold["language"])
        expected = next(i for i in gold["initiatives"] if not i.get("optional"))
        got = _got(draft)
        for name in FIELDS:
            total += 1
            matched += got[name] == expected.get(name)
    print(f"project-page fields matched: {matched}/{total}")
    assert total
    assert matched / total >= FLOOR
