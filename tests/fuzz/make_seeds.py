#!/usr/bin/env python3
"""make_seeds.py: writes the fuzz targets' seed corpora (tests/fuzz/corpus/<target>/) from the real data and by hand.
Run from anywhere; it rewrites the generated seeds and leaves hand-made ones alone. Seeds stay small (a few KiB) so
that libFuzzer mutates them quickly; the real files are used whole by the targets themselves where that matters."""
import os, re, sqlite3, pathlib

here = pathlib.Path(__file__).resolve().parent
root = here.parent.parent
data = root / "data"
corpus = here / "corpus"

def write(target, name, content):
    d = corpus / target
    d.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(d / name, mode) as f:
        f.write(content)

# content: selector byte + the first records of each TOML source (see fuzz_content.cpp for the selectors).
selectors = {"events.toml": "e", "articles.toml": "a", "themes.toml": "t", "eras.toml": "r", "places.toml": "p",
             "people.toml": "o", "disagreements.toml": "d", "figures.toml": "f", "exhibit.toml": "x"}
for name, sel in selectors.items():
    text = (data / name).read_text()
    parts = re.split(r"\n(?=\[\[)", text)
    head = parts[0] if not parts[0].startswith("[[") else ""
    records = [p for p in parts if p.startswith("[[")]
    keep = 5 if name == "articles.toml" else 2
    write("content", name.replace(".toml", ""), sel + head + "\n" + "\n".join(records[:keep]) + "\n")
write("content", "events-broken", 'e[[event]]\nid = "x"\ntitle = 5\nstart = "19x7"\nprecision = "day"\nthemes = ["nope"]\n[[event.excerpt]]\narticle = "a000"\nquote = "not there"\n')
write("content", "articles-escape", 'a[[article]]\nid = "a000"\noriginal = "../../etc/passwd"\ncleaned = "/dev/zero"\ntitle = "t"\n')

# config: the documented defaults, the test fixtures, and mistakes.
write("config", "default.toml", (root / "config" / "kiosk.toml").read_text())
for f in (root / "tests" / "fixtures").glob("*.toml"):
    write("config", f.name, f.read_text())
write("config", "bad-values.toml", '[display]\nmonitor = 99\nwindow_width = "wide"\n[visitors]\nidle_timeout_seconds = 1e308\n'
      'default_text_size = -1\n[staff]\nadmin_pin = "12a4"\n[logging]\nusage_retention_days = 0\nunknown = 1\n[extra]\n')
write("config", "not-toml.toml", '[display\nfullscreen = maybe\n"unterminated = \n')

# script: every command, edge numbers, key chords.
write("script", "all-commands.txt", "# a comment\n\ntap 100 200\ndrag 10 10 300 300 250\nwait 500\nkey alt+f4\nkey ctrl+alt+f12\n"
      "key super\ntype hello world\nscreenshot /dev/null\nstate /dev/null\nwait 0\n")
write("script", "edges.txt", "tap -1e6 1e6\ndrag 0 0 0 0 0\nwait 1000000\nkey f25\nkey ctrl+shift+\nkey +\n   \t# indented comment\r\ntap 1 2\r\n")
write("script", "bad.txt", "tap 1\n")

# search: what visitors type, and what an attacker might.
for i, q in enumerate(["karachi", "Tashkent 1966", "Kāzān ünïcödé", 'title:moscow OR "x" NEAR(a b)', "-steel* ^mill (gas)",
                       "a" * 60, "ab\u00e9\u4e2d\U0001F600", "1965 1971 1979 1991 2001 2014 2015 2022 extra words", "\"\"\"*"]):
    write("search", f"q{i}", q)
write("search", "cut-utf8", b"\xe4\xb8")

# topojson: a tiny topology (two countries, one with a hole) and a broken one.
write("topojson", "tiny.json", '{"type":"Topology","transform":{"scale":[0.01,0.01],"translate":[60,20]},'
      '"objects":{"countries":{"type":"GeometryCollection","geometries":['
      '{"type":"Polygon","id":"586","properties":{"name":"Pakistan"},"arcs":[[0,1]]},'
      '{"type":"MultiPolygon","id":"643","properties":{"name":"Russia"},"arcs":[[[2]],[[~0]]]},'
      '{"type":null,"properties":null}]}},'
      '"arcs":[[[0,0],[1000,0],[0,1000]],[[1000,1000],[-1000,0],[0,-2000]],[[3000,3000],[500,0],[0,500],[-500,0],[0,-500]]]}')
