# widgets/shell: The window around the features: main window, tabs, theme, recent files, error tabs, file-type display names.
target_sources(enclave_widgets PRIVATE
    shell/aboutdialog.cpp shell/aboutdialog.h
    shell/closeconfirmation.cpp shell/closeconfirmation.h
    shell/errorview.cpp shell/errorview.h
    shell/helpview.cpp shell/helpview.h
    shell/filetype.cpp shell/filetype.h
    shell/mainwindow.cpp shell/mainwindow.h
    shell/openeddocument.h
    shell/recentfiles.cpp shell/recentfiles.h
    shell/shortcutslist.cpp shell/shortcutslist.h
    shell/smokerun.cpp shell/smokerun.h
    shell/startpage.cpp shell/startpage.h
    shell/theme.cpp shell/theme.h
)
