// content_loader.cpp: the content rules, applied while reading the sources record by record.
#include "content/content_loader.hpp"
#include "content/exhibit_reader.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "model/text_utils.hpp"
#include "content/toml_record.hpp"
#include "content/toml_syntax.hpp"
#include "content/nearest_ids.hpp"
#include "content/plain_language.hpp"
#include "content/topojson.hpp"
#include "content/translation_reader.hpp"
#include "model/language.hpp"

namespace kiosk::content {
namespace {

namespace fs = std::filesystem;
using model::Index;
using model::countWords;
using model::fnv1aHex;
using model::isValidId;
using model::splitParagraphs;
using model::splitSentences;
using model::utf8Length;

// A source path named inside the content: relative, and never climbing out of the data folder.
bool insideDataFolder(const std::string& relative) {
    if (relative.empty() || relative.find('\0') != std::string::npos) return false;
    const fs::path p = fs::path(relative).lexically_normal();
    if (p.is_absolute() || p.has_root_name() || p.empty()) return false;
    const auto first = p.begin();
    return first != p.end() && *first != ".." && *first != ".";
}

// Where the loader's text comes from: the data folder on disk, or the same files given in memory.
class Sources {
public:
    explicit Sources(fs::path dir) : dir_(std::move(dir)) {}
    explicit Sources(const SourceFiles& files) : files_(&files) {}

    // The file's text; nullopt (and a reason) when it is missing, unreadable, not a regular file or too large.
    std::optional<std::string> read(const std::string& relative, std::string* why = nullptr) const {
        auto fail = [&](const char* reason) -> std::optional<std::string> {
            if (why) *why = reason;
            return std::nullopt;
        };
        if (!insideDataFolder(relative)) return fail("it is not a path inside the data folder");
        if (files_) {
            const auto it = files_->find(fs::path(relative).lexically_normal().generic_string());
            if (it == files_->end()) return fail("cannot read it (is it missing?)");
            if (it->second.size() > kMaxSourceBytes) return fail("it is too large");
            return it->second;
        }
        const fs::path path = dir_ / relative;
        std::error_code ec;
        // Never open a device, a FIFO or a socket: reading one could hang the build or never end.
        if (!fs::is_regular_file(path, ec)) return fail(fs::exists(path, ec) ? "it is not a regular file" : "cannot read it (is it missing?)");
        if (fs::file_size(path, ec) > kMaxSourceBytes || ec) return fail("it is too large or unreadable");
        std::ifstream in(path, std::ios::binary);
        if (!in) return fail("cannot read it");
        std::ostringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }
    std::string describe(const std::string& relative) const { return files_ ? relative : (dir_ / relative).string(); }

private:
    fs::path dir_;
    const SourceFiles* files_ = nullptr;
};

// The 1-based line on which each paragraph starts, in splitParagraphs' order (a line of only spaces is blank).
std::vector<int> paragraphStartLines(std::string_view text) {
    std::vector<int> starts;
    bool inParagraph = false;
    int line = 0;
    for (size_t start = 0; start <= text.size(); ++line) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view l = text.substr(start, end - start);
        while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.remove_suffix(1);
        if (l.empty()) inParagraph = false;
        else if (!inParagraph) starts.push_back(line + 1), inParagraph = true;
        start = end + 1;
    }
    return starts;
}

constexpr const char* kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
constexpr int kMaxNoteWords = 45;  // "about 40 words"

// `number` stands in `text` as a whole number ("1" in "May 1, 1948", not in "1948").
bool containsNumber(std::string_view text, const std::string& number) {
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    for (size_t at = text.find(number); at != std::string_view::npos; at = text.find(number, at + 1)) {
        const bool before = at > 0 && isDigit(text[at - 1]);
        const bool after = at + number.size() < text.size() && isDigit(text[at + number.size()]);
        if (!before && !after) return true;
    }
    return false;
}

// At most `chars` characters of `s`, cut at a character boundary, on one line.
std::string utf8Prefix(std::string_view s, size_t chars) {
    size_t end = 0, count = 0;
    while (end < s.size() && count < chars) {
        ++end;
        while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
        ++count;
    }
    std::string out(s.substr(0, end));
    for (char& c : out)
        if (c == '\n') c = ' ';
    return out;
}

// The punctuation marks that look alike on screen but are different characters, named for the curator.
struct LookAlike {
    std::string_view mark;
    const char* name;
};
constexpr LookAlike kLookAlikes[] = {
    {"\u2019", "a curly apostrophe"}, {"\u2018", "a curly opening single quote"}, {"'", "a straight one"},
    {"\u201C", "a curly opening double quote"}, {"\u201D", "a curly closing double quote"}, {"\"", "a straight double quote"},
    {"\u2014", "an em dash"}, {"\u2013", "an en dash"}, {"-", "a hyphen"}, {"\u2026", "an ellipsis character"}, {"...", "three dots"},
    {"\u00A0", "a no-break space"}, {" ", "a space"},
};

// " : the article has ’ (a curly apostrophe) where the quote has ' (a straight one)", when the two texts part at look-alikes.
std::string punctuationHint(std::string_view quote, std::string_view article) {
    const LookAlike* q = nullptr;
    const LookAlike* a = nullptr;
    for (const LookAlike& l : kLookAlikes) {
        if (!q && quote.substr(0, l.mark.size()) == l.mark) q = &l;
        if (!a && article.substr(0, l.mark.size()) == l.mark) a = &l;
    }
    if (!q || !a || q == a) return {};
    return "; the article has " + std::string(a->mark) + " (" + a->name + ") where the quote has " + std::string(q->mark) + " (" + q->name +
           "): copy the quote from the article file rather than retyping it";
}

// The paragraph of `body` around the byte range [offset, offset + length).
std::string_view paragraphAround(std::string_view body, size_t offset, size_t length) {
    size_t from = offset == 0 ? std::string_view::npos : body.rfind("\n\n", offset);
    from = from == std::string_view::npos ? 0 : from + 2;
    size_t to = body.find("\n\n", offset + length);
    if (to == std::string_view::npos) to = body.size();
    return body.substr(from, to - from);
}

// Everything the loader carries from file to file.
class Loader {
public:
    Loader(const Sources& sources, LoadedContent& out, SourceOptions options) : src_(sources), options_(options), out_(out), diag_(out.diagnostics) {}

