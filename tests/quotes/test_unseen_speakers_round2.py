"""Speakers on unseen news, round 2: pronouns to the person who fits, the subject of a
participle cue, relative clauses about the speaker, refusals to speak, and cue words
used in a sense other than speech (the full pipeline)."""

from __future__ import annotations

from quotes_helpers import quotes_of, speaker_name, speaker_of

from sitrep.model import Quote


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-05-06")


_speaker = speaker_of
_name = speaker_name


def test_he_continues_the_chain_of_the_sentence_before_not_a_person_it_names() -> None:
    quotes = _quotes(
        "Republican nominee Donald Trump on Friday endorsed Sen. Kelly Ayotte and House "
        "Speaker Paul Ryan.\n\n"
        "“I fully support our speaker,” Trump told a crowd in Green Bay. He went on to "
        "endorse Ayotte, calling her “a rising star.”\n\n"
        "Trump, who has been feuding with party leaders all week, on Friday described "
        "his plan to lead a “big tent” party. “Arm in arm, we will rescue the nation,” "
        "he said."
    )
    assert _name(quotes, "Arm in arm") == "Donald Trump"


def test_he_never_falls_back_to_a_speaker_the_text_calls_she() -> None:
    quotes = _quotes(
        "Senator Kelly Ayotte said she would not attend the rally in Manchester. "
        "“I have other commitments,” Ayotte said.\n\n"
        "The crowd cheered for an hour. “Arm in arm, we will rescue the nation,” he said."
    )
    assert _name(quotes, "I have other commitments") == "Kelly Ayotte"
    assert _name(quotes, "Arm in arm") != "Kelly Ayotte"


def test_a_participle_cue_after_a_comma_speaks_for_its_clause_subject() -> None:
    quotes = _quotes(
        "Sanders released a statement against the debt deal last week, insisting that "
        "the United States “must stop treating Puerto Rico like a colony.”"
    )
    assert _name(quotes, "must stop treating") == "Sanders"


def test_a_name_before_a_relative_clause_is_the_subject() -> None:
    quotes = _quotes(
        "“Tanzania has been underdeveloped for years,” said Jalal Ebrahim, president of "
        "a tour operator in California.\n\n"
        "Ebrahim, whose company has been sending American travelers on East African "
        "safaris for 13 years, said that his company had received only one cancellation "
        "since the bombings."
    )
    assert _name(quotes, "only one cancellation") == "Jalal Ebrahim"


def test_a_speaker_with_a_relative_clause_speaks_both_reports() -> None:
    quotes = _quotes(
        "Dozens of police cars converged on the area, and a crowd of about 200 people "
        "gathered around the intersection, said 33-year-old resident Shaya Tenenbaum, who "
        "added that a few people in the crowd shouted at police."
    )
    assert _name(quotes, "Dozens of police cars converged") == "Shaya Tenenbaum"
    assert _name(quotes, "shouted at police") == "Shaya Tenenbaum"


def test_who_has_called_gives_the_name_before_the_comma() -> None:
    quotes = _quotes(
        "Police Chief Tom Cipolli made a public appeal to keep his job. Cipolli, who has "
        'called the mayor\'s accusations "false and misleading," offers a broad response.'
    )
    speaker = _speaker(quotes, "false and misleading")
    assert speaker is not None and speaker.name.endswith("Tom Cipolli")


def test_a_refusal_to_speak_is_the_last_speakers() -> None:
    quotes = _quotes(
        "The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said the "
        "bureau had questioned more than 100 people there.\n\n"
        "``Right now my evidence is scant,'' he said. He declined to comment on whether two "
        "suspects remained in detention, as was previously reported."
    )
    assert _name(quotes, "whether two suspects remained") == "Kenneth Piernick"


def test_they_said_after_sources_is_the_sources_not_the_group_named() -> None:
    quotes = _quotes(
        "Four soldiers were killed when militants attacked a bunker in Tirah Valley on "
        "December 7. Sources said that dozens of Tehreek e Taliban Pakistan (TTP) "
        "militants stormed the bunker from two directions. They said four soldiers were "
        "killed on the spot."
    )
    assert _name(quotes, "four soldiers were killed on the spot") == "Sources"


def test_a_speaker_cut_after_a_place_prefix_is_made_whole() -> None:
    quotes = _quotes(
        "St. Louis Police announced its burglary squad arrested two people. According to "
        "St. Louis Police, the suspects were caught on camera at the restaurant."
    )
    assert _name(quotes, "caught on camera") == "St. Louis Police"


def test_acting_pleading_and_passive_senses_are_no_speech() -> None:
    quotes = _quotes(
        "Police officers responding to reports of a gunman on Wednesday shot a man "
        "carrying a metal pipe. Five officers, three in plainclothes and two in uniform, "
        "responded and encountered a man matching the description in the 911 calls.\n\n"
        "A 21-year-old Blue Springs man pleaded guilty Monday in the traffic death of a "
        "motorcyclist who was escorting a funeral procession.\n\n"
        "An intense manhunt conducted by the FBI and the bureau of alcohol, tobacco and "
        "firearms continues for Rudolph in the mountains of western North Carolina.\n\n"
        "The ambassador, recalled by his government in August, said that early this "
        "morning he received a desperate call from citizens."
    )
    texts = " ".join(q.text for q in quotes)
    assert "encountered a man" not in texts
    assert "traffic death" not in texts
    assert "manhunt" not in texts
    assert all(q.speaker is None or "by his" not in q.speaker.name for q in quotes)


def test_a_reply_with_that_is_still_speech() -> None:
    quotes = _quotes(
        "The ministry responded on Friday that the strikes had hit only military targets "
        "near the border."
    )
    assert _name(quotes, "hit only military targets") is not None


def test_a_refusal_gives_way_to_the_report_it_holds() -> None:
    quotes = _quotes(
        "Pentagon press secretary Peter Cook said Carter had stopped using the account. "
        "Cook declined to say whether it was a violation of Pentagon email policies."
    )
    [report] = [q for q in quotes if "violation" in q.text]
    assert report.text.startswith("whether")
    assert report.speaker is not None and report.speaker.name.endswith("Peter Cook")


def test_an_agentless_as_reported_names_no_speaker() -> None:
    quotes = _quotes(
        "Two suspects remained in detention in Dar es Salaam, as was previously reported."
    )
    assert quotes == []


def test_a_name_before_a_participle_phrase_is_the_subject() -> None:
    quotes = _quotes(
        "Clinton said the United States will not retreat from the world.\n\n"
        "Albright, echoing the president, said the United States would “continue to be "
        "present around the world, wherever we have interests to defend.”"
    )
    assert _name(quotes, "continue to be present") == "Albright"


def test_he_said_after_a_name_no_layer_knew_opening_the_sentence() -> None:
    quotes = _quotes(
        "Donald Trump praised House Speaker Paul Ryan at a rally in Green Bay.\n\n"
        "Paul Nehlen responded Friday to reports that Trump planned to back his rival. "
        "“Speaker Ryan will never abandon open borders,” he said."
    )
    assert _name(quotes, "never abandon open borders") == "Paul Nehlen"
