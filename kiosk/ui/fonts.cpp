// fonts.cpp: font atlas construction with content-driven glyph ranges.
#include "ui/fonts.hpp"

#include "ui/text_draw.hpp"
#include "ui/text_engine.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>

namespace kiosk::ui {
namespace {

// Only text beyond ASCII needs decoding: ASCII is in the default ranges already. With 100,000 synthetic events
// this keeps the scan to a byte test per character instead of a UTF-8 decode and a bit set.
void addText(ImFontGlyphRangesBuilder& b, const std::string& s) {
    const auto high = std::find_if(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    if (high == s.end()) return;
    // From the first byte of the character that holds it (a lead byte is never preceded by a continuation).
    b.AddText(s.c_str() + (high - s.begin()), s.c_str() + s.size());
}

}  // namespace

std::vector<ImWchar> glyphRangesFor(const model::Catalog& c) {
    ImFontGlyphRangesBuilder b;
    b.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());  // Basic Latin + Latin-1
    static const ImWchar kExtra[] = {0x2010, 0x205E, 0};  // general punctuation: dashes, curly quotes, ellipsis, ‹ ›
    b.AddRanges(kExtra);
    for (const auto& a : c.articles) {
        addText(b, a.title);
        addText(b, a.body);
        addText(b, a.outlet);
        addText(b, a.author);
    }
    const auto addNote = [&](const model::CuratorNote& n) {
        addText(b, n.text);
        for (const auto& s : n.sources) addText(b, s.publisher + s.title + s.url);
    };
    for (const auto& e : c.events) {
        addText(b, e.title);
        addText(b, e.inShort);
        addText(b, e.summary);
        addNote(e.note);
    }
    for (const auto& p : c.places) {
        addText(b, p.name);
        for (const auto& f : p.former) addText(b, f.name + f.country);
    }
    for (const auto& e : c.eras) {
        addText(b, e.name + e.summary);
        addNote(e.note);
    }
    // The exhibit's own words: its title may well be in a script the articles never use.
    const model::Exhibit& x = c.exhibit;
    addText(b, x.title + x.subtitle + x.welcome + x.aboutIntro + x.tourCaption);
    for (const auto& s : x.about) addText(b, s.heading + s.text);
    for (const auto& w : x.searchSuggestions) addText(b, w);
    for (const auto& d : c.disagreements) addNote(d.note);
    for (const auto& p : c.people) addText(b, p.name + p.role);
    for (const auto& t : c.themes) addText(b, t.name + t.description);
    for (const auto& e : c.eras) addText(b, e.name + e.summary);
    for (const auto& d : c.disagreements) {
        addText(b, d.topic);
        for (const auto& cl : d.claims) addText(b, cl.says);
    }
    for (const auto& k : c.countries) addText(b, k.name);
    // Every language's words, so that switching language never needs a new atlas (Cyrillic is ImGui's to draw).
    for (const auto& [language, fields] : c.translations)
        for (const auto& [key, text] : fields) addText(b, text);
    for (const auto& [language, phrases] : c.phrases)
        for (const auto& [english, forms] : phrases)
            for (const auto& form : forms) addText(b, form);
    ImVector<ImWchar> ranges;
    b.BuildRanges(&ranges);
    return std::vector<ImWchar>(ranges.begin(), ranges.end());
}

float interfaceTextFactor(int textSize) { return textSize >= 2 ? 1.25f : 1.0f; }

FontSet buildFonts(ImFontAtlas& atlas, const std::filesystem::path& dir, float scale, const std::vector<ImWchar>& ranges,
                   const model::Catalog& catalog, int textSize) {
    atlas.Clear();
    FontSet set;
    set.textSize = std::clamp(textSize, 0, 2);
    const float larger = interfaceTextFactor(set.textSize);
    // Each file is read once however many sizes are baked from it (four files, nine fonts), and only for the
    // bake: the atlas does not own the bytes, and forgets them with the rest of its input once it is built.
    std::map<std::string, std::vector<char>> files;
    auto fileData = [&](const std::filesystem::path& path) -> std::vector<char>* {
        auto [it, added] = files.try_emplace(path.string());
        if (added) {
            std::ifstream in(path, std::ios::binary | std::ios::ate);
            const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : 0;
            if (size > 0) {
                it->second.resize(static_cast<size_t>(size));
                in.seekg(0);
                if (!in.read(it->second.data(), size)) it->second.clear();
            }
        }
        return it->second.empty() ? nullptr : &it->second;
    };
    auto load = [&](const char* file, float designSize) -> ImFont* {
        const float size = std::max(13.0f, designSize * scale);
        const std::filesystem::path path = dir / file;
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec))
            if (std::vector<char>* data = fileData(path)) {
                ImFontConfig config;
                config.OversampleH = 1;  // large sizes need no horizontal oversampling; keeps the atlas small
                config.OversampleV = 1;
                config.PixelSnapH = true;
                config.FontDataOwnedByAtlas = false;
                if (ImFont* f = atlas.AddFontFromMemoryTTF(data->data(), static_cast<int>(data->size()), size, &config, ranges.data())) {
                    set.files.emplace_back(f, file);
                    return f;
                }
            }
        set.problems.push_back("font file missing or unreadable: " + path.string() + " (using the built-in font)");
        ImFontConfig fallback;
        fallback.SizePixels = size;
        return atlas.AddFontDefault(&fallback);
    };
    set.ui = load("NotoSans-Regular.ttf", 24 * larger);
    set.uiBold = load("NotoSans-Bold.ttf", 24 * larger);
    set.small = load("NotoSans-Regular.ttf", 20 * larger);
    set.heading = load("NotoSans-Bold.ttf", 28 * larger);
    set.title = load("NotoSans-Bold.ttf", 40 * larger);
    static constexpr float kBody[3] = {22, 26, 32};
    // Only the visitor's size: eight fonts fewer to bake and upload at every start (a third of the atlas).
    const int t = set.textSize;
    set.body[t] = load("NotoSerif-Regular.ttf", kBody[t]);
    set.quote[t] = load("NotoSerif-Italic.ttf", kBody[t]);
    set.eventTitle[t] = load("NotoSans-Bold.ttf", kBody[t] + 10);
    set.plain[t] = load("NotoSans-Regular.ttf", kBody[t] + 2);
    for (int i = 0; i < 3; ++i) {
        set.body[i] = set.body[t];
        set.quote[i] = set.quote[t];
        set.eventTitle[i] = set.eventTitle[t];
        set.plain[i] = set.plain[t];
    }
    const bool built = atlas.Build();
    // The font files' bytes go with `files`; the atlas must not keep pointers to them (it is never built again
    // from this input: a new scale clears it and starts over).
    atlas.ClearInputData();
    if (!built) {
        set.problems.push_back("the font atlas could not be built");
        return set;
    }
    // Every character of the content must have a real glyph in the reading fonts: '?' boxes are a defect.
    for (const ImWchar* r = ranges.data(); r[0]; r += 2)
        for (unsigned c = r[0]; c <= r[1]; ++c) {
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) continue;
            if (TextEngine::drawnByTextLayer(c)) continue;  // shaped from the text layer's faces (TextEngine checks)
            if (!set.body[1]->FindGlyphNoFallback(static_cast<ImWchar>(c)) || !set.ui->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
                ++set.missingGlyphs;
                if (set.missingGlyphs <= 5) {
                    char buffer[64];
                    std::snprintf(buffer, sizeof buffer, "the fonts lack U+%04X", c);
                    set.problems.emplace_back(buffer);
                }
            }
        }
    (void)catalog;
    return set;
}