write("topojson", "antimeridian.json", '{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":['
      '{"type":"Polygon","arcs":[[0]]}]}},"arcs":[[[179,60],[-179,60],[-179,65],[179,65],[179,60]]]}')

# database: a tiny database with the real schema and one of everything, and a few non-databases.
schema = re.search(r'R"sql\((.*?)\)sql"', (root / "kiosk" / "store" / "schema.hpp").read_text(), re.S).group(1)
version = int(re.search(r"kSchemaVersion = (\d+)", (root / "kiosk" / "store" / "schema.hpp").read_text()).group(1))
tmp = here / "tiny.db.tmp"
if tmp.exists(): tmp.unlink()
db = sqlite3.connect(tmp)
db.executescript("PRAGMA page_size = 512;" + schema)
body = "Pakistan and the Soviet Union signed the Tashkent Declaration in January 1966."
db.executescript(f"""
INSERT INTO meta VALUES('content_version','seed'),('built_at','2026-11-25T00:00:00Z'),('schema_version','{version}');
INSERT INTO exhibit VALUES(0,'Title','Subtitle',1947,2022,'Welcome.','About.','Touch.',30,100,8,60);
INSERT INTO about_sections VALUES(0,'Sources','Quoted for study.',1,1);
INSERT INTO exhibit_lists(kind,value) VALUES('tour','tashkent-declaration'),('search','Tashkent');
INSERT INTO articles VALUES(0,'a000','Title',0,NULL,NULL,NULL,NULL,'{body}','{body}');
INSERT INTO themes VALUES(0,'diplomacy','Diplomacy','',"Diplomacy");
INSERT INTO eras VALUES(0,'cold-war','Cold War',1947,1991,'','Cold War');
INSERT INTO places VALUES(0,'tashkent','Tashkent','Uzbekistan',41.3,69.2,0);
INSERT INTO place_names VALUES(0,0,1992,'Tashkent','Soviet Union');
INSERT INTO people VALUES(0,'ayub-khan','Ayub Khan','President');
INSERT INTO events VALUES(0,'tashkent-declaration','Tashkent Declaration','Signed.','1966-01-10',NULL,'day','cooperation',1966.0,'Moscow helped make peace.','Tashkent');
INSERT INTO excerpts(event_id,article_id,quote,byte_offset,char_start,char_end) VALUES(0,0,'Tashkent Declaration',41,41,61);
INSERT INTO event_themes VALUES(0,0); INSERT INTO event_places VALUES(0,0); INSERT INTO event_people VALUES(0,0);
INSERT INTO countries VALUES(0,1,'860','Uzbekistan',x'0000803f0000803f000000400000803f0000803f00000040','x'000000000100000002000000',x'00000000',1,1,2,2,0);
INSERT INTO historical_countries VALUES(0,'soviet-union','Soviet Union','1945-09-02','1991-09-06','Uzbekistan','');
INSERT INTO notes VALUES(0,'event',0,'A curator''s note.','The article says so.');
INSERT INTO note_sources VALUES(0,0,'Publisher','Title','https://example.org/page');
INSERT INTO search_index(kind,ref,title,body,in_short) VALUES('event',0,'Tashkent Declaration','Signed.','Peace was agreed.'),('article',0,'Title','{body}','');
PRAGMA user_version = {version};
""".replace("'x'", "x'"))
db.commit()
db.execute("VACUUM")
db.close()
# Not "*.db": .gitignore keeps built databases out of the repository, and this seed must be committed.
write("database", "tiny.sqlite", tmp.read_bytes())
tmp.unlink()
write("database", "empty", b"")
write("database", "header-only", b"SQLite format 3\x00" + b"\x02\x00\x01\x01\x00\x40\x20\x20" + b"\x00" * 76)
write("database", "text", b"not a database at all\n" * 10)
