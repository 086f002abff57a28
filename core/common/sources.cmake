target_sources(enclave_core PRIVATE
    common/error.h
    common/hex.h
    common/hex.cpp
    common/atomicfilewriter.h common/atomicfilewriter.cpp
    common/libraryversions.h common/libraryversions.cpp
    common/readfile.h common/readfile.cpp
    common/linediff.h common/linediff.cpp
)
