// read_aloud.cpp: composing the spoken text.
#include "model/read_aloud.hpp"

#include "model/phrase_book.hpp"
#include "model/text_utils.hpp"

namespace kiosk::model {

std::string readAloudText(const Catalog& c, Index event) {
    if (event < 0 || static_cast<size_t>(event) >= c.events.size()) return {};
    const Event& e = c.events[static_cast<size_t>(event)];
    // In the order the reader shows them: the in-short band stands above the summary.
    std::string text = e.title + ". " + describeSpan(e.date) + ". ";
    if (!e.inShort.empty()) {
        text += e.inShort;
        if (text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
        text += ' ';
    }
    text += e.summary;
    for (size_t i = 0; i < e.excerpts.size(); ++i) {
        const Quote& q = e.excerpts[i];
        if (q.article < 0 || static_cast<size_t>(q.article) >= c.articles.size()) continue;
        text += ' ';
        if (i == 0) text += std::string(tr("From the sources.")) + " ";
        const std::string& article = c.articles[static_cast<size_t>(q.article)].title;
        // In another language the voice reads the exhibit's translation, and says it is one: an Urdu or Russian
        // voice cannot read the English quotation, and a listener must not take the translation for the source.
        if (q.translation.empty()) text += trf("{article} says: {quote}", {{"article", article}, {"quote", q.text}});
        else text += trf("{article} says, in the exhibit’s translation: {quote}", {{"article", article}, {"quote", q.translation}});
        if (!text.empty() && text.back() != '.') text += '.';
    }
    return text;
}

int eventReadingWords(const Event& e) {
    int words = countWords(e.inShort) + countWords(e.summary);
    for (const Quote& q : e.excerpts) words += countWords(q.text);
    return words;
}

}  // namespace kiosk::model
