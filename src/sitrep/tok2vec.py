"""The token encoder both of the project's spaCy models use (`sitrep.ner.train`,
`sitrep.syntax.train`): hashed NORM, PREFIX, SUFFIX and SHAPE embeddings, optionally
with static word vectors, under a CNN window encoder. One definition, so the two models
are built alike and a change of architecture reaches both."""

from __future__ import annotations


def tok2vec_config(
    width: int, depth: int, window: int, rows: tuple[int, int, int, int], static_vectors: bool
) -> dict[str, object]:
    """The `spacy.Tok2Vec.v2` block of a model's config."""
    return {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": width,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": list(rows),
            "include_static_vectors": static_vectors,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": width,
            "depth": depth,
            "window_size": window,
            "maxout_pieces": 3,
        },
    }
