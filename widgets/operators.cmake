# Operators' views (issue 8): connections, live dashboard, launch/terminate, console viewer.
# Kept in its own file so widgets/CMakeLists.txt needs one include() line.
target_sources(enclave_widgets PRIVATE
    ansiparser.cpp ansiparser.h
    connectionerrorhint.cpp connectionerrorhint.h
    connectionprofile.cpp connectionprofile.h
    connectionprofilestore.cpp connectionprofilestore.h
    connectionsdialog.cpp connectionsdialog.h
    consoleview.cpp consoleview.h
    dashboardview.cpp dashboardview.h
    eifuploader.cpp eifuploader.h
    enclavemeasurementsview.cpp enclavemeasurementsview.h
    enclavetablemodel.cpp enclavetablemodel.h
    healthcheckdialog.cpp healthcheckdialog.h
    launchdialog.cpp launchdialog.h
    localsimulator.cpp localsimulator.h
    nitroerrorhints.cpp nitroerrorhints.h
    operatoractions.cpp operatoractions.h
)
# The Local simulator profile runs the enclave-agent the build made (found next to the app or
# in PATH once installed; this path is the last resort, like the sample EIF's).
# (app/ is added after widgets/; generator expressions and dependencies resolve at generate time.)
target_compile_definitions(enclave_widgets PRIVATE ENCLAVE_AGENT_BUILD_PATH="$<TARGET_FILE:enclave-agent-legacy>")
add_dependencies(enclave_widgets enclave-agent-legacy)
# "Open in Compare View" needs the measure module's CompareView, which is added to this library
# from another file (it sets the global property ENCLAVE_WIDGETS_MEASURE); decide once everything
# has been read.
function(enclave_ops_use_compare_view)
    get_property(has_measure GLOBAL PROPERTY ENCLAVE_WIDGETS_MEASURE)
    if(has_measure)
        target_compile_definitions(enclave_widgets PRIVATE ENCLAVE_HAVE_COMPARE_VIEW=1)
    endif()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL enclave_ops_use_compare_view)
