"""CoNLL-U reading: multiword tokens, empty nodes, spacing and heads."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DatasetMissing
from sitrep.syntax.conllu import read_conllu
from sitrep.syntax.train import TrainConfig, build_nlp, load_split, score_treebank, to_example

# Written for this test in the treebank's format (10 tab-separated columns).
SAMPLE = "\n".join(
    [
        "# sent_id = t-1",
        "# text = Rebels didn't retreat.",
        "1\tRebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_",
        "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
        "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_",
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
        "4\tretreat\tretreat\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
        "",
        "# sent_id = t-2",
        "# text = Troops were shelled, police too.",
        "1\tTroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_",
        "2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_",
        "3\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No",
        "4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_",
        "5\tpolice\tpolice\tNOUN\tNN\t_\t3\tconj\t_\t_",
        "5.1\tshelled\tshell\tVERB\tVBN\t_\t_\t_\t3:conj\tCopyOf=3",
        "6\ttoo\ttoo\tADV\tRB\t_\t5\tadvmod\t_\tSpaceAfter=No",
        "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
        "",
    ]
)


@pytest.fixture()
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.conllu"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_multiword_tokens_keep_their_words_joined_without_space(sample: Path) -> None:
    first = next(iter(read_conllu(sample)))
    assert first.words == ("Rebels", "did", "n't", "retreat", ".")
    assert first.spaces == (True, False, True, False, True)
    text = "".join(w + (" " if s else "") for w, s in zip(first.words, first.spaces, strict=True))
    assert text.strip() == "Rebels didn't retreat."


def test_empty_nodes_are_dropped_and_heads_are_zero_based(sample: Path) -> None:
    second = list(read_conllu(sample))[1]
    assert "shelled" not in second.words[3:]
    assert second.heads == (2, 2, 2, 4, 2, 4, 2)  # the root points at itself
    assert second.deps[0] == "nsubj:pass"


def test_malformed_line_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.conllu"
    path.write_text("1\tRebels\trebel\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="malformed"):
        list(read_conllu(path))


def test_scoring_counts_every_word_of_an_untrained_pipeline(sample: Path) -> None:
    sentences = list(read_conllu(sample))
    nlp = build_nlp(TrainConfig())
    nlp.initialize(lambda: [to_example(nlp, s) for s in sentences])
    scores = score_treebank(nlp, sentences)
    assert scores.words == 12
    assert 0.0 <= scores.las <= scores.uas <= 1.0


def test_ewt_dev_reads_whole_when_present() -> None:
    try:
        dev = load_split("dev")
    except DatasetMissing:
        pytest.skip("UD English-EWT not found under the shared datasets folder")
    assert len(dev) == 2001
    assert all(len(s.words) == len(s.heads) == len(s.deps) for s in dev)
