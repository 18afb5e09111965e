# cpack.cmake: the packages, built by `cpack` in the build folder (or `make package`):
#   kiosk_<version>-<revision>_<arch>.deb      the program, fonts, configuration, user service, autostart entry
#   kiosk-content_<version>-<revision>_all.deb the content database; its postinst runs `kiosk-content install`
#   kiosk-session_<version>-<revision>_all.deb the appliance: the kiosk user logged in on tty7 in a bare X session
#   kiosk-<version>-Linux.tar.gz               all three, as one tree to unpack on machines without Debian packaging
# The version is PROJECT_VERSION (CMakeLists.txt), the same one `kiosk --version` prints.
include(${CMAKE_CURRENT_LIST_DIR}/install.cmake)

set(CPACK_PACKAGE_NAME kiosk)
set(CPACK_PACKAGE_VENDOR "Exhibit kiosk team")
set(CPACK_PACKAGE_CONTACT "${KIOSK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")
# Every destination in install.cmake is relative to the root of the target system.
set(CPACK_PACKAGING_INSTALL_PREFIX "/")
set(CPACK_STRIP_FILES ON)  # RelWithDebInfo binaries carry ~20 MB of debug information; packages do not
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_COMPONENTS_ALL program content session)
set(CPACK_COMPONENT_PROGRAM_DISPLAY_NAME "Exhibit kiosk program")
set(CPACK_COMPONENT_CONTENT_DISPLAY_NAME "Exhibit kiosk content")
set(CPACK_COMPONENT_SESSION_DISPLAY_NAME "Exhibit kiosk appliance session")

# --- Debian: one package per component ------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # name_version-revision_arch.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE ${KIOSK_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KIOSK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Control files and maintainer scripts get the modes the Debian policy asks for (0644, scripts 0755).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_PROGRAM_PACKAGE_NAME kiosk)
set(CPACK_DEBIAN_PROGRAM_PACKAGE_SECTION misc)
# Shared libraries: found by dpkg-shlibdeps from the binaries (glfw, sqlite, spdlog, fmt, toml++, stb, OpenGL, X11).
# Explicitly: libgl1 (GLFW loads libGL.so.1 at run time, which dpkg-shlibdeps cannot see) and adduser (postinst).
set(CPACK_DEBIAN_PROGRAM_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PROGRAM_PACKAGE_DEPENDS "adduser, libgl1")
set(CPACK_DEBIAN_PROGRAM_PACKAGE_RECOMMENDS "kiosk-content")
set(CPACK_DEBIAN_PROGRAM_PACKAGE_SUGGESTS "xinit, xserver-xorg")
set(CPACK_DEBIAN_PROGRAM_PACKAGE_CONTROL_EXTRA
  ${KIOSK_PACKAGING_DIR}/debian/kiosk/conffiles
  ${KIOSK_PACKAGING_DIR}/debian/kiosk/postinst
  ${KIOSK_PACKAGING_DIR}/debian/kiosk/postrm)
set(CPACK_COMPONENT_PROGRAM_DESCRIPTION
"touch-screen exhibit on Pakistan and the Soviet Union / Russia, 1947-2022
A fullscreen touch kiosk for museums, libraries and schools: a map, a timeline
and a reading pane of historical events and the article excerpts they are drawn
from, linked by one selection. It needs no network and no keyboard.

This package holds the program (kiosk), the content tool (kiosk-content), the
fonts, the configuration (/etc/kiosk/kiosk.toml) and a systemd user service
that starts the kiosk in the graphical session of a dedicated kiosk user and
restarts it if it crashes. The content comes in the package kiosk-content.")

set(CPACK_DEBIAN_CONTENT_PACKAGE_NAME kiosk-content)
set(CPACK_DEBIAN_CONTENT_PACKAGE_SECTION misc)
# An SQLite file is the same on every (little-endian) architecture; the map shapes are stored little-endian.
set(CPACK_DEBIAN_CONTENT_PACKAGE_ARCHITECTURE all)
# The postinst runs kiosk-content (from the kiosk package) to check and install the database; the program must
# read this database's schema, which changes only with the program's version.
set(CPACK_DEBIAN_CONTENT_PACKAGE_DEPENDS "kiosk (>= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_CONTENT_PACKAGE_CONTROL_EXTRA
  ${KIOSK_PACKAGING_DIR}/debian/kiosk-content/postinst
  ${KIOSK_PACKAGING_DIR}/debian/kiosk-content/postrm)
set(CPACK_COMPONENT_CONTENT_DESCRIPTION
"content database of the exhibit kiosk
The exhibit's events, eras, themes, places, figures and article excerpts, and
the map's country shapes, as the SQLite database the kiosk reads. Installing or
upgrading this package checks the database and swaps it in for the kiosk
(/var/lib/kiosk/exhibit.db), keeping the previous one as the last-known-good
copy, so content can be updated without a new program.")

set(CPACK_DEBIAN_SESSION_PACKAGE_NAME kiosk-session)
set(CPACK_DEBIAN_SESSION_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_SESSION_PACKAGE_ARCHITECTURE all)  # a unit and two shell scripts
# Exactly this version of the program: the session starts its user unit by name and relies on its notify/watchdog
# contract. X: the server (its modesetting driver is in xserver-xorg-core), libinput for touch screens, xinit and
# xauth for the session; libpam-systemd makes the unit's PAM session a logind session, which lets X run without root.
set(CPACK_DEBIAN_SESSION_PACKAGE_DEPENDS
  "kiosk (= ${KIOSK_DEB_VERSION}), xserver-xorg-core, xserver-xorg-input-libinput, xinit, xauth, libpam-systemd, systemd")
set(CPACK_DEBIAN_SESSION_PACKAGE_CONTROL_EXTRA
  ${KIOSK_PACKAGING_DIR}/debian/kiosk-session/postinst
  ${KIOSK_PACKAGING_DIR}/debian/kiosk-session/prerm
  ${KIOSK_PACKAGING_DIR}/debian/kiosk-session/postrm)
set(CPACK_COMPONENT_SESSION_DESCRIPTION
"exhibit kiosk appliance: boots straight into the kiosk, no desktop
Installing this package turns a minimal Debian machine into a kiosk: at boot
the system unit kiosk-session.service logs the kiosk user in on tty7 with no
password and no display manager, and runs a bare X server there, locked down
(no Ctrl+Alt+Backspace, no switching to a console, no screen blanking) and
with the cursor hidden. Its one client starts the kiosk's user service, which
restarts the kiosk when it crashes or hangs (systemd watchdog).
.
When staff close the kiosk from its staff panel, the X server ends and the
console login on tty1 is there: no desktop. The console itself is never
changed, so removing this package gives the machine back as it was.")

# --- .tar.gz: one archive of all three components, the same tree as the packages ----------------------------------------
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_ARCHIVE_FILE_NAME "kiosk-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_ARCHIVE_FILE_NAME}")

include(CPack)
