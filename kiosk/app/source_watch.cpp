// source_watch.cpp: folder fingerprints by polling, and the debounce over them.
#include "app/source_watch.hpp"

#include <sys/stat.h>

#include <algorithm>

namespace kiosk::app {

bool isEditorLeftover(const std::string& name) {
    if (name.empty() || name.front() == '.' || name.back() == '~') return true;
    if (name.front() == '#' && name.back() == '#') return true;  // emacs autosave
    for (const char* suffix : {".swp", ".swx", ".tmp", ".bak", ".part"})
        if (name.size() > std::char_traits<char>::length(suffix) && name.ends_with(suffix)) return true;
    return false;
}

FolderFingerprint fingerprintFolder(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    FolderFingerprint out;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::follow_directory_symlink | fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (isEditorLeftover(name)) {
            if (it->is_directory(ec)) it.disable_recursion_pending();  // .git and the like
            continue;
        }
        struct stat st{};
        if (::stat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
        out.push_back({it->path().lexically_relative(dir).generic_string(), static_cast<uintmax_t>(st.st_size),
                       static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, static_cast<uint64_t>(st.st_ino)});
    }
    std::sort(out.begin(), out.end(), [](const FileFingerprint& a, const FileFingerprint& b) { return a.path < b.path; });
    return out;
}

bool ChangeDebounce::update(double now, const FolderFingerprint& seen) {
    if (seen != pending_) {
        pending_ = seen;
        changedAt_ = now;
        return false;
    }
    if (changedAt_ < 0 || now - changedAt_ < quiet_) return false;
    changedAt_ = -1;
    if (pending_ == settled_) return false;  // written back as it was (an editor's undo, a touch of the same bytes)
    settled_ = pending_;
    return true;
}

}  // namespace kiosk::app