    void run() {
        loadExhibit();
        loadArticles();
        loadSimple("themes.toml", "theme", [this](const TomlRecord& r) { addTheme(r); });
        loadSimple("eras.toml", "era", [this](const TomlRecord& r) { addEra(r); });
        loadSimple("places.toml", "place", [this](const TomlRecord& r) { addPlace(r); });
        loadSimple("people.toml", "person", [this](const TomlRecord& r) { addPerson(r); });
        loadSimple("events.toml", "event", [this](const TomlRecord& r) { addEvent(r); });
        loadSimple("disagreements.toml", "disagreement", [this](const TomlRecord& r) { addDisagreement(r); }, false);
        loadSimple("figures.toml", "figure", [this](const TomlRecord& r) { addFigure(r); }, false);
        checkTour();
        checkCoverage();
        if (options_.map) loadMap();
        loadHistorical();
        loadTranslations();
        diag_.holdBackBehindSyntaxErrors();
        out_.sourceHash = fnv1aHex(hashInput_);
        if (out_.ok()) out_.catalog.buildIndexes();
    }

private:
    const Sources& src_;
    SourceOptions options_;
    LoadedContent& out_;
    Diagnostics& diag_;
    std::string hashInput_;
    std::vector<toml::table> documents_;  // kept alive: records point into them
    int tourLine_ = 0;                    // exhibit.toml's `tour`, for its unknown ids
    std::unordered_map<std::string, Index> articleIds_, themeIds_, placeIds_, personIds_, eraIds_, eventIds_;
    std::vector<int> articleUses_;
    std::vector<int> articleLines_;
    std::unordered_map<std::string, Index> disagreementIds_, figureIds_;
    std::unordered_map<std::string, int> idLines_;  // "file\0id": where each id was first given, for "duplicate id"
    std::vector<std::string> articleFiles_;         // each article's cleaned text, as named in articles.toml
    std::vector<int> eventLines_;
    std::unordered_map<std::string, std::vector<Index>> eventsByQuote_;  // for warning about an event entered twice
    std::unordered_map<std::string, Index> historicalIds_;
    model::KnownNames names_;  // for the reading grade of the in_short lines
    bool namesReady_ = false;
    std::vector<int> historicalMemberLines_;
    // The map as decoded, kept for merging historical countries: the topology and one shape per geometry.
    struct MapScale {
        std::string file;
        model::MapTopology topology;
        std::vector<model::CountryShape> shapes;
        bool ok = false;
    };
    MapScale fine_, coarse_;

    std::optional<toml::table> parse(const std::string& name, bool required) {
        auto text = src_.read(name);
        if (!text) {
            if (required) diag_.error(name, 0, "cannot read the file (is it missing?)");
            return std::nullopt;
        }
        hashInput_ += name + '\0' + *text + '\0';
        try {
            return toml::parse(*text, src_.describe(name));
        } catch (const toml::parse_error& e) {
            SyntaxProblem p = explainSyntaxError(*text, e);
            diag_.syntaxError(name, p.line, std::move(p.message), std::move(p.sourceLine), p.column);
            return std::nullopt;
        }
    }

    void loadExhibit() {
        auto doc = parse("exhibit.toml", true);
        if (!doc) return;
        documents_.push_back(std::move(*doc));
        out_.catalog.exhibit = readExhibit(documents_.back(), "exhibit.toml", diag_);
        tourLine_ = TomlRecord(documents_.back(), "exhibit.toml", diag_).lineOf("tour");
    }

    // The tour's stops must be events; an unknown one is reported with the nearest ids.
    void checkTour() {
        for (const std::string& id : out_.catalog.exhibit.tour)
            if (!eventIds_.count(id)) diag_.error("exhibit.toml", tourLine_, "the tour names " + unknownId("event", id, eventIds_) + " (ids from events.toml)");
    }

    template <typename AddFn>
    void loadSimple(const std::string& name, const char* key, AddFn add, bool required = true) {
        auto doc = parse(name, required);
        if (!doc) return;
        documents_.push_back(std::move(*doc));
        const toml::table& root = documents_.back();
        TomlRecord top(root, name, diag_);
        std::string plural = std::string("[[") + key + "]]";
        for (const auto& [k, node] : root)
            if (k.str() != key)
                top.error(static_cast<int>(node.source().begin.line), "unexpected top-level key '" + std::string(k.str()) +
                                                                          "': this file holds " + plural + " tables only");
        for (const toml::table* table : top.tables(key)) add(TomlRecord(*table, name, diag_));
    }

