# App and UI tests: the reducer, scripts, config, and the panes drawn headless (no window, no GPU).
file(GLOB KIOSK_APP_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/app/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/ui/*.cpp)
add_executable(kiosk_app_tests ${KIOSK_APP_TESTS})
target_link_libraries(kiosk_app_tests PRIVATE kiosk_app kiosk_content Catch2::Catch2WithMain)
target_compile_definitions(kiosk_app_tests PRIVATE
  KIOSK_DATA_DIR="${CMAKE_SOURCE_DIR}/data"
  KIOSK_FONTS_DIR="${CMAKE_SOURCE_DIR}/fonts"
  KIOSK_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
kiosk_discover_tests(kiosk_app_tests TEST_PREFIX "app: ")
