// speech.hpp: "read aloud" through espeak-ng. Only offered where there is somewhere to play sound.
#pragma once
#include <string>

namespace kiosk::platform {

class Speech {
public:
    Speech();
    ~Speech();
    Speech(const Speech&) = delete;
    Speech& operator=(const Speech&) = delete;

    // True when an audio output device exists and espeak-ng started; the reader hides its button otherwise.
    bool available() const { return available_; }
    // Starts reading `text` in the voice of `language` (an ISO 639-1 code espeak-ng knows: "en", "ur", "ru"),
    // replacing anything being read. Returns at once; speech runs in espeak's thread. A language without a voice
    // is read in English's rather than not at all.
    void speak(const std::string& text, const std::string& language = "en");
    void stop();
    bool speaking() const;

private:
    bool available_ = false;
    std::string voice_;  // the voice set now
};

// Whether this machine has a sound output at all (ALSA playback devices, or a PulseAudio/PipeWire server).
bool audioOutputPresent();

}  // namespace kiosk::platform
