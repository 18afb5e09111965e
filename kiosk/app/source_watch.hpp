// source_watch.hpp: noticing that a content folder was saved, for `kiosk --preview`: a fingerprint of its files,
// taken by polling, and a debounce that reports a change once the folder has been still for a moment.
// Polling (a few stats every 100 ms) rather than inotify: it sees a save however the editor writes it (in place,
// or to a temporary file renamed over the old one, which inotify reports on the folder, not the file), on any
// filesystem, and it needs no watch to be re-armed after a rename.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::app {

struct FileFingerprint {
    std::string path;  // relative to the folder
    uintmax_t size = 0;
    int64_t modifiedNs = 0;
    uint64_t inode = 0;  // a rename over the file changes it even when size and time do not
    bool operator==(const FileFingerprint&) const = default;
};
using FolderFingerprint = std::vector<FileFingerprint>;  // sorted by path

// Every regular file under `dir` (following links), except editors' leftovers: hidden files (.x.swp,
// .goutputstream-*), backups (x~) and autosaves (#x#). Never throws; an unreadable folder gives an empty list.
FolderFingerprint fingerprintFolder(const std::filesystem::path& dir);

// Whether a file name is an editor's temporary or backup file, never content.
bool isEditorLeftover(const std::string& fileName);

// Reports a change once the fingerprint has differed from the last reported one and then stayed the same for
// `quietSeconds`: a burst of writes (save, rename, a second file) becomes one rebuild, after the last of them.
class ChangeDebounce {
public:
    explicit ChangeDebounce(double quietSeconds = 0.15) : quiet_(quietSeconds) {}
    // The fingerprint at start: a change is a difference from it.
    void reset(FolderFingerprint current) { settled_ = pending_ = std::move(current); changedAt_ = -1; }
    // Feed the fingerprint seen at time `now` (seconds, monotonic). True once per settled change.
    bool update(double now, const FolderFingerprint& seen);
    bool waiting() const { return changedAt_ >= 0; }

private:
    double quiet_;
    FolderFingerprint settled_, pending_;
    double changedAt_ = -1;  // when pending_ was last seen to change; -1: nothing pending
};

}  // namespace kiosk::app
