"""Bytes to text: an explicit encoding, a BOM, the page's own meta charset, strict UTF-8, then detection.

Chinese legacy encodings are read through their supersets: GB2312 and GBK as GB18030; Big5 as cp950
(Big5 with Microsoft's additions, as Taiwan pages are written), then as Big5-HKSCS (Hong Kong pages), with
cp950's punctuation. Nothing is ever decoded with replacement characters: what can't be decoded strictly
raises ``ArticleDecodeError``. A multi-byte character cut off at the very end of the data (a truncated
download) is dropped and reported, since everything before it decodes.
"""

from __future__ import annotations

import codecs
import importlib
import re
from dataclasses import dataclass
from typing import Any

from ._common import COMMON_HAN
from ._errors import ArticleDecodeError, BinaryPageError
from ._tables import HAN_RE, PUA_OR_C1_RE

try:  # charset-normalizer is a dependency; the fallback below only keeps a broken install working.
    _charset_normalizer: Any = importlib.import_module("charset_normalizer")
except ImportError:  # pragma: no cover - exercised only without the dependency
    _charset_normalizer = None

GB = "gb18030"
BIG5 = "cp950"
HKSCS = "big5hkscs"

# Every label of the Chinese encodings (as codecs.lookup names them) to the codec we decode with.
_FAMILY = {
    "gb2312": GB,
    "gbk": GB,
    "cp936": GB,
    "gb18030": GB,
    "big5": BIG5,
    "cp950": BIG5,
    "big5hkscs": HKSCS,
    "utf-8": "utf-8",
    "ascii": "utf-8",  # a page labelled ASCII is read as UTF-8 (its superset)
}
# Big5-HKSCS maps a few punctuation bytes differently from cp950 (A1E3 to U+223C instead of the fullwidth
# tilde ～ of 3～5万元); each of these targets is produced by that byte pair alone, so the fix is exact.
_HKSCS_PUNCT = str.maketrans(
    {
        "\u2022": "\u2027",  # A145 ‧
        "\uff64": "\ufe51",  # A14E ﹑
        "\u203e": "\u00af",  # A1C2 ¯
        "\u223c": "\uff5e",  # A1E3 ～
        "\u2641": "\u2295",  # A1F2 ⊕
        "\u2609": "\u2299",  # A1F3 ⊙
        "\u00a5": "\uffe5",  # A244 ￥
        "\u00a2": "\uffe0",  # A246 ￠
        "\u00a3": "\uffe1",  # A247 ￡
    }
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF file (audio, video or WebP)"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]{2,40})|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:\-]{2,40})""",
    re.I,
)
_PRESCAN = 4096
_SAMPLE = 200_000  # characters judged for plausibility
_MIN_HAN = 12  # fewer Han characters than this: too little to judge
_MIN_COMMON = 0.5  # real Chinese news: 80-95% of Han characters are common; mojibake: under 30%


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    truncated: bool = False


# Labels browsers know (the WHATWG Encoding Standard) and Python's codecs registry does not.
_LABELS = {
    "x-gbk": "gbk",
    "x-euc-cn": "gb2312",
    "gb_2312-80": "gb2312",
    "gb_2312": "gb2312",
    "x-x-big5": "big5",
    "big5-hkscs": "big5hkscs",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
}


def normalise_encoding(name: str) -> str:
    """The codec a caller's or a page's encoding label is read with (gb2312 → gb18030, big5 → cp950)."""
    label = name.strip().lower()
    try:
        canonical = codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    return _FAMILY.get(canonical, canonical)


