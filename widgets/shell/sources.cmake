# widgets/shell: The window around the features: main window, tabs, theme, recent files, error tabs, file-type display names.
target_sources(enclave_widgets PRIVATE
    shell/errorview.cpp shell/errorview.h
    shell/filetype.cpp shell/filetype.h
    shell/mainwindow.cpp shell/mainwindow.h
    shell/openeddocument.h
    shell/recentfiles.cpp shell/recentfiles.h
    shell/smokerun.cpp shell/smokerun.h
    shell/theme.cpp shell/theme.h
)
