# kiosk-bench: the benchmark (README.md, "Performance"). It drives the real kiosk binary and times search through
# kiosk_store; the scripts it writes use the screen layout from kiosk_model.
add_library(kiosk_bench STATIC
  ${CMAKE_CURRENT_LIST_DIR}/bench_process.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_scenarios.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_report.cpp)
target_link_libraries(kiosk_bench PUBLIC kiosk_model nlohmann_json::nlohmann_json)

add_executable(kiosk-bench ${CMAKE_CURRENT_LIST_DIR}/bench_main.cpp)
target_link_libraries(kiosk-bench PRIVATE kiosk_bench kiosk_store CLI11::CLI11)
# The benchmark runs these: building it builds them.
add_dependencies(kiosk-bench kiosk kiosk-content content_db)
