# install.cmake: what `cmake --install` and CPack put where. Included by packaging/cpack.cmake.
#
# Destinations are relative to the root of the target system, so the packages are built with the install prefix
# "/" (CPACK_PACKAGING_INSTALL_PREFIX): the Debian packages and the .tar.gz hold the same tree as the machine
# they are installed on.
#   usr/bin/kiosk, usr/bin/kiosk-content          the program and the content tool          (component "program")
#   usr/share/kiosk/fonts/                        the fonts, with their licence (OFL.txt)
#   etc/kiosk/kiosk.toml                          the configuration (a conffile)
#   usr/lib/systemd/user/kiosk.service            the user service that runs and restarts the kiosk
#   etc/xdg/autostart/kiosk.desktop               starts that service when the kiosk user's desktop session starts
#   usr/share/doc/kiosk/                          copyright (fonts, map data), changelog, deployment README
#   usr/share/kiosk-content/exhibit.db            the content database                      (component "content")
#   usr/share/doc/kiosk-content/                  copyright (map data, texts), changelog
#   lib/systemd/system/kiosk-session.service      the appliance's seat: the kiosk user's bare X session on tty7
#   usr/libexec/kiosk-session/                    its X server launcher and session script  (component "session")
#   etc/X11/kiosk-session.conf.d/                 that X server's configuration folder: a link to the lockdown
#   usr/share/doc/kiosk-session/                  copyright, changelog
# At run time the kiosk writes only to /var/lib/kiosk (installed content, the kiosk user's home) and /var/log/kiosk,
# which the maintainer scripts create; the packages ship nothing there.
# By hand: DESTDIR=/tmp/root cmake --install build --prefix /   (or --prefix / as root, for the real thing).