def decode_page(data: bytes, *, encoding: str | None, html: bool | None, name: str) -> Decoded:
    """Decode page bytes, or raise ``ArticleDecodeError`` (``BinaryPageError`` for non-text data)."""
    if encoding is not None:
        codec = normalise_encoding(encoding)
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        if not codec.startswith(("utf-16", "utf-32")):
            _refuse_binary(data, name)
        try:
            return _decode(data, codec)
        except UnicodeDecodeError as e:
            raise ArticleDecodeError(f"{name}: not valid {codec} ({_where(e)}); check the encoding", name) from None
    if not data:
        return Decoded("", "utf-8")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _decode(data, codec)
            except UnicodeDecodeError as e:
                message = f"{name}: starts with a {codec} byte-order mark but {_where(e)}"
                raise ArticleDecodeError(message, name) from None
    _refuse_binary(data, name)
    other_label: str | None = None
    if html is not False:
        label = _meta_charset(data)
        if label is not None and _family(label) is None:
            other_label = label  # iso-8859-1 and the like: on a Chinese page usually wrong; tried last
        elif label is not None:
            decoded = _try(data, label)
            if decoded is not None and _plausible(decoded.text):
                return decoded
    utf8_error: UnicodeDecodeError | None = None
    try:
        return _decode(data, "utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    tried: list[Decoded] = []
    detected = _detect(data)
    if detected is not None:
        decoded = _try(data, detected)
        if decoded is not None:
            if _plausible(decoded.text):
                return decoded
            tried.append(decoded)
    for codec in (GB, BIG5):  # _try(BIG5) falls back to Big5-HKSCS
        if codec != detected and not (codec == BIG5 and detected == HKSCS):
            decoded = _try(data, codec)
            if decoded is not None:
                tried.append(decoded)
    best = max(tried, key=lambda d: _common_share(d.text)[0], default=None)
    if best is not None and _plausible(best.text):
        return best
    if other_label is not None:
        decoded = _try(data, other_label)
        if decoded is not None:
            return decoded
    raise ArticleDecodeError(
        f"{name}: cannot decode: not UTF-8 ({_where(utf8_error)}), and as GB18030 or Big5 it is not Chinese text;"
        " pass encoding=... if you know it",
        name,
    )


def _decode(data: bytes, codec: str) -> Decoded:
    """Strict decode; an incomplete multi-byte character at the very end is dropped (truncated=True)."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    text = decoder.decode(data, final=False)
    pending = decoder.getstate()[0]
    if pending and len(pending) > 3:  # not a cut-off character: let the final call raise
        decoder.decode(b"", final=True)
    if codec == HKSCS:
        text = text.translate(_HKSCS_PUNCT)
    return Decoded(text, codec, truncated=bool(pending))


def _family(label: str) -> str | None:
    """The codec of a Chinese or UTF-8 label, None for any other (or unknown) label."""
    try:
        codec = normalise_encoding(label)
    except ValueError:
        return None
    return codec if codec in (GB, BIG5, HKSCS, "utf-8") or codec.startswith(("utf-16", "utf-32")) else None


def _try(data: bytes, label: str) -> Decoded | None:
    try:
        codec = normalise_encoding(label)
    except ValueError:
        return None
    if codec.startswith(("utf-16", "utf-32")):  # a meta label can't be right about that: we just read it
        codec = "utf-8"
    codecs_to_try = (BIG5, HKSCS) if codec == BIG5 else (codec,)
    for c in codecs_to_try:
        try:
            return _decode(data, c)
        except UnicodeDecodeError:
            continue
    return None


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data, 0, _PRESCAN)
    if m is None:
        return None
    return (m.group(1) or m.group(2)).decode("ascii")


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess among the encodings Chinese pages use, as our codec name."""
    if _charset_normalizer is None:  # pragma: no cover
        return None
    matches = _charset_normalizer.from_bytes(
        data, cp_isolation=["utf_8", "gb18030", "big5", "cp950", "big5hkscs"], explain=False
    )
    best = matches.best()
    if best is None:
        return None
    try:
        return normalise_encoding(str(best.encoding))
    except ValueError:  # pragma: no cover
        return None


def _common_share(text: str) -> tuple[float, int]:
    """Share of the Han characters that are common ones, and how many Han characters were looked at."""
    sample = text[:_SAMPLE]
    han = HAN_RE.findall(sample)
    if not han:
        return 0.0, 0
    common = sum(1 for c in han if c in COMMON_HAN)
    return common / len(han), len(han)


def _plausible(text: str) -> bool:
    """Real text, not mojibake: few private-use or C1 control characters, mostly common Han characters."""
    sample = text[:_SAMPLE]
    if len(PUA_OR_C1_RE.findall(sample)) > max(2, len(sample) // 200):
        return False
    share, han = _common_share(sample)
    return han < _MIN_HAN or share >= _MIN_COMMON


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryPageError(f"{name}: not a text page: it is {what}", name)
    if b"\x00" in data:
        at = data.index(b"\x00")
        message = f"{name}: not a text page: NUL byte at offset {at} (binary data, or UTF-16 without a BOM)"
        raise BinaryPageError(message, name)
    head = data[:8192]
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\v\x1b")
    if controls > max(8, len(head) // 20):
        raise BinaryPageError(f"{name}: not a text page: {controls} control bytes in its first {len(head)} bytes", name)


def _where(e: UnicodeDecodeError | None) -> str:
    if e is None:
        return "no detail"
    bad = e.object[e.start : e.end][:4].hex(" ")
    return f"{e.reason} at byte {e.start} ({bad})"
