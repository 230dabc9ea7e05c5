"""Reports read from "according to" opening a clause, and speech acts reported by their
object ("announced the capture of …", "accused the army of shelling …")."""

from __future__ import annotations

from quotes_helpers import quotes_of

from sitrep.model import Quote


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-05-14")


def test_according_to_after_a_colon_reports_the_clause_after_its_comma() -> None:
    text = (
        "The shelling has not gone unnoticed: according to the United Nations, more "
        "than 2,000 civilians have fled El Fasher since Sunday.\n"
    )
    [quote] = _quotes(text)
    assert quote.text.startswith("more than 2,000 civilians have fled El Fasher")
    assert quote.speaker is not None and "United Nations" in quote.speaker.name


def test_according_to_in_brackets_opens_its_clause() -> None:
    text = (
        "(According to Ukraine's air force, it shot down 31 of the 40 drones launched overnight.)\n"
    )
    [quote] = _quotes(text)
    assert quote.text.startswith("it shot down 31 of the 40 drones")


def test_a_speech_act_reported_by_its_object_is_an_attribution() -> None:
    text = (
        "Russia's defence ministry announced the capture of the village of Ocheretyne "
        "on Sunday.\n\n"
        "The Rapid Support Forces (RSF) accused the army of shelling residential areas "
        "of El Fasher.\n"
    )
    quotes = _quotes(text)
    texts = [q.text for q in quotes]
    assert "the capture of the village of Ocheretyne on Sunday" in texts
    accused = next(q for q in quotes if q.text.startswith("the army of shelling"))
    assert accused.cue is not None and accused.cue.text == "accused"
    assert accused.speaker is not None and "Rapid Support Forces" in accused.speaker.name


def test_the_object_report_ends_before_the_reporters_next_clause() -> None:
    text = "Kyiv blamed Moscow for the outage, and the European Union rejected the vote.\n"
    texts = sorted(q.text for q in _quotes(text))
    assert texts == ["Moscow for the outage", "the vote"]


def test_a_passive_or_an_act_on_the_object_is_no_report() -> None:
    text = (
        "A ceasefire was announced on Monday. Two people were confirmed dead in the "
        "blast.\n\n"
        "Troops defended the city for three weeks before they withdrew, and the plan "
        "was criticized by aid groups.\n"
    )
    assert _quotes(text) == []


def test_a_report_ends_before_a_second_act_of_naming() -> None:
    text = (
        "The governor says he respects the commander and calls him “an extremely "
        "capable officer with a whole lot of experience.”\n\n"
        "On the ceasefire, the minister says he would release the prisoners on Friday, "
        "calling them “hostages of a failed war.”\n"
    )
    texts = [q.text for q in _quotes(text)]
    assert "he respects the commander" in texts
    assert "he would release the prisoners on Friday" in texts


def test_what_a_source_reported_is_its_claim() -> None:
    text = (
        "Gaza's health ministry reported at least 20 dead in the strike on the school. "
        "The deaths reported on Monday were not confirmed by Israel.\n"
    )
    [quote] = _quotes(text)
    assert quote.text == "at least 20 dead in the strike on the school"
    assert quote.cue is not None and quote.cue.text == "reported"


def test_an_object_report_in_a_subordinate_clause_ends_at_its_comma() -> None:
    text = (
        "When the army announced the offensive in June, residents fled toward the "
        "border. The governor, who once praised the deal, now opposes it.\n"
    )
    texts = [q.text for q in _quotes(text)]
    assert "the offensive in June" in texts
    assert "the deal" in texts


def test_a_report_ends_before_an_accusation_joined_by_and() -> None:
    text = (
        "The RSF said in a statement on Telegram that its forces had repelled an army "
        "attack on El Fasher, and accused the army of using civilians as human shields.\n"
    )
    texts = sorted(q.text for q in _quotes(text))
    assert texts == [
        "that its forces had repelled an army attack on El Fasher",
        "the army of using civilians as human shields",
    ]


def test_described_as_reports_its_object_and_the_as_phrase() -> None:
    text = (
        "Local officials described the flooding in Derna as the worst in decades, and "
        "rescue teams were still searching for survivors on Tuesday.\n"
    )
    [quote] = _quotes(text)
    assert quote.text == "the flooding in Derna as the worst in decades"
    assert quote.cue is not None and quote.cue.text == "described"
    assert quote.speaker is not None and "officials" in quote.speaker.name.lower()


def test_described_without_as_reports_nothing() -> None:
    text = "The UN envoy described his visit to the Zamzam camp on Monday.\n"
    assert _quotes(text) == []
