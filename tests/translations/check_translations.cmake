# Runs lupdate over the sources into copies of the committed .ts files; the copies must come
# out identical (nothing new, nothing changed) and hold no unfinished translation.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR_SCRIPT}"
                RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_IN}")
endif()

set(languages es pt)
set(copies "")
foreach(language IN LISTS languages)
    set(committed "${TS_DIR}/atalaya_${language}.ts")
    if(NOT EXISTS "${committed}")
        message(FATAL_ERROR "${committed} is missing")
    endif()
    file(COPY "${committed}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/atalaya_${language}.ts")
endforeach()

execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none
                        -ts ${copies}
                RESULT_VARIABLE updated OUTPUT_VARIABLE lupdate_output ERROR_VARIABLE lupdate_output)
if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${lupdate_output}")
endif()

set(problems "")
foreach(language IN LISTS languages)
    set(committed "${TS_DIR}/atalaya_${language}.ts")
    set(copy "${WORK_DIR}/atalaya_${language}.ts")
    file(READ "${copy}" text)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ \t]*<translation type=\"unfinished\"" unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(REGEX REPLACE "\n[ \t]*<translation type=\"unfinished\"" "" unfinished "${unfinished}")
        list(APPEND problems "atalaya_${language}.ts: ${count} untranslated: ${unfinished}")
    endif()
    # A message lupdate filed under no context is one it could not tie to a class (tr() through
    # an alias, say): at run time Qt looks it up under the real context and never finds it.
    if(text MATCHES "<name></name>")
        list(APPEND problems "atalaya_${language}.ts has messages with no context: call tr() on the class itself, not through an alias")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${committed}" "${copy}" RESULT_VARIABLE differs)
    if(NOT differs EQUAL 0 AND count EQUAL 0)
        list(APPEND problems "atalaya_${language}.ts is out of date with the sources (run the update_translations target)")
    endif()
endforeach()

if(problems)
    string(REPLACE ";" "\n" problems "${problems}")
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "translations complete: ${languages}")