    // Registers an id, reporting a bad or repeated one. Returns false when the record should be skipped.
    bool claimId(const TomlRecord& r, std::unordered_map<std::string, Index>& ids, const std::string& id, Index index) {
        if (id.empty()) return false;
        if (!isValidId(id)) {
            r.error(r.lineOf("id"), "id '" + id + "' should use only lower-case letters, digits and hyphens");
            return false;
        }
        if (!ids.emplace(id, index).second) {
            const auto first = idLines_.find(r.file() + '\0' + id);
            r.error(r.lineOf("id"), "duplicate id '" + id + "'" +
                                        (first == idLines_.end() ? std::string()
                                                                 : ": the first is in " + r.file() + ", line " + std::to_string(first->second)) +
                                        "; give this one an id of its own");
            return false;
        }
        idLines_.emplace(r.file() + '\0' + id, r.lineOf("id"));
        return true;
    }

    // "unknown place 'Moscow' — did you mean 'moscow'?"
    static std::string unknownId(const char* what, const std::string& id, const std::unordered_map<std::string, Index>& ids) {
        std::vector<std::string> known;
        known.reserve(ids.size());
        for (const auto& entry : ids) known.push_back(entry.first);
        return std::string("unknown ") + what + " '" + id + "'" + didYouMean(id, known);
    }

    std::vector<Index> resolve(const TomlRecord& r, const char* key, const std::unordered_map<std::string, Index>& ids,
                               const char* what, bool required) {
        std::vector<Index> out;
        for (const std::string& id : r.textList(key, required)) {
            auto it = ids.find(id);
            if (it == ids.end())
                r.error(r.lineOf(key), unknownId(what, id, ids));
            else
                out.push_back(it->second);
        }
        return out;
    }

    Index resolveOne(const TomlRecord& r, const char* key, const std::unordered_map<std::string, Index>& ids, const char* what,
                     bool required = true) {
        const std::string id = r.text(key, required);
        if (id.empty()) return model::kNone;
        auto it = ids.find(id);
        if (it == ids.end()) {
            r.error(r.lineOf(key), unknownId(what, id, ids));
            return model::kNone;
        }
        return it->second;
    }

    // A quote must occur verbatim in its article's cleaned text, within one paragraph.
    std::optional<model::Quote> readQuote(const TomlRecord& r, Index article) {
        std::string text = r.text("quote");
        if (text.empty() || article == model::kNone) return std::nullopt;
        const int line = r.lineOf("quote");
        if (text.find("\n\n") != std::string::npos) {
            r.error(line, "a quote may not span a paragraph break (blank line)");
            return std::nullopt;
        }
        const model::Article& a = out_.catalog.articles[static_cast<size_t>(article)];
        const size_t at = a.body.find(text);
        if (at == std::string::npos) {
            // Tell the curator how far the quote matches, so the typo is easy to find.
            size_t lo = 0, hi = text.size();
            while (lo < hi) {
                const size_t mid = (lo + hi + 1) / 2;
                if (a.body.find(text.substr(0, mid)) != std::string::npos) lo = mid; else hi = mid - 1;
            }
            while (lo > 0 && lo < text.size() && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80) --lo;  // whole characters
            const std::string& file = articleFiles_[static_cast<size_t>(article)];
            std::string message = "quote does not occur verbatim in article '" + a.id + "' (" + file + ")";
            if (lo >= 8) {
                const size_t there = a.body.find(text.substr(0, lo)) + lo;
                const int articleLine = 1 + static_cast<int>(std::count(a.body.begin(), a.body.begin() + static_cast<std::ptrdiff_t>(there), '\n'));
                message += ": the first " + std::to_string(utf8Length(text.substr(0, lo))) + " characters match, then the quote has \"" +
                           utf8Prefix(std::string_view(text).substr(lo), 30) + "\" where the article (line " + std::to_string(articleLine) + ") has \"" +
                           utf8Prefix(std::string_view(a.body).substr(there), 30) + "\"" +
                           punctuationHint(std::string_view(text).substr(lo), std::string_view(a.body).substr(there));
            } else {
                message += ": not even its first words are in the article; is the article id right?";
            }
            r.error(line, message);
            return std::nullopt;
        }
        articleUses_[static_cast<size_t>(article)]++;
        return model::Quote{article, std::move(text), static_cast<uint32_t>(at)};
    }

    // Parses `start`/`end` against `precision`, applying the exhibit's date range.
    // What a date says that its quotes do not: empty when every part its precision shows (the year; the month's
    // name; the day) stands in a quote. The year may stand elsewhere in a quote's paragraph ("26th November" takes its
    // year from the sentences around it). Decades and approximate dates say themselves that they are loose.
    std::string beyondQuotes(const model::Date& d, model::Precision p, const std::vector<model::Quote>& quotes) const {
        using model::Precision;
        if (p != Precision::Day && p != Precision::Month && p != Precision::Year) return {};
        const std::string year = std::to_string(d.year);
        const std::string month = d.month >= 1 && d.month <= 12 ? kMonthNames[d.month - 1] : "";
        bool yearFound = false, monthFound = false, dayFound = false;
        for (const model::Quote& q : quotes) {
            if (q.article < 0 || static_cast<size_t>(q.article) >= out_.catalog.articles.size()) continue;
            const std::string& body = out_.catalog.articles[static_cast<size_t>(q.article)].body;
            yearFound = yearFound || containsNumber(paragraphAround(body, q.offset, q.text.size()), year);
            const bool monthHere = !month.empty() && q.text.find(month) != std::string::npos;
            monthFound = monthFound || monthHere;
            dayFound = dayFound || (monthHere && containsNumber(q.text, std::to_string(d.day)));
        }
        if (!yearFound) return "no excerpt gives the year " + year;
        if (p != Precision::Year && !monthFound) return "no excerpt names the month (" + month + ")";
        if (p == Precision::Day && !dayFound) return "no excerpt gives the day (" + std::to_string(d.day) + " " + month + ")";
        return {};
    }

