# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` from the build folder builds a .deb with tessera, tessera-cli, the .desktop
# entry and the icon.
if(TESSERA_BUILD_GUI)
  install(FILES "${PROJECT_SOURCE_DIR}/installer/tessera.desktop" DESTINATION share/applications)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tessera.svg"
          DESTINATION share/icons/hicolor/scalable/apps)
endif()
install(FILES "${PROJECT_SOURCE_DIR}/resources/sample/anonymous-bank-1999-02-07.csv"
              "${PROJECT_SOURCE_DIR}/resources/sample/anonymous-bank-1999-02-01-4weeks.csv"
              "${PROJECT_SOURCE_DIR}/resources/sample/PROVENANCE.md"
        DESTINATION share/tessera/sample)
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION share/doc/tessera RENAME copyright)

set(CPACK_PACKAGE_NAME "tessera")
set(CPACK_PACKAGE_VENDOR "Tessera developers")
set(CPACK_PACKAGE_CONTACT "Tessera developers <tessera@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)
