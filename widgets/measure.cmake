# Views and models of the measure module (Compare view, EIF "Contents" tab). Included by
# widgets/CMakeLists.txt (include(measure.cmake)), or by tests/measure.cmake until that line lands.
target_sources(enclave_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/compareview.cpp ${CMAKE_CURRENT_LIST_DIR}/compareview.h
    ${CMAKE_CURRENT_LIST_DIR}/eifdiffmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/eifdiffmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/pcrcomparemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/pcrcomparemodel.h
    ${CMAKE_CURRENT_LIST_DIR}/ramdiskcontentsmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/ramdiskcontentsmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/ramdiskcontentsview.cpp ${CMAKE_CURRENT_LIST_DIR}/ramdiskcontentsview.h
)
set_property(GLOBAL PROPERTY ENCLAVE_WIDGETS_MEASURE TRUE)
