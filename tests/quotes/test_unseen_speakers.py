"""Speakers on unseen news: noun phrases, headlines, "quoted X as saying", names and
pronouns resolved only to people who can be the speaker (the full pipeline)."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes_of, speaker_name, speaker_of

from sitrep.model import Quote, make_article
from sitrep.pipeline import process_article


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-03-10")


_speaker = speaker_of
_name = speaker_name


def test_a_speaker_phrase_starts_after_its_clause_word() -> None:
    quotes = _quotes(
        "A local man has been arrested after police say he tried to rob a woman in a "
        "parking lot. The deal was rejected in October, although industry experts say "
        "it had been killed by the ministry."
    )
    assert _name(quotes, "he tried to rob") == "police"
    assert _name(quotes, "killed by the ministry") == "industry experts"


def test_a_noun_ending_in_ly_is_no_adverb_and_a_determiner_no_speaker() -> None:
    quotes = _quotes(
        "Mixon had missed a meeting with his parole officer. The family said he had "
        "previously served six years in state prison for assault."
    )
    assert _name(quotes, "six years") == "The family"


def test_a_place_modifying_a_speaker_noun_does_not_speak() -> None:
    quotes = _quotes(
        "A Charleston man admitted in court on Monday that he shot his girlfriend. The "
        "man was arrested on Thursday, according to South Florida news reports. Defence "
        "analysts say a major goal of the campaign was to secure the capital."
    )
    assert _name(quotes, "shot his girlfriend") == "A Charleston man"
    assert _name(quotes, "arrested on Thursday") == "South Florida news reports"
    assert _name(quotes, "major goal") == "Defence analysts"


def test_a_country_named_in_an_appositive_does_not_speak() -> None:
    quotes = _quotes(
        "Syafii Djamal, minister of transport for Indonesia, has recommended that local "
        "airlines should not buy aircraft from Europe."
    )
    assert _name(quotes, "local airlines") == "Syafii Djamal"


def test_quoted_as_saying_gives_the_person_quoted() -> None:
    quotes = _quotes(
        "Syafii Djamal, the transport minister, spoke to local media on Monday.\n\n"
        "“We will not buy aircraft from Europe,” the Detik news site quoted Djamal as "
        "saying.\n\n"
        "Reuters quoted the minister as saying: “The ban must be lifted before we buy "
        "any more planes.”"
    )
    assert _name(quotes, "aircraft from Europe") in ("Djamal", "Syafii Djamal")
    speaker = _speaker(quotes, "The ban must be lifted")
    assert speaker is not None and speaker.evidence is not None
    assert speaker.evidence.text == "the minister"


def test_a_headline_names_no_antecedent() -> None:
    quotes = _quotes(
        "UN Envoy Condemns Market Attack that Killed Six Civilians\n\n"
        "“Such attacks are raising tensions in an already fragile region,” he said in a "
        "statement.\n\n"
        "The UN special envoy said “there is little doubt that this was a deliberate "
        "attack.”"
    )
    names = [q.speaker.name for q in quotes if q.speaker is not None]
    assert names and not any("Condemns" in name for name in names)
    assert _name(quotes, "little doubt") == "The UN special envoy"


def test_a_surname_is_not_completed_from_a_later_namesake() -> None:
    quotes = _quotes(
        "Homeland Security Secretary Kirstjen Nielsen said the National Guard would be "
        "sent to the border. However, Gov. Brown said there had been no request to "
        "Oregon to send troops. “If the president asks me to deploy Oregon Guard troops "
        "to the border, I’ll say no,” she tweeted.\n\n"
        "California Governor Jerry Brown said he was unwilling to commit to the effort."
    )
    assert _name(quotes, "no request to Oregon") == "Brown"
    assert _name(quotes, "I’ll say no") == "Brown"
    assert _name(quotes, "unwilling to commit") == "Jerry Brown"


def test_a_pronoun_goes_to_the_prosecutor_not_the_victim_named_after_him() -> None:
    quotes = _quotes(
        "Desmond Clark, 22, pleaded guilty to murder on Monday, admitting that he shot "
        "Lisha Gravely, 19, outside a restaurant.\n\n"
        "After the hearing, Prosecutor Mark Plants said he was pleased with the "
        "conviction. “The facts of this case are just brutal,” Plants said. Plants said "
        "Gravely's murder brought attention to domestic violence. “Women who are in the "
        "cycle of abuse need to get out of the cycle,” he said."
    )
    name = _name(quotes, "cycle of abuse")
    assert name is not None and name.endswith("Mark Plants")


def test_a_role_does_not_run_over_a_sentence_end() -> None:
    quotes = _quotes(
        "The blast rocked a village near the hometown of President Rodrigo Duterte. "
        "Police said the blast rocked the village of Lamanan."
    )
    speaker = _speaker(quotes, "village of Lamanan")
    assert speaker is not None and speaker.name == "Police" and speaker.role is None


def test_a_counted_noun_is_no_cue() -> None:
    quotes = _quotes(
        "The governors of Texas, Arizona and New Mexico, three states that border "
        "Mexico, backed the move."
    )
    assert quotes == []


def test_a_child_named_before_a_sourceless_according_to_does_not_speak() -> None:
    quotes = _quotes(
        "Actress Jane Kerr's four-year-old son James was in the back seat of a parked car "
        "when a man smashed the rear window, according to “The suspect jumped on the rear "
        "windshield causing glass to shatter and strike the child,” the Beverly Hills "
        "Police Department said in a statement."
    )
    assert _name(quotes, "The suspect jumped") == "Beverly Hills Police Department"


def test_a_name_inside_what_a_trailing_cue_reports_is_no_antecedent() -> None:
    quotes = _quotes(
        "Sergeant Tom Escher served with Corporal Alan Ouellette in Anbar province. "
        "“He was always a leader,” Escher said. Ouellette, he said, wanted to make sure "
        "his men were taken care of."
    )
    assert _name(quotes, "taken care of") == "Tom Escher"


def test_a_place_taken_for_a_surname_is_no_antecedent() -> None:
    quotes = _quotes(
        "Yulia Skripal was poisoned along with her father in Salisbury last month. “I "
        "woke up over a week ago and am glad to say my strength is growing daily,” Yulia "
        "Skripal, 33, said in a statement issued by London police. She said she wanted "
        "to thank the hospital staff treating her."
    )
    assert _name(quotes, "thank the hospital staff") == "Yulia Skripal"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"The fighting must stop now," a UN spokesperson said.', "United Nations", "spokesperson"),
        ('"We hit military targets only," the Syrian army spokesman said on Monday.',
         "Military Forces of Syria", "spokesman"),
        ('"Three rockets hit the base," a Pentagon official said.', "US Department of Defense",
         "official"),
    ],
)  # fmt: skip
def test_a_bodys_spokesperson_is_the_body_speaking(text: str, name: str, role: str) -> None:
    [quote] = process_article(make_article(text, published="2024-05-12")).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.role) == (name, role)
    assert quote.speaker.kb_id is not None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We did not target civilians," the army however said on Monday.', "the army"),
        ('"The road is open again," police meanwhile said.', "police"),
    ],
)
def test_a_sentence_adverb_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    [quote] = process_article(make_article(text, published="2024-05-12")).quotes
    assert quote.speaker is not None
    assert quote.speaker.evidence is not None
    assert quote.speaker.evidence.text == speaker
