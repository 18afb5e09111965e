# expect_no_tests_fail.cmake: runs a Catch2 binary with a filter that matches no test case, as a CTest entry split at
# a ';' would, and fails unless the binary refuses (exit 2 from "-w NoTests").
execute_process(COMMAND ${BINARY} -w NoTests "no test case is called this" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "a filter matching no test case exited ${rc}, not 2: CTest would count it as passed\n${out}")
endif()
message(STATUS "a filter matching no test case exits 2, as it must")