set(KIOSK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(KIOSK_PACKAGING_GENERATED ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${KIOSK_PACKAGING_GENERATED})

set(KIOSK_PACKAGE_MAINTAINER "Exhibit kiosk team <kiosk@example.org>" CACHE STRING "The Maintainer of the Debian packages: Name <email>")
set(KIOSK_DEBIAN_REVISION 1 CACHE STRING "The Debian revision of the packages (version PROJECT_VERSION-REVISION)")
set(KIOSK_DEB_VERSION "${PROJECT_VERSION}-${KIOSK_DEBIAN_REVISION}")

# Directories the install creates get 0755 whatever the umask, as the Debian policy wants.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# --- The program ---------------------------------------------------------------------------------------------------
install(TARGETS kiosk kiosk-content RUNTIME DESTINATION usr/bin COMPONENT program)
file(GLOB KIOSK_FONT_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/fonts/*.ttf ${CMAKE_SOURCE_DIR}/fonts/*.otf)
install(FILES ${KIOSK_FONT_FILES} ${CMAKE_SOURCE_DIR}/fonts/OFL.txt DESTINATION usr/share/kiosk/fonts COMPONENT program)
install(FILES ${CMAKE_SOURCE_DIR}/config/kiosk.toml DESTINATION etc/kiosk COMPONENT program)
install(FILES ${KIOSK_PACKAGING_DIR}/systemd/kiosk.service DESTINATION usr/lib/systemd/user COMPONENT program)
install(FILES ${KIOSK_PACKAGING_DIR}/autostart/kiosk.desktop DESTINATION etc/xdg/autostart COMPONENT program)
# The X server's lockdown for the plain X session (packaging/README.md, 2c): not in /etc/X11, so that installing the
# kiosk does not lock down other X sessions on the machine.
install(FILES ${KIOSK_PACKAGING_DIR}/xorg/50-kiosk-lockdown.conf DESTINATION usr/share/kiosk/xorg.conf.d COMPONENT program)
install(FILES ${KIOSK_PACKAGING_DIR}/README.md DESTINATION usr/share/doc/kiosk COMPONENT program)

# --- The content ---------------------------------------------------------------------------------------------------
install(FILES ${KIOSK_CONTENT_DB} DESTINATION usr/share/kiosk-content COMPONENT content)

# --- The appliance: automatic login and a bare X session (packaging/README.md, "The appliance") -------------------
# A system unit in /lib/systemd/system, where Debian 12's systemd and lintian expect a package's units.
install(FILES ${KIOSK_PACKAGING_DIR}/systemd/kiosk-session.service DESTINATION lib/systemd/system COMPONENT session)
install(PROGRAMS ${KIOSK_PACKAGING_DIR}/session/kiosk-session ${KIOSK_PACKAGING_DIR}/session/xsession
  DESTINATION usr/libexec/kiosk-session COMPONENT session)
# The X server runs without root, so its -configdir must lie under /etc/X11 (Xorg(1)): a folder of its own there,
# holding a link to the lockdown the program package ships. No other X server reads it.
file(MAKE_DIRECTORY ${KIOSK_PACKAGING_GENERATED}/kiosk-session.conf.d)
file(CREATE_LINK /usr/share/kiosk/xorg.conf.d/50-kiosk-lockdown.conf
  ${KIOSK_PACKAGING_GENERATED}/kiosk-session.conf.d/50-kiosk-lockdown.conf SYMBOLIC)
install(FILES ${KIOSK_PACKAGING_GENERATED}/kiosk-session.conf.d/50-kiosk-lockdown.conf
  DESTINATION etc/X11/kiosk-session.conf.d COMPONENT session)

# --- Documentation: copyright and changelog.Debian.gz for each package ------------------------------------------------
# A licence text as a DEP-5 paragraph body: every line indented by one space, empty lines as " .".
function(kiosk_dep5_body file first_line_regex out)
  file(READ ${file} text)
  if(first_line_regex)
    string(REGEX MATCH "${first_line_regex}.*" text "${text}")
  endif()
  string(REGEX REPLACE "[ \t]+\n" "\n" text "${text}")
  string(REGEX REPLACE "\n+$" "" text "${text}")
  string(REPLACE "\n" "\n " text " ${text}")
  string(REGEX REPLACE "\n \n" "\n .\n" text "${text}")
  string(REGEX REPLACE "\n \n" "\n .\n" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()
kiosk_dep5_body(${CMAKE_SOURCE_DIR}/fonts/OFL.txt "This Font Software" KIOSK_OFL_TEXT)
kiosk_dep5_body(${CMAKE_SOURCE_DIR}/data/map/world-atlas-LICENSE.txt "Permission to use" KIOSK_ISC_TEXT)

# The changelog's date: SOURCE_DATE_EPOCH when set, else the date of the last commit, else now; so two builds of one
# commit give the same packages.
if(NOT DEFINED ENV{SOURCE_DATE_EPOCH})
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${CMAKE_SOURCE_DIR} log -1 --format=%ct
      OUTPUT_VARIABLE kiosk_commit_time OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE git_failed)
    if(NOT git_failed AND kiosk_commit_time MATCHES "^[0-9]+$")
      set(ENV{SOURCE_DATE_EPOCH} ${kiosk_commit_time})
      set(kiosk_unset_epoch TRUE)
    endif()
  endif()
endif()
string(TIMESTAMP KIOSK_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
if(kiosk_unset_epoch)
  unset(ENV{SOURCE_DATE_EPOCH})
endif()
foreach(pkg kiosk kiosk-content kiosk-session)
  set(KIOSK_PACKAGE_NAME ${pkg})
  set(doc ${KIOSK_PACKAGING_GENERATED}/doc/${pkg})
  configure_file(${KIOSK_PACKAGING_DIR}/debian/${pkg}/copyright.in ${doc}/copyright @ONLY)
  configure_file(${KIOSK_PACKAGING_DIR}/debian/changelog.in ${doc}/changelog.Debian @ONLY)
  # Lintian wants it compressed with gzip -9 and no timestamp in the gzip header (-n).
  if(${doc}/changelog.Debian IS_NEWER_THAN ${doc}/changelog.Debian.gz)
    execute_process(COMMAND gzip -9 -n -f -k ${doc}/changelog.Debian RESULT_VARIABLE gzip_failed)
    if(gzip_failed)
      message(FATAL_ERROR "gzip failed on ${doc}/changelog.Debian")
    endif()
  endif()
endforeach()
install(FILES ${KIOSK_PACKAGING_GENERATED}/doc/kiosk/copyright ${KIOSK_PACKAGING_GENERATED}/doc/kiosk/changelog.Debian.gz
  DESTINATION usr/share/doc/kiosk COMPONENT program)
install(FILES ${KIOSK_PACKAGING_GENERATED}/doc/kiosk-content/copyright ${KIOSK_PACKAGING_GENERATED}/doc/kiosk-content/changelog.Debian.gz
  DESTINATION usr/share/doc/kiosk-content COMPONENT content)
install(FILES ${KIOSK_PACKAGING_GENERATED}/doc/kiosk-session/copyright ${KIOSK_PACKAGING_GENERATED}/doc/kiosk-session/changelog.Debian.gz
  DESTINATION usr/share/doc/kiosk-session COMPONENT session)
