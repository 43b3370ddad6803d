"""The English → Japanese glossary: built from JMdict's SQLite layout, bit for bit: common entries, and
acronyms from every entry."""

from __future__ import annotations

import sqlite3

from qa import glossary


def tiny_jmdict(path):
    """Three entries in the tables jamdict-data ships: 城 (common), 父 (common), 鯱 (not common)."""
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE Kanji (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT);
        CREATE TABLE Kana (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT, nokanji INTEGER);
        CREATE TABLE KJP (kid INTEGER, text TEXT);
        CREATE TABLE KNP (kid INTEGER, text TEXT);
        CREATE TABLE Sense (ID INTEGER PRIMARY KEY, idseq INTEGER);
        CREATE TABLE SenseGloss (sid INTEGER, lang TEXT, gend TEXT, text TEXT);
        CREATE TABLE misc (sid INTEGER, text TEXT);
        INSERT INTO Kanji VALUES (1, 100, '城'), (2, 100, '城郭'), (3, 200, '父'), (4, 300, '鯱'), (5, 400, '仏蘭西');
        INSERT INTO Kana VALUES (1, 100, 'しろ', 0), (2, 200, 'ちち', 0), (3, 300, 'しゃち', 0),
            (4, 400, 'フランス', 0), (5, 500, 'ネット', 0), (6, 600, 'も', 0);
        INSERT INTO KJP VALUES (1, 'news1'), (3, 'ichi1'), (5, 'ichi1');
        INSERT INTO KNP VALUES (5, 'gai1'), (6, 'spec1');
        INSERT INTO Sense VALUES (1, 100), (2, 200), (3, 300), (4, 400), (5, 500), (6, 600);
        INSERT INTO SenseGloss VALUES (1, 'eng', '', 'castle'), (2, 'eng', '', 'father'),
            (2, 'eng', '', 'to be a father (of a child)'), (2, 'ger', '', 'Vater'), (3, 'eng', '', 'orca'),
            (4, 'eng', '', 'France'), (5, 'eng', '', 'net'), (6, 'eng', '', 'too');
    """)
    con.commit()
    con.close()


def test_common_entries_map_each_short_gloss_to_every_written_form(tmp_path):
    tiny_jmdict(tmp_path / "jmdict.db")
    out = tmp_path / "glossary.json.gz"
    assert glossary.build(tmp_path / "jmdict.db", out) == 4
    table = glossary.load(out)
    # No orca (not common), no German, no long gloss; kanji with the katakana form text uses, but not
    # the hiragana reading; a kana-only entry by its kana (common through KNP); never a lone kana.
    assert table == {"castle": ("城", "城郭"), "father": ("父",), "france": ("フランス", "仏蘭西"), "net": ("ネット",)}


def test_the_build_is_bit_for_bit(tmp_path):
    tiny_jmdict(tmp_path / "jmdict.db")
    glossary.build(tmp_path / "jmdict.db", tmp_path / "a.json.gz")
    glossary.build(tmp_path / "jmdict.db", tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()


def test_the_shipped_glossary_knows_everyday_words():
    table = glossary.load()
    assert len(table) > 30_000 and "城" in table["castle"] and "父" in table["father"]


def test_acronyms_are_kept_apart_in_capitals_from_every_entry(tmp_path):
    tiny_jmdict(tmp_path / "jmdict.db")
    con = sqlite3.connect(tmp_path / "jmdict.db")
    con.executescript("""
        INSERT INTO Kanji VALUES (6, 700, '米国'), (7, 800, '我々'), (8, 900, 'ＥＵ'), (9, 900, '欧州連合');
        INSERT INTO KJP VALUES (7, 'ichi1');
        INSERT INTO Sense VALUES (7, 700), (8, 800), (9, 900);
        INSERT INTO SenseGloss VALUES (7, 'eng', '', 'US'), (8, 'eng', '', 'us'), (9, 'eng', '', 'EU');
    """)
    con.commit()
    con.close()
    glossary.build(tmp_path / "jmdict.db", tmp_path / "glossary.json.gz")
    table = glossary.load(tmp_path / "glossary.json.gz")
    # 米国 is not a common entry but its acronym is kept; the pronoun stays under "us"; the acronym's
    # own full-width spelling (ＥＵ) is no form of it.
    assert table["US"] == ("米国",) and table["us"] == ("我々",) and table["EU"] == ("欧州連合",)


def test_a_sense_usually_written_in_kana_keeps_its_kana(tmp_path):
    tiny_jmdict(tmp_path / "jmdict.db")
    con = sqlite3.connect(tmp_path / "jmdict.db")
    con.executescript("""
        INSERT INTO Kanji VALUES (6, 700, '纏め'), (7, 800, '事'), (8, 900, '扇子');
        INSERT INTO Kana VALUES (7, 700, 'まとめ', 0), (8, 800, 'こと', 0), (9, 900, 'せんす', 0);
        INSERT INTO KJP VALUES (6, 'ichi1'), (7, 'ichi1'), (8, 'ichi1');
        INSERT INTO Sense VALUES (7, 700), (8, 800), (9, 900);
        INSERT INTO SenseGloss VALUES (7, 'eng', '', 'conclusion'), (8, 'eng', '', 'thing'), (9, 'eng', '', 'fan');
        INSERT INTO misc VALUES (7, 'word usually written using kana alone'),
            (8, 'word usually written using kana alone');
    """)
    con.commit()
    con.close()
    glossary.build(tmp_path / "jmdict.db", tmp_path / "glossary.json.gz")
    table = glossary.load(tmp_path / "glossary.json.gz")
    # Text writes まとめ; こと is in every text, so two-character kana stay out.
    assert table["conclusion"] == ("まとめ", "纏め") and table["thing"] == ("事",)
    # A sense not usually written in kana keeps its kanji alone, however long its reading.
    assert table["fan"] == ("扇子",)