    // Reports a date more precise than its quotes, unless a curator's note says where the precision comes from.
    void checkDateAgainstQuotes(const TomlRecord& r, const char* key, const char* kind, const model::Date& d, model::Precision p,
                                const std::vector<model::Quote>& quotes, const model::CuratorNote& note) {
        if (!note.empty() || quotes.empty()) return;
        const std::string why = beyondQuotes(d, p, quotes);
        if (why.empty()) return;
        r.error(r.lineOf(key), "'" + std::string(key) + "' = \"" + r.text(key, false) + "\" is more precise than the " + kind + "'s quotes: " + why +
                                   "; give the date only as precisely as they do, or add a [" + kind + ".note] that says where it comes from");
    }

    // A curator's note: a [KIND.note] table with text, article_says and at least one [[KIND.note.source]].
    model::CuratorNote readNote(const TomlRecord& r, const std::string& kind) {
        model::CuratorNote note;
        const toml::table* table = r.table("note", "[" + kind + ".note] table with text, article_says and [[" + kind + ".note.source]] (see FORMAT.md)");
        if (!table) return note;
        TomlRecord n(*table, r.file(), diag_);
        n.allowOnly({"text", "article_says", "source"});
        note.text = n.text("text");
        note.articleSays = n.text("article_says");
        const int words = countWords(note.text);
        if (words > kMaxNoteWords)
            n.error(n.lineOf("text"), "the curator's note has " + std::to_string(words) + " words; keep it to about 40 (at most " +
                                          std::to_string(kMaxNoteWords) + ")");
        for (const toml::table* t : n.tables("source")) {
            TomlRecord src(*t, r.file(), diag_);
            src.allowOnly({"publisher", "title", "url"});
            model::NoteSource source{src.text("publisher"), src.text("title"), src.text("url")};
            if (!source.url.empty() && source.url.rfind("https://", 0) != 0 && source.url.rfind("http://", 0) != 0)
                src.error(src.lineOf("url"), "the source's url should be a web address starting with https:// or http://");
            note.sources.push_back(std::move(source));
        }
        if (note.sources.empty())
            n.error(n.line(), "the curator's note has no source: add a [[" + kind +
                                  ".note.source]] with the publisher, title and url of the public reference it was read in");
        return note;
    }

    std::optional<model::DateSpan> readSpan(const TomlRecord& r, const char* startKey, const char* endKey, bool endAllowed) {
        const std::string precisionText = r.text("precision");
        const auto precision = model::parsePrecision(precisionText);
        if (!precisionText.empty() && !precision) {
            r.error(r.lineOf("precision"), "precision '" + precisionText + "' should be day, month, year, decade or approximate");
            return std::nullopt;
        }
        const bool outsideOk = r.flag("outside_range_ok");
        auto one = [&](const char* key, bool required) -> std::optional<model::Date> {
            const std::string text = r.text(key, required);
            if (text.empty()) return std::nullopt;
            std::string why;
            auto date = model::parseDate(text, &why);
            if (!date) {
                r.error(r.lineOf(key), "'" + std::string(key) + "' = \"" + text + "\" is not a date: " + why);
                return std::nullopt;
            }
            if (precision && !model::dateMatchesPrecision(*date, text.back() == 's', *precision)) {
                r.error(r.lineOf(key), "'" + std::string(key) + "' = \"" + text + "\" does not match precision '" + precisionText +
                                           "' (day: YYYY-MM-DD, month: YYYY-MM, year or approximate: YYYY, decade: 1950s)");
                return std::nullopt;
            }
            // A decade ("1940s") reaches the exhibit when any year of it does.
            const model::Exhibit& ex = out_.catalog.exhibit;
            if (!outsideOk && !yearInExhibit(ex, date->year) && !(text.back() == 's' && yearInExhibit(ex, date->year + 9))) {
                r.error(r.lineOf(key), "'" + std::string(key) + "' = \"" + text + "\" is outside the exhibit's years, " +
                                           std::to_string(ex.firstYear) + "-" + std::to_string(ex.lastYear) +
                                           " (first_year and last_year in exhibit.toml; set outside_range_ok = true if the text says so)");
                return std::nullopt;
            }
            return date;
        };
        auto start = one(startKey, true);
        std::optional<model::Date> end;
        if (r.has(endKey)) {
            if (!endAllowed) r.error(r.lineOf(endKey), std::string("'") + endKey + "' is not used here");
            end = one(endKey, false);
            if (start && end && *end < *start) {
                r.error(r.lineOf(endKey), "the end date is before the start date");
                return std::nullopt;
            }
        }
        if (!start || !precision) return std::nullopt;
        return model::DateSpan{*start, end, *precision};
    }

