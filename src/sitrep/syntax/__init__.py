"""Sentence structure for role assignment: a small tagger and dependency parser trained by the
project on UD English-EWT (`python -m sitrep.syntax.train`), shipped in `syntax/model/`, and
the grammatical frame (subject, object, passive agent, prepositional attachments) of an event
trigger read from its parse (`sitrep.syntax.parser`)."""

from sitrep.syntax.parser import Argument, Frame, SyntaxModel, frame_of, load_syntax

__all__ = ["Argument", "Frame", "SyntaxModel", "frame_of", "load_syntax"]
