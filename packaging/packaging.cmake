# What `cmake --install` puts where, and the Debian package (`cpack -G DEB` in the build
# folder). Included from the top CMakeLists; it adds install rules and CPack settings only,
# so the developer build is the same with or without it.
#
# One id names the desktop entry, the AppStream metainfo and the icons, so the menu and
# software centres connect them.
set(TD_APP_ID io.github.twitchdiary.TwitchDiary)
set(td_packaging ${CMAKE_CURRENT_LIST_DIR})
set(td_datadir share)
set(td_docdir share/doc/twitchdiary)

# Directories in the package are 0755 whatever the builder's umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(FILES ${td_packaging}/${TD_APP_ID}.desktop DESTINATION ${td_datadir}/applications)
install(FILES ${td_packaging}/${TD_APP_ID}.metainfo.xml DESTINATION ${td_datadir}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/twitchdiary.svg
        DESTINATION ${td_datadir}/icons/hicolor/scalable/apps RENAME ${TD_APP_ID}.svg)
# Rendered from the SVG by scripts/make-icons.sh.
foreach(size 16 32 48 64 128 256)
    install(FILES ${td_packaging}/icons/hicolor/${size}x${size}/apps/${TD_APP_ID}.png
            DESTINATION ${td_datadir}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${td_packaging}/debian/copyright
        DESTINATION ${td_docdir})

# Debian wants man pages and the changelog compressed with gzip -9n (no name, no
# timestamp, so the package is reproducible); done at install time, the build is untouched.
function(td_install_gzipped source destination name)
    install(CODE "
        set(dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${destination}\")
        file(MAKE_DIRECTORY \"\${dir}\")
        message(STATUS \"Installing: \${dir}/${name}.gz\")
        execute_process(COMMAND gzip -9nc \"${source}\" OUTPUT_FILE \"\${dir}/${name}.gz\"
                        RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"gzip ${source} failed: \${rc}\")
        endif()
    ")
endfunction()
install(FILES ${td_packaging}/debian/lintian-overrides
        DESTINATION ${td_datadir}/lintian/overrides RENAME twitchdiary)
td_install_gzipped(${td_packaging}/man/twitchdiary.1 ${td_datadir}/man/man1 twitchdiary.1)
td_install_gzipped(${td_packaging}/man/twitchdiary-cli.1 ${td_datadir}/man/man1 twitchdiary-cli.1)
td_install_gzipped(${td_packaging}/debian/changelog ${td_docdir} changelog.Debian)

# ---- CPack: the .deb -------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME twitchdiary)
set(CPACK_PACKAGE_VENDOR "The Twitch Diary developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "The Twitch Diary developers <twitchdiary@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/twitchdiary/twitchdiary")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private diary for eyelid, lip and face twitching")
set(CPACK_PACKAGE_DESCRIPTION
    "Log each twitch episode in two clicks on a face map, note caffeine, sleep,\n\
stress and diet once a day, and see honestly what goes with the twitching:\n\
associations with 95 % intervals that wait for enough data, warning signs\n\
worth showing a doctor, and a one-page doctor summary as a PDF.\n\
.\n\
Everything stays on the computer in one SQLite file, with daily backups; the\n\
program makes no network connection. Includes twitchdiary-cli, the same diary\n\
on the command line (import, export as JSON or CSV, analysis, PDF report).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # twitchdiary_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt plugins that no ELF file links, so dpkg-shlibdeps cannot find them: the SQLite
# driver (the diary cannot open without it) and the SVG icon engine (the window icon).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
