// content_install.cpp: the checked, atomic swap of a content database behind `kiosk-content install`.
#include "tools/content_install.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "store/catalog_reader.hpp"
#include "store/database_files.hpp"

namespace kiosk::tools {
namespace fs = std::filesystem;

namespace {

struct Fd {
    int fd = -1;
    explicit Fd(int f) : fd(f) {}
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
};

std::runtime_error systemError(const std::string& what) { return std::runtime_error(what + ": " + std::strerror(errno)); }

void writeAll(int fd, const char* data, size_t size, const fs::path& path) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw systemError("cannot write " + path.string());
        data += n;
        size -= static_cast<size_t>(n);
    }
}

// Copies `from` into a new file `to` (which must not exist), mode 0644, and fsyncs it.
void copyDurably(const fs::path& from, const fs::path& to) {
    Fd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.fd < 0) throw systemError("cannot read " + from.string());
    Fd out(::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (out.fd < 0) throw systemError("cannot create " + to.string());
    if (::fchmod(out.fd, 0644) != 0) throw systemError("cannot set the mode of " + to.string());
    std::vector<char> buffer(1 << 16);
    for (;;) {
        const ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw systemError("cannot read " + from.string());
        if (n == 0) break;
        writeAll(out.fd, buffer.data(), static_cast<size_t>(n), to);
    }
    if (::fsync(out.fd) != 0) throw systemError("cannot flush " + to.string() + " to disk");
    const int fd = out.fd;
    out.fd = -1;
    if (::close(fd) != 0) throw systemError("cannot write " + to.string());
}

bool sameBytes(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (!fs::is_regular_file(a, ec) || !fs::is_regular_file(b, ec)) return false;
    if (fs::file_size(a, ec) != fs::file_size(b, ec) || ec) return false;
    Fd fa(::open(a.c_str(), O_RDONLY | O_CLOEXEC)), fb(::open(b.c_str(), O_RDONLY | O_CLOEXEC));
    if (fa.fd < 0 || fb.fd < 0) return false;
    std::vector<char> ba(1 << 16), bb(1 << 16);
    for (;;) {
        const ssize_t na = ::read(fa.fd, ba.data(), ba.size());
        if (na < 0) return false;
        size_t got = 0;
        while (got < static_cast<size_t>(na)) {
            const ssize_t nb = ::read(fb.fd, bb.data() + got, static_cast<size_t>(na) - got);
            if (nb <= 0) return false;
            got += static_cast<size_t>(nb);
        }
        if (na == 0) return ::read(fb.fd, bb.data(), 1) == 0;
        if (std::memcmp(ba.data(), bb.data(), static_cast<size_t>(na)) != 0) return false;
    }
}

void syncFolder(int dirFd, const fs::path& dir) {
    if (::fsync(dirFd) != 0 && errno != EINVAL) throw systemError("cannot flush the folder " + dir.string() + " to disk");
}

// Makes `keep` (beside it) hold the bytes of `current`, replacing any older `keep` atomically.
void keepAsLastGood(const fs::path& current, const fs::path& keep, const std::string& suffix) {
    const fs::path temp = keep.string() + suffix;
    std::error_code ignored;
    fs::remove(temp, ignored);
    // A hard link costs nothing and is the very file the kiosk may still have open; a copy where links fail.
    if (::link(current.c_str(), temp.c_str()) != 0) copyDurably(current, temp);
    if (::rename(temp.c_str(), keep.c_str()) != 0) {
        const auto error = systemError("cannot keep " + current.string() + " as " + keep.string());
        fs::remove(temp, ignored);
        throw error;
    }
}

std::string describe(const model::Catalog& c) {
    return std::to_string(c.events.size()) + " events, " + std::to_string(c.articles.size()) + " articles, content " +
           (c.info.contentVersion.empty() ? std::string("(no version)") : c.info.contentVersion) +
           (c.info.builtAt.empty() ? std::string() : ", built " + c.info.builtAt);
}

}  // namespace

InstallResult installDatabase(const fs::path& source, const fs::path& target) {
    using Outcome = InstallResult::Outcome;
    const std::string untouched = target.string() + " was not changed";

    // 1. The new database, read exactly as the kiosk will read it.
    std::error_code ec;
    if (!fs::is_regular_file(source, ec))
        return {Outcome::Refused, "refused " + source.string() + ": it is not a file; " + untouched};
    if (std::string problem = store::checkDatabase(source); !problem.empty())
        return {Outcome::Refused, "refused " + source.string() + ": " + problem + "; " + untouched};
    std::string summary;
    try {
        summary = describe(store::readCatalog(source));
    } catch (const std::exception& e) {
        return {Outcome::Refused, "refused " + source.string() + ": " + e.what() + "; " + untouched};
    }

    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const fs::path lastGood = store::lastKnownGoodPath(target);
    const std::string suffix = ".tmp-" + std::to_string(::getpid());
    const fs::path temp = target.string() + suffix;
    try {
        if (fs::exists(target, ec) && !fs::is_regular_file(target, ec))
            return {Outcome::Failed, "cannot install over " + target.string() + ": it is not a regular file"};
        fs::create_directories(dir, ec);
        if (ec) return {Outcome::Failed, "cannot create the folder " + dir.string() + ": " + ec.message() + "; nothing was changed"};
        Fd dirFd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (dirFd.fd < 0) throw systemError("cannot open the folder " + dir.string());
        if (::flock(dirFd.fd, LOCK_EX) != 0) throw systemError("cannot lock the folder " + dir.string());

        if (sameBytes(source, target))
            return {Outcome::Unchanged, target.string() + " already holds this database (" + summary + "); nothing was changed"};

        // 2. A durable, checked copy beside the target (same filesystem, so the rename below is atomic).
        fs::remove(temp, ec);
        copyDurably(source, temp);
        if (std::string problem = store::checkDatabase(temp); !problem.empty())
            throw std::runtime_error("the copy " + temp.string() + " does not read back: " + problem);

        // 3. The current database becomes the last-known-good one, if it is healthy.
        std::string keptNote;
        if (fs::is_regular_file(target, ec)) {
            if (std::string problem = store::checkDatabase(target); problem.empty()) {
                keepAsLastGood(target, lastGood, suffix);
                keptNote = "; the previous one is kept as " + lastGood.string();
            } else {
                keptNote = "; the previous one was damaged (" + problem + "), so " + lastGood.string() + " was left as it was";
            }
        }

        // 4. The swap.
        if (::rename(temp.c_str(), target.c_str()) != 0) throw systemError("cannot rename " + temp.string() + " to " + target.string());
        syncFolder(dirFd.fd, dir);
        return {Outcome::Installed, "installed " + source.string() + " as " + target.string() + " (" + summary + ")" + keptNote};
    } catch (const std::exception& e) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return {Outcome::Failed, std::string(e.what()) + "; " + untouched};
    }
}

}  // namespace kiosk::tools
