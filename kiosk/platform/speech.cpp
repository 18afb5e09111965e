// speech.cpp: espeak-ng in playback mode (it owns the audio thread); stoppable at any moment with espeak_Cancel.
#include "platform/speech.hpp"

#include <espeak-ng/speak_lib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace kiosk::platform {

bool audioOutputPresent() {
    std::error_code ec;
    // PulseAudio or PipeWire's pulse socket in this user's runtime directory.
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && std::filesystem::exists(std::string(runtime) + "/pulse/native", ec))
        return true;
    if (std::getenv("PULSE_SERVER")) return true;
    // ALSA: any playback PCM.
    std::ifstream pcm("/proc/asound/pcm");
    std::string line;
    while (std::getline(pcm, line))
        if (line.find("playback") != std::string::npos) return true;
    return false;
}

Speech::Speech() {
    if (!audioOutputPresent()) return;
    // Playback mode: espeak-ng plays through its own audio thread; 0 = default buffer; no data path override.
    available_ = espeak_Initialize(AUDIO_OUTPUT_PLAYBACK, 0, nullptr, 0) > 0;
    if (available_) {
        voice_ = espeak_SetVoiceByName("en") == EE_OK ? "en" : "";
        espeak_SetParameter(espeakRATE, 150, 0);  // a little slower than the default: a gallery is not quiet
    }
}

Speech::~Speech() {
    if (available_) {
        espeak_Cancel();
        espeak_Terminate();
    }
}

void Speech::speak(const std::string& text, const std::string& language) {
    if (!available_) return;
    espeak_Cancel();
    if (language != voice_) {
        // A new voice resets the rate to its own default.
        if (espeak_SetVoiceByName(language.c_str()) == EE_OK) voice_ = language;
        else voice_ = espeak_SetVoiceByName("en") == EE_OK ? "en" : "";
        espeak_SetParameter(espeakRATE, 150, 0);
    }
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
}

void Speech::stop() {
    if (available_) espeak_Cancel();
}

bool Speech::speaking() const { return available_ && espeak_IsPlaying() == 1; }

}  // namespace kiosk::platform
