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
    // Starts reading `text` (replacing anything being read). Returns at once; speech runs in espeak's thread.
    void speak(const std::string& text);
    void stop();
    bool speaking() const;

private:
    bool available_ = false;
};

// Whether this machine has a sound output at all (ALSA playback devices, or a PulseAudio/PipeWire server).
bool audioOutputPresent();

}  // namespace kiosk::platform