    void loadArticles() {
        auto doc = parse("articles.toml", true);
        if (!doc) return;
        documents_.push_back(std::move(*doc));
        TomlRecord top(documents_.back(), "articles.toml", diag_);
        top.allowOnly({"article"});  // nothing at the top level may be silently ignored
        for (const toml::table* table : top.tables("article")) {
            TomlRecord r(*table, "articles.toml", diag_);
            r.allowOnly({"id", "original", "cleaned", "title", "title_is_descriptive", "outlet", "author", "author_role", "note"});
            model::Article a;
            a.id = r.text("id");
            a.title = r.text("title");
            a.titleIsDescriptive = r.flag("title_is_descriptive");
            a.outlet = r.text("outlet", false);
            a.author = r.text("author", false);
            a.authorRole = r.text("author_role", false);
            a.note = r.text("note", false);
            const std::string originalPath = r.text("original");
            const std::string cleanedPath = r.text("cleaned");
            std::string why;
            if (!originalPath.empty()) {
                if (auto text = src_.read(originalPath, &why)) a.original = *text, hashInput_ += *text;
                else r.error(r.lineOf("original"), "cannot use '" + originalPath + "': " + why);
            }
            if (!cleanedPath.empty()) {
                if (auto text = src_.read(cleanedPath, &why)) a.body = *text, hashInput_ += *text;
                else r.error(r.lineOf("cleaned"), "cannot use '" + cleanedPath + "': " + why);
            }
            // Cleaning may only remove: every cleaned paragraph must stand in the original as it is.
            if (!a.body.empty() && !a.original.empty()) {
                const std::vector<int> startLines = paragraphStartLines(a.body);
                int paragraph = 0;
                for (const std::string& p : splitParagraphs(a.body)) {
                    const int line = static_cast<size_t>(paragraph) < startLines.size() ? startLines[static_cast<size_t>(paragraph)] : 0;
                    ++paragraph;
                    if (a.original.find(p) == std::string::npos)
                        diag_.error(cleanedPath, line, "paragraph " + std::to_string(paragraph) + " (\"" + p.substr(0, 40) +
                                                           "...\") does not occur in the original '" + originalPath + "'");
                }
            }
            const Index index = static_cast<Index>(out_.catalog.articles.size());
            if (!claimId(r, articleIds_, a.id, index)) continue;
            out_.catalog.articles.push_back(std::move(a));
            articleLines_.push_back(r.line());
            articleFiles_.push_back(cleanedPath);
        }
        articleUses_.assign(out_.catalog.articles.size(), 0);
    }

    void addTheme(const TomlRecord& r) {
        r.allowOnly({"id", "name", "short", "description"});
        model::Theme t{r.text("id"), r.text("name"), r.text("description", false), r.text("short", false)};
        if (t.shortName.empty()) t.shortName = t.name;
        if (t.shortName.size() > 20) r.warning(r.lineOf("short"), "a short name should fit a chip: keep it under 20 characters");
        if (out_.catalog.themes.size() >= 31) {
            r.error(r.line(), "at most 31 themes are supported");
            return;
        }
        if (claimId(r, themeIds_, t.id, static_cast<Index>(out_.catalog.themes.size()))) out_.catalog.themes.push_back(std::move(t));
    }

    void addEra(const TomlRecord& r) {
        r.allowOnly({"id", "name", "short", "start", "end", "summary", "note"});
        model::Era e{r.text("id"), r.text("name"), r.text("summary", false)};
        e.shortName = r.text("short", false);
        if (e.shortName.size() > 16) r.warning(r.lineOf("short"), "a short name should fit the timeline's narrowest era band: keep it under 16 characters");
        e.note = readNote(r, "era");
        auto year = [&](const char* key) {
            const std::string text = r.text(key);
            auto date = model::parseDate(text);
            if (!text.empty() && (!date || date->month != 0)) r.error(r.lineOf(key), "'" + std::string(key) + "' should be a year like \"1965\"");
            return date ? date->year : 0;
        };
        e.startYear = year("start");
        e.endYear = year("end");
        if (e.endYear < e.startYear) r.error(r.lineOf("end"), "the era ends before it starts");
        if (claimId(r, eraIds_, e.id, static_cast<Index>(out_.catalog.eras.size()))) out_.catalog.eras.push_back(std::move(e));
    }

    void addPlace(const TomlRecord& r) {
        r.allowOnly({"id", "name", "lat", "lon", "country", "since", "former"});
        model::Place p{r.text("id"), r.text("name"), r.text("country", false)};
        p.lat = r.number("lat").value_or(0);
        p.lon = r.number("lon").value_or(0);
        auto year = [](const TomlRecord& t, const char* key, bool required) {
            const std::string text = t.text(key, required);
            auto date = model::parseDate(text);
            if (!text.empty() && (!date || date->month != 0 || text.back() == 's'))
                t.error(t.lineOf(key), "'" + std::string(key) + "' should be a year like \"1967\"");
            return date && !text.empty() ? date->year : 0;
        };
        p.sinceYear = year(r, "since", false);
        // Names of the time: each applies to dates before its `until` year, so they are listed earliest first.
        for (const toml::table* t : r.tables("former")) {
            TomlRecord f(*t, r.file(), diag_);
            f.allowOnly({"until", "name", "country"});
            model::PlaceName n{year(f, "until", true), f.text("name", false), f.text("country", false)};
            if (n.name.empty() && n.country.empty()) f.error(f.line(), "a [[place.former]] needs the name or the country of the time");
            if (!p.former.empty() && n.untilYear <= p.former.back().untilYear)
                f.error(f.lineOf("until"), "list [[place.former]] names earliest first: each 'until' must be later than the one before");
            p.former.push_back(std::move(n));
        }
        if (p.lat < -90 || p.lat > 90) r.error(r.lineOf("lat"), "latitude must be between -90 and 90");
        if (p.lon < -180 || p.lon > 180) r.error(r.lineOf("lon"), "longitude must be between -180 and 180");
        if (claimId(r, placeIds_, p.id, static_cast<Index>(out_.catalog.places.size()))) out_.catalog.places.push_back(std::move(p));
    }

