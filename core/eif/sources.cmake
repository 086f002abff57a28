# Sources of the eif module (paths relative to core/).
target_sources(enclave_core PRIVATE
    eif/eiffield.h
    eif/eifsection.h eif/eifsection.cpp
    eif/eifheader.h eif/eifheader.cpp
    eif/eifreader.h eif/eifreader.cpp
    eif/crc32.h eif/crc32.cpp
    eif/eifmeasurements.h
    eif/pcrcalculator.h eif/pcrcalculator.cpp
    eif/eifsignature.h eif/eifsignature.cpp
    eif/eifmetadata.h eif/eifmetadata.cpp
    eif/eifdescription.h eif/eifdescription.cpp
    eif/eifwriter.h eif/eifwriter.cpp
    eif/eifsectiondevice.h eif/eifsectiondevice.cpp
)
