# core/cpio: cpio newc archives (the ramdisks inside an EIF): streaming reader, entries, writer. (paths relative to core/)
target_sources(enclave_core PRIVATE
    cpio/cpioentry.h cpio/cpioentry.cpp
    cpio/cpioreader.h cpio/cpioreader.cpp
    cpio/cpiowriter.h cpio/cpiowriter.cpp
    cpio/ramdisklister.h cpio/ramdisklister.cpp
)