    void addPerson(const TomlRecord& r) {
        r.allowOnly({"id", "name", "role"});
        model::Person p{r.text("id"), r.text("name"), r.text("role", false)};
        if (claimId(r, personIds_, p.id, static_cast<Index>(out_.catalog.people.size()))) out_.catalog.people.push_back(std::move(p));
    }

    void addEvent(const TomlRecord& r) {
        r.allowOnly({"id", "title", "start", "end", "precision", "outside_range_ok", "tone", "themes", "places", "people", "in_short", "summary", "excerpt", "note", "short"});
        model::Event e;
        e.id = r.text("id");
        e.title = r.text("title");
        e.shortTitle = r.text("short", false);
        if (utf8Length(e.shortTitle) > 24)
            r.warning(r.lineOf("short"), "the short title is " + std::to_string(utf8Length(e.shortTitle)) +
                                             " characters; it stands where the title does not fit on the timeline, so keep it under 24");
        // Places and people are read by now: the names a visitor sees beside the line.
        if (!namesReady_) {
            names_ = exhibitNames(out_.catalog);
            namesReady_ = true;
        }
        e.inShort = readInShort(r, e.id, names_);
        e.summary = r.text("summary");
        if (utf8Length(e.title) > 70) r.error(r.lineOf("title"), "the title is " + std::to_string(utf8Length(e.title)) + " characters; keep it under about 60");
        else if (utf8Length(e.title) > 60) r.warning(r.lineOf("title"), "the title is over 60 characters");
        const int words = countWords(e.summary);
        if (words >= 100) r.warning(r.lineOf("summary"), "the summary has " + std::to_string(words) + " words; keep it under 100");
        for (const std::string& s : splitSentences(e.summary))
            if (countWords(s) >= 25) r.warning(r.lineOf("summary"), "a summary sentence has " + std::to_string(countWords(s)) + " words; keep each under 25");
        const auto span = readSpan(r, "start", "end", true);
        if (span) e.date = *span;
        const std::string tone = r.text("tone");
        if (auto t = model::parseTone(tone)) e.tone = *t;
        else if (!tone.empty()) r.error(r.lineOf("tone"), "tone '" + tone + "' should be cooperation, tension or neutral");
        e.themes = resolve(r, "themes", themeIds_, "theme", true);
        if (e.themes.empty() && r.has("themes")) r.error(r.lineOf("themes"), "an event needs at least one theme");
        e.places = resolve(r, "places", placeIds_, "place", false);
        e.people = resolve(r, "people", personIds_, "person", false);
        const std::vector<const toml::table*> excerpts = r.tables("excerpt");
        for (const toml::table* t : excerpts) {
            TomlRecord x(*t, r.file(), diag_);
            x.allowOnly({"article", "quote"});
            const Index article = resolveOne(x, "article", articleIds_, "article");
            if (auto q = readQuote(x, article)) e.excerpts.push_back(std::move(*q));
        }
        if (!r.has("excerpt")) r.error(r.line(), "event '" + e.id + "' has no [[event.excerpt]]: every event needs a verbatim source");
        e.note = readNote(r, "event");
        // Only against quotes that are right: a mistyped quote is the one problem to report, not the date it "lacks".
        if (span && e.excerpts.size() == excerpts.size())
            checkDateAgainstQuotes(r, "start", "event", e.date.start, e.date.precision, e.excerpts, e.note);
        // A place named as it was only from a given year (Islamabad) cannot hold an event from before it.
        // A span need only reach the place's years (the Cold War, 1947-1991, ends in Islamabad's time).
        const int lastYear = e.date.end ? e.date.end->year : e.date.start.year;
        for (Index pi : e.places) {
            const model::Place& place = out_.catalog.places[static_cast<size_t>(pi)];
            if (span && place.sinceYear > 0 && lastYear < place.sinceYear)
                r.error(r.lineOf("places"), "place '" + place.id + "' exists only from " + std::to_string(place.sinceYear) +
                                                " (its 'since' in places.toml), but this event is dated " + std::to_string(lastYear) +
                                                ": use the place of the time (for the government, its seat then)");
        }
        warnIfRepeated(r, e);
        if (claimId(r, eventIds_, e.id, static_cast<Index>(out_.catalog.events.size()))) {
            for (const model::Quote& q : e.excerpts) eventsByQuote_[q.text].push_back(static_cast<Index>(out_.catalog.events.size()));
            eventLines_.push_back(r.line());
            out_.catalog.events.push_back(std::move(e));
        }
    }

