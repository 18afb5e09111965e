// schema.hpp: the content database's layout and version. Bump kSchemaVersion with any change to kSchemaSql.
#pragma once

namespace kiosk::store {

inline constexpr int kSchemaVersion = 10;

// Rows keep the catalog's order: `id` is the record's index in its catalog vector, `slug` its source id.
inline constexpr const char* kSchemaSql = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- The exhibit's frame (exhibit.toml), one row: what the engine itself never names.
CREATE TABLE exhibit(id INTEGER PRIMARY KEY CHECK(id = 0), title TEXT NOT NULL, subtitle TEXT NOT NULL,
  first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, welcome TEXT NOT NULL, about_intro TEXT NOT NULL, tour_caption TEXT NOT NULL,
  home_west REAL NOT NULL, home_east REAL NOT NULL, home_south REAL NOT NULL, home_north REAL NOT NULL);
CREATE TABLE about_sections(id INTEGER PRIMARY KEY, heading TEXT NOT NULL, body TEXT NOT NULL, small INTEGER NOT NULL,
  list_articles INTEGER NOT NULL);
-- kind 'tour' (the attract tour's event slugs) or 'search' (words offered on the search page), in order of id.
CREATE TABLE exhibit_lists(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE articles(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
  title_is_descriptive INTEGER NOT NULL, outlet TEXT, author TEXT, author_role TEXT, note TEXT,
  body TEXT NOT NULL, original TEXT NOT NULL);
CREATE TABLE themes(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, name TEXT NOT NULL, description TEXT, short_name TEXT NOT NULL);
CREATE TABLE eras(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, name TEXT NOT NULL, start_year INTEGER NOT NULL,
  end_year INTEGER NOT NULL, summary TEXT, short_name TEXT NOT NULL);
CREATE TABLE places(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, name TEXT NOT NULL, country TEXT,
  lat REAL NOT NULL, lon REAL NOT NULL, since_year INTEGER NOT NULL);
-- A place's names and countries of the time, each for dates before until_year.
CREATE TABLE place_names(id INTEGER PRIMARY KEY, place_id INTEGER NOT NULL REFERENCES places(id), until_year INTEGER NOT NULL,
  name TEXT NOT NULL, country TEXT NOT NULL);
CREATE TABLE people(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, name TEXT NOT NULL, role TEXT);
-- in_short: the event's one plain sentence for young readers, shown above the summary.
CREATE TABLE events(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
  start TEXT NOT NULL, end TEXT, precision TEXT NOT NULL, tone TEXT NOT NULL, sort_key REAL NOT NULL, in_short TEXT NOT NULL,
  short_title TEXT NOT NULL);
CREATE TABLE excerpts(id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),
  article_id INTEGER NOT NULL REFERENCES articles(id), quote TEXT NOT NULL,
  byte_offset INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL);
CREATE TABLE event_themes(event_id INTEGER NOT NULL, theme_id INTEGER NOT NULL, PRIMARY KEY(event_id, theme_id));
CREATE TABLE event_places(event_id INTEGER NOT NULL, place_id INTEGER NOT NULL, PRIMARY KEY(event_id, place_id));
CREATE TABLE event_people(event_id INTEGER NOT NULL, person_id INTEGER NOT NULL, PRIMARY KEY(event_id, person_id));
CREATE TABLE disagreements(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, event_id INTEGER NOT NULL, topic TEXT NOT NULL);
CREATE TABLE claims(id INTEGER PRIMARY KEY, disagreement_id INTEGER NOT NULL, article_id INTEGER NOT NULL,
  says TEXT NOT NULL, quote TEXT NOT NULL, byte_offset INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL);
CREATE TABLE figures(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, label TEXT NOT NULL, value REAL NOT NULL,
  unit TEXT, date TEXT NOT NULL, precision TEXT NOT NULL, article_id INTEGER NOT NULL, quote TEXT NOT NULL,
  byte_offset INTEGER NOT NULL, event_id INTEGER);
-- Curator's notes: owner_kind is 'event', 'disagreement', 'figure' or 'era', owner_id the row id in that table.
CREATE TABLE notes(id INTEGER PRIMARY KEY, owner_kind TEXT NOT NULL, owner_id INTEGER NOT NULL, text TEXT NOT NULL,
  article_says TEXT NOT NULL, UNIQUE(owner_kind, owner_id));
CREATE TABLE note_sources(id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL REFERENCES notes(id), publisher TEXT NOT NULL,
  title TEXT NOT NULL, url TEXT NOT NULL);
-- detail: 0 today's countries at 1:110m, 1 at 1:50m; 2 and 3 the historical countries' merged shapes at those
-- scales, one row each per historical country in its order (an empty one where no member is at that scale).
CREATE TABLE countries(id INTEGER PRIMARY KEY, detail INTEGER NOT NULL, iso_numeric TEXT, name TEXT NOT NULL, lonlat BLOB NOT NULL,
  triangles BLOB NOT NULL, ring_starts BLOB NOT NULL, min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,
  first_outline_ring INTEGER NOT NULL);
-- members and member_labels: one line each, in the same order (an empty line: the member has no label).
CREATE TABLE historical_countries(id INTEGER PRIMARY KEY, slug TEXT UNIQUE NOT NULL, name TEXT NOT NULL, start TEXT NOT NULL,
  end TEXT NOT NULL, members TEXT NOT NULL, member_labels TEXT NOT NULL);
-- The exhibit's translations of its prose, by language and field key (model/translation.hpp), and the interface's
-- phrases by language and English phrase (forms: one, or the plural forms, separated by char(31)).
CREATE TABLE translations(lang TEXT NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY(lang, key));
CREATE TABLE phrases(lang TEXT NOT NULL, english TEXT NOT NULL, forms TEXT NOT NULL, PRIMARY KEY(lang, english));
-- Full-text search over what a visitor can open: kind is 'event' or 'article', ref the row id in that table, lang
-- the language whose visitors search that row (an event's row holds its text in that language; English where a
-- field is not translated). Text is stored folded for search (model/search_folding), as queries are.
-- prefix indexes make the one-, two- and three-letter prefixes a visitor types first cheap to look up.
-- in_short: an event's plain sentence (empty for an article); a visitor may search for a word only it holds.
CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref UNINDEXED, lang UNINDEXED, title, body, in_short,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
)sql";

}  // namespace kiosk::store
