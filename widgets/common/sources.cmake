# widgets/common: Small pieces several features share (JSON highlighting, sizes, the close guard, the overwrite question).
target_sources(enclave_widgets PRIVATE
    common/closeguard.cpp common/closeguard.h
    common/ctrlenteraccepts.cpp common/ctrlenteraccepts.h
    common/jsonhighlighter.cpp common/jsonhighlighter.h
    common/jsontext.cpp common/jsontext.h
    common/layoutmemory.cpp common/layoutmemory.h
    common/sizeformat.cpp common/sizeformat.h
    common/wrappingtextfield.cpp common/wrappingtextfield.h
    common/overwriteconfirm.cpp common/overwriteconfirm.h
)
