# widgets/common: Small pieces several features share (JSON highlighting, the overwrite question).
target_sources(enclave_widgets PRIVATE
    common/jsonhighlighter.cpp common/jsonhighlighter.h
    common/jsontext.cpp common/jsontext.h
    common/overwriteconfirm.cpp common/overwriteconfirm.h
)
