// language_button_test.cpp: the header's language button: one button per offered language in its own name, the
// current one selected, a tap asks for that language; it fits beside the title (or in the bottom bar) at the
// exhibit's screen sizes without overlapping anything; none is drawn when only one language is offered.
#include <catch2/catch.hpp>

#include "headless.hpp"
#include "ui/text_draw.hpp"

using namespace kiosk;

namespace {

const ui::ButtonRegistry::Entry* button(const test::HeadlessKiosk& k, const std::string& label) {
    for (const auto& e : k.registry().entries)
        if (e.label == label) return &e;
    return nullptr;
}

const char* const kHeaderButtons[] = {"Search", "Start over", "Text & contrast", "About",
                                      "English", "\u0627\u0631\u062F\u0648", "\u0420\u0443\u0441\u0441\u043A\u0438\u0439"};

}  // namespace

TEST_CASE("the header shows no language button when one language is offered", "[ui][language]") {
    test::HeadlessKiosk k(1920, 1080);
    k.setOfferedLanguages({"en"});
    k.frame();
    CHECK(button(k, "Search"));
    CHECK_FALSE(button(k, "English"));
}

TEST_CASE("the header language button fits at every screen size", "[ui][language]") {
    const std::pair<float, float> sizes[] = {{1920, 1080}, {1080, 1920}, {1280, 800}};
    for (const auto& [w, h] : sizes) {
        INFO(w << "x" << h);
        test::HeadlessKiosk k(w, h);
        k.setOfferedLanguages({"en", "ur", "ru"});
        k.frame();
        std::vector<const ui::ButtonRegistry::Entry*> drawn;
        for (const char* label : kHeaderButtons) {
            INFO(label);
            const auto* e = button(k, label);
            REQUIRE(e);
            CHECK(e->x - e->w / 2 >= 0);
            CHECK(e->x + e->w / 2 <= w);
            drawn.push_back(e);
        }
        // No two controls overlap.
        for (size_t i = 0; i < drawn.size(); ++i)
            for (size_t j = i + 1; j < drawn.size(); ++j) {
                INFO(kHeaderButtons[i] << " and " << kHeaderButtons[j]);
                const bool apart = drawn[i]->x + drawn[i]->w / 2 <= drawn[j]->x - drawn[j]->w / 2 ||
                                   drawn[j]->x + drawn[j]->w / 2 <= drawn[i]->x - drawn[i]->w / 2 ||
                                   drawn[i]->y + drawn[i]->h / 2 <= drawn[j]->y - drawn[j]->h / 2 ||
                                   drawn[j]->y + drawn[j]->h / 2 <= drawn[i]->y - drawn[i]->h / 2;
                CHECK(apart);
            }
        // Beside the title, the controls stay clear of the title and subtitle.
        if (!k.layout().controlsInBar) {
            const model::Exhibit& exhibit = test::realCatalog().exhibit;
            const float title = ui::textSize(k.fonts().title, k.fonts().title->FontSize, exhibit.title).x;
            const float subtitle = ui::textSize(k.fonts().small, k.fonts().small->FontSize, exhibit.subtitle).x;
            const float textRight = std::max(title, subtitle) + 26 * k.layout().scale;
            for (const auto* e : drawn) CHECK(e->x - e->w / 2 > textRight);
        }
    }
}

TEST_CASE("the header language button selects a language", "[ui][language]") {
    test::HeadlessKiosk k(1920, 1080);
    k.setOfferedLanguages({"en", "ur", "ru"});
    k.frame();
    const auto* russian = button(k, "\u0420\u0443\u0441\u0441\u043A\u0438\u0439");
    REQUIRE(russian);
    const auto actions = k.tap(russian->x, russian->y);
    const auto* set = test::find<app::SetLanguage>(actions);
    REQUIRE(set);
    CHECK(set->code == "ru");
}
