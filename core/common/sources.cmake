target_sources(enclave_core PRIVATE
    common/error.h
    common/hex.h
    common/hex.cpp
    common/atomicfilewriter.h common/atomicfilewriter.cpp
    common/linediff.h common/linediff.cpp
)