namespace {

// Drops the spaces and punctuation that would dangle before an ellipsis ("Pakistan is founded;…", "…قیام؛…"):
// commas, colons, semicolons and dashes, in the Latin, Cyrillic and Arabic-script forms the exhibit uses.
void dropDanglingPunctuation(std::string& s) {
    static const char* const kMarks[] = {"\u060C", "\u061B", "\u06D4", "\u2014", "\u2013"};  // ، ؛ ۔ — –
    for (bool dropped = true; dropped && !s.empty();) {
        dropped = false;
        if (s.back() == ' ' || s.back() == ',' || s.back() == ':' || s.back() == ';') {
            s.pop_back();
            dropped = true;
            continue;
        }
        for (const char* mark : kMarks)
            if (s.ends_with(mark)) {
                s.resize(s.size() - std::char_traits<char>::length(mark));
                dropped = true;
                break;
            }
    }
}

// Drops a last word that leads into what was cut ("Invasion of…", "Вторжение в…"): a preposition, an article or a
// conjunction of English or Russian reads as a broken phrase before an ellipsis. Urdu's postpositions follow their
// noun ("کشمیر پر"), so they end a phrase and stay. At least one word is always kept. True when one was dropped.
bool dropDanglingFunctionWord(std::string& s) {
    static const char* const kWords[] = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "from", "with", "and", "or",
                                         "в", "во", "на", "с", "со", "к", "ко", "о", "об", "у", "за", "по", "из", "от", "до", "и",
                                         "а", "но", "для", "при", "над", "под", "без", "между", "против"};
    const size_t space = s.find_last_of(' ');
    if (space == std::string::npos || space == 0) return false;
    std::string last = s.substr(space + 1);
    for (char& c : last)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (const char* word : kWords)
        if (last == word) {
            s.resize(space);
            dropDanglingPunctuation(s);
            return true;
        }
    return false;
}

}  // namespace

std::string fitToWidth(const ImFont& font, const std::string& text, float maxWidth, float* width) {
    auto measure = [&](const std::string& s) { return textSize(&font, font.FontSize, s).x; };  // shaped where the script needs it
    float w = measure(text);
    std::string fitted = text;
    if (w > maxWidth) {
        // Drop whole words from the end (never half a word, never half a UTF-8 character) until it fits.
        do {
            const size_t cut = fitted.find_last_of(' ');
            fitted.resize(cut == std::string::npos ? 0 : cut);
            dropDanglingPunctuation(fitted);
            w = fitted.empty() ? 0 : measure(fitted + "\u2026");
        } while (!fitted.empty() && w > maxWidth);
        if (!fitted.empty()) {
            if (dropDanglingFunctionWord(fitted)) w = measure(fitted + "\u2026");  // labels are fitted every frame
            fitted += "\u2026";
        }
    }
    if (width) *width = w;
    return fitted;
}

std::string fitNameToWidth(const ImFont& font, const std::string& text, float maxWidth, float* width) {
    float w = 0;
    std::string fitted = fitToWidth(font, text, maxWidth, &w);
    if (fitted.empty()) {
        // Not even the first word: drop whole UTF-8 characters (never a continuation byte) until it fits.
        auto measure = [&](const std::string& s) { return textSize(&font, font.FontSize, s).x; };  // shaped where the script needs it
        std::string head = text.substr(0, text.find(' '));
        w = 0;
        while (!head.empty()) {
            // Drop the last character: its continuation bytes, then its first byte.
            while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80) head.pop_back();
            if (!head.empty()) head.pop_back();
            if (head.empty()) break;
            w = measure(head + "\u2026");
            if (w <= maxWidth) break;
        }
        fitted = head.empty() ? std::string() : head + "\u2026";
        if (head.empty()) w = 0;
    }
    if (width) *width = w;
    return fitted;
}

}  // namespace kiosk::ui
