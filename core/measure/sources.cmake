# Sources of the measure module (paths relative to core/).
target_sources(enclave_core PRIVATE
    measure/measurements.h
    measure/measurements.cpp
    measure/measurementsjsonparser.h
    measure/measurementsjsonparser.cpp
    measure/pcrdiff.h
    measure/pcrdiff.cpp
    measure/ramdiskdiff.h
    measure/ramdiskdiff.cpp
    measure/eifdiff.h
    measure/eifdiff.cpp
    measure/measurementsloader.h
    measure/measurementsloader.cpp
    measure/inputdetector.h
    measure/inputdetector.cpp
    measure/nitroclijson.h
    measure/nitroclijson.cpp
    measure/pcrtextparser.h
    measure/pcrtextparser.cpp
    measure/comparereport.h
    measure/comparereport.cpp
)
