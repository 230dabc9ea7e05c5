"""Bytes to text, without changing what the text says.

Decoding cascade, in order:

1. A byte-order mark decides (UTF-8, UTF-16, UTF-32): a BOM is the author's own word.
2. Binary detection: NUL bytes or C0 control characters above a small share of the
   first 8 KiB mean this is not text ("binary file"); a stray NUL in real text is
   tolerated and stripped later.
3. A declared charset (HTML <meta charset>, HTTP header, sidecar "encoding") is used
   when it names a codec that decodes the bytes cleanly.
4. Strict UTF-8: most text today is UTF-8 and a legacy encoding rarely passes it.
5. charset-normalizer picks a legacy encoding; when Windows-1252 decodes the bytes as
   cleanly as its first choice we take Windows-1252, the commonest legacy encoding of
   news on the web (short Latin-script texts are otherwise often read as cp1250).
6. Windows-1252, then Latin-1 (which decodes any byte) as the last resort.

Text normalization (`normalize_text`) then makes every reader's text alike: newlines
become "\\n" (also CR, U+0085, U+2028, U+2029), NUL characters are removed, the text is
put in Unicode NFC and surrounding whitespace is trimmed. Nothing else changes, so the
same article read from any format gets the same text and therefore the same id.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from sitrep.errors import InputRejected

#: BOMs, longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SAMPLE = 8192
#: share of NUL bytes in the sample above which the data is binary.
_MAX_NUL_SHARE = 0.01
#: share of other control bytes (not tab, newline, CR, FF, VT, ESC) above which it is binary.
_MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B} | {0x7F})
_PREFERRED_LEGACY = "cp1252"
_NEWLINES = re.compile("\r\n|[\r\x85\u2028\u2029]")


def bom_encoding(data: bytes) -> str | None:
    """The codec named by the data's byte-order mark, or None when it has none."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """True when the first 8 KiB hold too many NUL or control bytes to be text."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    nul = sample.count(0)
    control = sum(1 for byte in sample if byte in _CONTROL_BYTES) - nul
    return nul / len(sample) > _MAX_NUL_SHARE or control / len(sample) > _MAX_CONTROL_SHARE


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess_legacy(data: bytes) -> str | None:
    """Step 5: charset-normalizer's choice, with Windows-1252 preferred on a tie."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.chaos <= best.chaos and _PREFERRED_LEGACY in match.could_be_from_charset:
            return _try_decode(data, _PREFERRED_LEGACY)
    return str(best)


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode and normalize `data`; raise InputRejected("binary file") for non-text."""
    # 1. byte-order mark
    encoding = bom_encoding(data)
    if encoding is not None:
        text = _try_decode(data, encoding)
        if text is None:
            raise InputRejected(f"bytes are not valid {encoding} after its byte-order mark")
        return normalize_text(text)
    # 2. binary detection
    if looks_binary(data):
        raise InputRejected("binary file")
    # 3. declared charset, 4. UTF-8
    for candidate in (declared, "utf-8"):
        if candidate:
            text = _try_decode(data, candidate)
            if text is not None:
                return normalize_text(text)
    # 5. legacy encoding guess, 6. last resorts
    text = _guess_legacy(data) or _try_decode(data, _PREFERRED_LEGACY) or data.decode("latin-1")
    return normalize_text(text)


def normalize_text(text: str) -> str:
    """One newline convention, no NULs, NFC, trimmed: see the module docstring."""
    text = _NEWLINES.sub("\n", text).replace("\x00", "")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text).strip()