    // The same event entered twice, perhaps under a new id: the same start date, the same places and a quote in common.
    void warnIfRepeated(const TomlRecord& r, const model::Event& e) const {
        for (const model::Quote& q : e.excerpts) {
            const auto same = eventsByQuote_.find(q.text);
            if (same == eventsByQuote_.end()) continue;
            for (Index other : same->second) {
                const model::Event& o = out_.catalog.events[static_cast<size_t>(other)];
                if (!(o.date.start == e.date.start) || o.places != e.places) continue;
                r.warning(r.line(), "event '" + e.id + "' looks like a repeat of event '" + o.id + "' (" + r.file() + ", line " +
                                        std::to_string(eventLines_[static_cast<size_t>(other)]) +
                                        "): the same date, the same places and the same quote; remove one, or give each its own quote");
                return;
            }
        }
    }

    void addDisagreement(const TomlRecord& r) {
        r.allowOnly({"id", "event", "topic", "claim", "note"});
        model::Disagreement d{r.text("id"), r.text("topic")};
        d.note = readNote(r, "disagreement");
        d.event = resolveOne(r, "event", eventIds_, "event");
        std::unordered_set<Index> articles;
        for (const toml::table* t : r.tables("claim")) {
            TomlRecord c(*t, r.file(), diag_);
            c.allowOnly({"article", "says", "quote"});
            const Index article = resolveOne(c, "article", articleIds_, "article");
            model::Claim claim;
            claim.says = c.text("says");
            if (auto q = readQuote(c, article)) {
                claim.quote = std::move(*q);
                articles.insert(article);
                d.claims.push_back(std::move(claim));
            }
        }
        if (articles.size() < 2) r.error(r.line(), "disagreement '" + d.id + "' must cite at least two different articles in [[disagreement.claim]]");
        if (d.id.empty() && r.has("id")) r.error(r.lineOf("id"), "id '' should use only lower-case letters, digits and hyphens");
        if (claimId(r, disagreementIds_, d.id, static_cast<Index>(out_.catalog.disagreements.size()))) out_.catalog.disagreements.push_back(std::move(d));
    }

    void addFigure(const TomlRecord& r) {
        r.allowOnly({"id", "label", "value", "unit", "date", "precision", "article", "quote", "event", "note"});
        model::Figure f;
        f.id = r.text("id");
        f.label = r.text("label");
        f.unit = r.text("unit", false);
        f.value = r.number("value").value_or(0);
        const auto span = readSpan(r, "date", "end", false);
        if (span) {
            f.date = span->start;
            f.precision = span->precision;
        }
        const Index article = resolveOne(r, "article", articleIds_, "article");
        if (auto q = readQuote(r, article)) f.quote = std::move(*q);
        if (r.has("event")) f.event = resolveOne(r, "event", eventIds_, "event");
        f.note = readNote(r, "figure");
        if (span && f.quote.article != model::kNone) checkDateAgainstQuotes(r, "date", "figure", f.date, f.precision, {f.quote}, f.note);
        if (f.id.empty() && r.has("id")) r.error(r.lineOf("id"), "id '' should use only lower-case letters, digits and hyphens");
        if (claimId(r, figureIds_, f.id, static_cast<Index>(out_.catalog.figures.size()))) out_.catalog.figures.push_back(std::move(f));
    }

    void checkCoverage() {
        for (size_t i = 0; i < articleUses_.size(); ++i)
            if (articleUses_[i] == 0)
                diag_.error("articles.toml", articleLines_[i], "article '" + out_.catalog.articles[i].id + "' is not quoted by any event");
        if (out_.catalog.events.empty() && diag_.errorCount() == 0) diag_.error("events.toml", 0, "there are no events");
    }

    void loadMap() {
        auto load = [&](const std::string& name, MapScale& scale, std::vector<model::CountryShape>& into) {
            scale.file = name;
            auto text = src_.read(name);
            if (!text) {
                diag_.error(name, 0, "cannot read the map data");
                return;
            }
            hashInput_ += *text;
            std::string error;
            auto topology = decodeTopoJson(*text, "countries", &error);
            try {
                if (topology) {
                    scale.topology = std::move(*topology);
                    scale.shapes = model::countryShapes(scale.topology);
                    for (const model::CountryShape& shape : scale.shapes)
                        if (!shape.lonLat.empty()) into.push_back(shape);
                    if (into.empty()) error = "no country polygons in object 'countries'";
                }
            } catch (const std::exception& e) {
                error = e.what();
                into.clear();
            }
            if (!topology || into.empty()) diag_.error(name, 0, "cannot decode the map: " + error);
            else scale.ok = true;
        };
        load("map/countries-50m.json", fine_, out_.catalog.countries);
        load("map/countries-110m.json", coarse_, out_.catalog.countriesCoarse);
    }

    // data/translations/<lang>/*.toml and data/interface/<lang>.toml, for every language the kiosk knows but
    // English; a language without files simply shows in English (and is not offered unless staff ask for it).
    void loadTranslations() {
        // Translations are checked against the English; while the English has errors, a record or quote it lost
        // would make every language report the same mistake again, so they wait until the English is right.
        if (diag_.errorCount() > 0) return;
        const EnglishSources english = englishSources(out_.catalog);
        for (const model::LanguageInfo& language : model::knownLanguages()) {
            if (language.code == "en") continue;
            model::TranslatedFields fields;
            for (const std::string& file : translatableFiles()) {
                if (file == "countries.toml" && !options_.map) continue;  // no map decoded: no countries to name
                const std::string code(language.code);
                const std::string path = "translations/" + code + "/" + file;
                auto doc = parse(path, false);
                if (doc) readTranslation(*doc, path, file, code, english, diag_, fields);
            }
            if (!fields.empty()) out_.catalog.translations[std::string(language.code)] = std::move(fields);
            const std::string interface = "interface/" + std::string(language.code) + ".toml";
            if (auto doc = parse(interface, false)) {
                model::PhraseTable phrases;
                readInterfacePhrases(*doc, interface, language.code, diag_, phrases);
                if (!phrases.empty()) out_.catalog.phrases[std::string(language.code)] = std::move(phrases);
            }
        }
    }

