# Tests of the measure module.
enclave_add_test(NAME tst_cpioreader SOURCES measure/tst_cpioreader.cpp LABEL core)
enclave_add_test(NAME tst_measurementsjsonparser SOURCES measure/tst_measurementsjsonparser.cpp LABEL core)
enclave_add_test(NAME tst_measurementsloader SOURCES measure/tst_measurementsloader.cpp LABEL core)
enclave_add_test(NAME tst_pcrdiff SOURCES measure/tst_pcrdiff.cpp LABEL core)
enclave_add_test(NAME tst_eifdiff SOURCES measure/tst_eifdiff.cpp measure/cpiopatch.h LABEL core)
enclave_add_test(NAME tst_measurecli SOURCES measure/tst_measurecli.cpp measure/cpiopatch.h LABEL cli)
enclave_add_test(NAME tst_ramdiskdiff SOURCES measure/tst_ramdiskdiff.cpp LABEL core)
# Widgets of the measure module (models under QAbstractItemModelTester, views driven with QTest).
if(ENCLAVE_BUILD_GUI AND TARGET enclave_widgets)
    get_property(enclave_measure_widgets GLOBAL PROPERTY ENCLAVE_WIDGETS_MEASURE)
    if(NOT enclave_measure_widgets)
        # Until widgets/CMakeLists.txt has include(measure.cmake).
        include(${PROJECT_SOURCE_DIR}/widgets/measure.cmake)
    endif()
    enclave_add_test(NAME tst_measuremodels SOURCES measure/tst_measuremodels.cpp measure/cpiopatch.h
                     LABEL widgets GUI LIBS enclave_widgets)
    enclave_add_test(NAME tst_compareview SOURCES measure/tst_compareview.cpp LABEL widgets GUI LIBS enclave_widgets)
endif()
