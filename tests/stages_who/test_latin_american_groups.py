"""Latin American non-state armed groups: linked from realistic news sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.kb.actors import ActorKB
from sitrep.pipeline.document import Document

Run = Callable[[str], Document]


def linked(doc: Document) -> set[str | None]:
    return {a.kb_id for a in doc.actors}


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        (
            "Shining Path guerrillas ambushed a police patrol in the VRAEM on Sunday.",
            "shining_path",
        ),
        (
            "Peruvian troops clashed with the Militarized Communist Party of Peru in Vizcatan.",
            "mpcp",
        ),
        (
            "The peace accords were signed by members of the Farabundo Marti National "
            "Liberation Front (FMLN) in 1992.",
            "fmln",
        ),
        ("Police in San Salvador arrested dozens of MS-13 gang members.", "ms13"),
        ("Rival Barrio 18 members were blamed for the killings in Tegucigalpa.", "barrio18"),
        ("The FARC signed a peace agreement with the government in 2016.", "farc"),
        ("Fighters of the Estado Mayor Central attacked a military base in Cauca.", "farc_emc"),
        ("Segunda Marquetalia commanders said they would join the talks.", "segunda_marquetalia"),
        ("Gunmen from the Gulf Cartel opened fire in Reynosa.", "gulf_cartel"),
        ("Authorities blamed Los Choneros for the prison riot in Guayaquil.", "los_choneros"),
        ("The Comando Vermelho controls several favelas in Rio de Janeiro.", "comando_vermelho"),
        ("The 400 Mawozo gang kidnapped the missionaries near Port-au-Prince.", "400_mawozo"),
        ("The Contras launched raids into northern Nicaragua from Honduras.", "contras"),
        (
            "The Extraditables claimed responsibility for the bombing in Bogota.",
            "extraditables",
        ),
        (
            "The Manuel Rodriguez Patriotic Front attacked a police station in Santiago.",
            "fpmr",
        ),
    ],
)
def test_group_is_linked(run: Run, text: str, kb_id: str) -> None:
    assert kb_id in linked(run(text))


def test_groups_carry_country_and_type(run: Run) -> None:
    doc = run("Members of the Tupac Amaru Revolutionary Movement seized the embassy in Lima.")
    mrta = next(a for a in doc.actors if a.kb_id == "mrta")
    assert mrta.country == "PE" and mrta.type == "rebel_group"
    doc = run("The Sinaloa Cartel and the Beltran-Leyva Organization fought over Culiacan.")
    blo = next(a for a in doc.actors if a.kb_id == "beltran_leyva")
    assert blo.country == "MX" and blo.type == "political_militia"


def test_parent_links() -> None:
    kb = ActorKB.load(())
    for child, parent in [
        ("farc_emc", "farc_dissidents"),
        ("segunda_marquetalia", "farc_dissidents"),
        ("mpcp", "shining_path"),
        ("g9", "viv_ansanm"),
        ("g_pep", "viv_ansanm"),
        ("extraditables", "medellin_cartel"),
        ("orpa", "urng"),
    ]:
        entry = kb.get(child)
        assert entry is not None and entry.parent == parent
    assert kb.resolve("Sendero Luminoso") == kb.get("shining_path")
    assert kb.resolve("Primeiro Comando da Capital") == kb.get("pcc")


@pytest.mark.parametrize(
    "text",
    [
        "Applicants must send a CV and a cover letter to the ministry by Friday.",
        "The PCC said the police budget would rise next year.",
        "The EPL season resumed after the international break.",
    ],
)
def test_ambiguous_acronyms_are_not_linked(run: Run, text: str) -> None:
    ids = linked(run(text))
    assert not ids & {"comando_vermelho", "pcc", "epl"}