    // data/map/historical_countries.toml: the records and their rules, then (with the map) their merged shapes.
    void loadHistorical() {
        const std::string file = "map/historical_countries.toml";
        loadSimple(file, "country", [this](const TomlRecord& r) { addHistorical(r); }, false);
        auto& countries = out_.catalog.historicalCountries;
        // Two countries standing at once may not share a member: the map could not draw both.
        for (size_t b = 0; b < countries.size(); ++b)
            for (size_t a = 0; a < b; ++a) {
                if (!(countries[a].from < countries[b].to && countries[b].from < countries[a].to)) continue;
                for (const std::string& m : countries[b].members)
                    if (std::find(countries[a].members.begin(), countries[a].members.end(), m) != countries[a].members.end())
                        diag_.error(file, historicalMemberLines_[b], "'" + m + "' is also in '" + countries[a].id + "' while '" +
                                                                        countries[b].id + "' stands");
            }
        if (!options_.map || !fine_.ok || !coarse_.ok) return;
        for (size_t h = 0; h < countries.size(); ++h) {
            const model::HistoricalCountry& country = countries[h];
            for (MapScale* scale : {&fine_, &coarse_}) {
                std::vector<size_t> members;
                for (const std::string& name : country.members) {
                    size_t g = 0;
                    while (g < scale->topology.geometries.size() && scale->topology.geometries[g].name != name) ++g;
                    if (g < scale->topology.geometries.size()) members.push_back(g);
                    // The 1:110m map leaves out some small countries; every member must be in the detailed one.
                    else if (scale == &fine_)
                        diag_.error(file, historicalMemberLines_[h], "'" + name + "' is not a country in " + fine_.file);
                }
                auto& into = scale == &fine_ ? out_.catalog.historicalShapes : out_.catalog.historicalShapesCoarse;
                into.push_back(members.empty() ? model::CountryShape{}
                                               : model::mergedCountryShape(scale->topology, scale->shapes, members, country.id, country.name));
            }
        }
    }

    void addHistorical(const TomlRecord& r) {
        r.allowOnly({"id", "name", "start", "end", "members", "part"});
        model::HistoricalCountry h{r.text("id"), r.text("name")};
        auto day = [&](const char* key, model::Date& into) {
            const std::string text = r.text(key);
            const auto date = model::parseDate(text);
            if (!text.empty() && (!date || date->day == 0)) r.error(r.lineOf(key), "'" + std::string(key) + "' should be a day like \"1971-12-16\"");
            if (date) into = *date;
            return date && date->day != 0;
        };
        const bool started = day("start", h.start), ended = day("end", h.end);
        if (started && ended && !(h.start < h.end)) r.error(r.lineOf("end"), "the country ends before it starts");
        h.from = model::toYears(h.start);
        h.to = model::toYears(h.end);
        h.members = r.textList("members", true);
        if (r.has("members") && h.members.empty()) r.error(r.lineOf("members"), "'members' should name at least one of today's countries");
        for (size_t i = 0; i < h.members.size(); ++i)
            if (std::find(h.members.begin(), h.members.begin() + static_cast<std::ptrdiff_t>(i), h.members[i]) != h.members.begin() + static_cast<std::ptrdiff_t>(i))
                r.error(r.lineOf("members"), "'" + h.members[i] + "' is listed twice");
        h.memberLabels.assign(h.members.size(), "");
        for (const toml::table* table : r.tables("part")) {
            const TomlRecord part(*table, r.file(), diag_);
            part.allowOnly({"member", "label"});
            const std::string member = part.text("member"), label = part.text("label");
            const auto at = std::find(h.members.begin(), h.members.end(), member);
            if (at == h.members.end()) {
                if (!member.empty()) part.error(part.lineOf("member"), "'" + member + "' is not one of this country's members");
                continue;
            }
            std::string& slot = h.memberLabels[static_cast<size_t>(at - h.members.begin())];
            if (!slot.empty()) part.error(part.line(), "'" + member + "' already has a label");
            slot = label;
        }
        const int membersLine = r.lineOf("members");
        if (claimId(r, historicalIds_, h.id, static_cast<Index>(out_.catalog.historicalCountries.size()))) {
            out_.catalog.historicalCountries.push_back(std::move(h));
            historicalMemberLines_.push_back(membersLine);
        }
    }
};

}  // namespace

namespace {
LoadedContent load(const Sources& sources, SourceOptions options) {
    LoadedContent out;
    try {
        Loader(sources, out, options).run();
    } catch (const std::exception& e) {
        // Nothing above should throw; this keeps a surprise (out of memory, a filesystem error) a diagnostic.
        out.diagnostics.error(".", 0, std::string("unexpected failure while reading the content: ") + e.what());
    }
    return out;
}
}  // namespace

LoadedContent loadContent(const std::filesystem::path& dataDir) { return load(Sources(dataDir), {}); }

LoadedContent loadContentSources(const SourceFiles& files, SourceOptions options) { return load(Sources(files), options); }

}  // namespace kiosk::content
